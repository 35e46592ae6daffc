"""The page being served: what several parts of one request ask about it, read once. A move
refused for its slug, said on the admin's own screens."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from core.bulk_actions import page_bulk_move_destination
from core.localization import page_locale
from core.models import reserved_slug_move_refusal


# Before every other app's hook (access refuses closed pages with the restrictions read here).
@hooks.register("before_serve_page", order=-10)
def remember_served_page_facts(page, request, serve_args, serve_kwargs):
    page_locale(page)
    remember = getattr(page, "view_restrictions_remember", None)
    if remember is not None:
        remember()


# Before the other apps' move hooks (editorial's readers warning): a refusal comes first.
@hooks.register("before_move_page", order=-1)
def refuse_reserved_slug_on_move(request, page, destination):
    """The same refusal as every move's (core.models.reserved_slug_refuse_on_move), as a
    message on the move screen instead of a server error."""
    message = reserved_slug_move_refusal(page=page, parent=destination)
    if message is None:
        return None
    messages.error(request, message)
    return redirect("wagtailadmin_pages:move", page.pk)


@hooks.register("before_bulk_action", order=-1)
def refuse_reserved_slugs_on_bulk_move(request, action_type, objects, action):
    """The bulk move says which pages it cannot move there, and moves none."""
    if (move := page_bulk_move_destination(action_type, action)) is None:
        return None
    form, destination = move
    refusals = [
        message
        for page in objects
        if (message := reserved_slug_move_refusal(page=page, parent=destination))
    ]
    if not refusals:
        return None
    for message in refusals:
        form.add_error(None, message)
    return action.form_invalid(form)
