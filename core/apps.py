from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        # Registers the deploy check on the client address and the rate limits' cache.
        from core import ratelimit  # noqa: F401
