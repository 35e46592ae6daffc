"""Shared admin viewset behaviour."""

from django.contrib.auth.models import Permission
from django.urls import path
from wagtail.admin.viewsets.model import ModelViewSet


class ReadOnlyModelViewSet(ModelViewSet):
    """A list (with its results fragment) and an inspect screen of rows that only a service
    writes (attendees, thesis submissions): no add, edit, delete, copy, history or usage
    screens, no Django model permissions (the viewset's permission policy asks an access
    rule), nothing in the reference index. A subclass adds its own action URLs in
    `action_urlpatterns`."""

    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True

    def action_urlpatterns(self) -> list:
        return []

    def get_common_view_kwargs(self, **kwargs):
        return {
            **super().get_common_view_kwargs(**kwargs),
            "add_url_name": None,
            "edit_url_name": None,
            "delete_url_name": None,
            "history_url_name": None,
            "usage_url_name": None,
        }

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            *self.action_urlpatterns(),
        ]

    def get_permissions_to_register(self):
        # Django's model permissions mean nothing here: the group editor offers none.
        return Permission.objects.none()

    def register_admin_url_finder(self):
        # No edit view to find.
        pass
