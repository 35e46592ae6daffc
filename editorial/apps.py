from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        from access.forms import PageForm
        from core.models import BasePage
        from editorial import signals  # noqa: F401
        from editorial.notifications import workflow_notifiers_connect

        workflow_notifiers_connect()
        # Every page of the site is edited with the form that refuses links to content the
        # editor may not see (core names no app of ours, so the form is set from here).
        # Set on BasePage itself: wagtail.admin, ready after us, sets Page's own default.
        BasePage.base_form_class = PageForm
