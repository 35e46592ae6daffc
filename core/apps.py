from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        # Registers the deploy check on the client address and the rate limits' cache.
        from core import ratelimit  # noqa: F401
        from core.addresses import site_address_sync_after_migrate

        post_migrate.connect(
            site_address_sync_after_migrate, sender=self, dispatch_uid="dkc_site_address"
        )
