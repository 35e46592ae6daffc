from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self) -> None:
        from glossary import signals  # noqa: F401 - connects the cache invalidation
