"""No one deletes, moves or unpublishes a site's home page through the admin.

Wagtail lets anyone with those rights on the root do it, and it would take the whole site
(every network with it) offline in one click.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks


def _refuse_for_site_root(request, page):
    if page.is_site_root() or page.depth <= 2:
        messages.error(
            request, _("The home page of the site cannot be deleted, moved or unpublished.")
        )
        return redirect("wagtailadmin_explore", page.id)
    return None


@hooks.register("before_delete_page")
def refuse_deleting_site_root(request, page):
    return _refuse_for_site_root(request, page)


@hooks.register("before_unpublish_page")
def refuse_unpublishing_site_root(request, page):
    return _refuse_for_site_root(request, page)


@hooks.register("before_move_page")
def refuse_moving_site_root(request, page, destination):
    return _refuse_for_site_root(request, page)
