"""The editor manual in the admin menu, for every user who may enter the admin.

Wagtail wraps the URLs of `register_admin_urls` in its admin-access check: anonymous visitors
go to the admin login, users without admin access are refused there.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial.views.manual import manual_view


@hooks.register("register_admin_urls")
def register_manual_url():
    return [path("manual/", manual_view, name="editorial_manual")]


@hooks.register("register_admin_menu_item")
def register_manual_menu_item() -> MenuItem:
    return MenuItem(
        _("Manual"),
        reverse("editorial_manual"),
        name="dkc-manual",
        icon_name="help",
        order=10500,
    )
