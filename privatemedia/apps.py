from django.apps import AppConfig


class PrivateMediaConfig(AppConfig):
    name = "privatemedia"
    verbose_name = "Private media"

    def ready(self) -> None:
        from privatemedia import signals  # noqa: F401
