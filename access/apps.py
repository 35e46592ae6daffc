from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessConfig(AppConfig):
    name = "access"
    verbose_name = _("Access and roles")

    def ready(self) -> None:
        from access import audit

        audit.connect()
