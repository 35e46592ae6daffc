from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        from editorial import signals  # noqa: F401
        from editorial.notifications import workflow_notifiers_connect

        workflow_notifiers_connect()
