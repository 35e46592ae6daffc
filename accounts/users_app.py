"""Wagtail's users app with our user admin (`accounts.admin_users.UserViewSet`).

Named in INSTALLED_APPS instead of "wagtail.users": Wagtail 6+ customises its user forms and
views through this app config, not through settings.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.admin_users.UserViewSet"
