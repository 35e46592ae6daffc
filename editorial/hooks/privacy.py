"""Closed pages (a page with view restrictions, or below one) on the front end.

Wagtail itself sends an anonymous visitor to the login page (`WAGTAIL_FRONTEND_LOGIN_URL`)
and back. It would send a logged-in reader without access there too, who then lands on the
page again: a login loop. They get a clear 403 in the site's style instead. Every answer
for a closed page (the page, the redirect to login, the 403) is never cached or indexed.
"""

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.models import PageViewRestriction

from editorial.services import closed_area_restrict_subtree

# Set on the request while a closed page is served; base.html adds its robots meta tag.
PRIVATE_PAGE_ATTRIBUTE = "serves_private_page"
LOGIN_RESTRICTIONS = (PageViewRestriction.GROUPS, PageViewRestriction.LOGIN)


def mark_private(response):
    """No shared or browser cache keeps it; no search engine indexes it or follows its links."""
    add_never_cache_headers(response)  # Cache-Control: max-age=0, no-cache, no-store, ..., private
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@hooks.register("before_serve_page")
def refuse_readers_without_access(page, request, serve_args, serve_kwargs):
    restrictions = list(page.get_view_restrictions())
    if not restrictions:
        return None
    setattr(request, PRIVATE_PAGE_ATTRIBUTE, True)
    refused = any(
        restriction.restriction_type in LOGIN_RESTRICTIONS
        and not restriction.accept_request(request)
        for restriction in restrictions
    )
    if refused and request.user.is_authenticated:
        return mark_private(render(request, "403.html", {"closed_page": True}, status=403))
    return None


# Registered before Wagtail's own `check_view_restrictions`, so it wraps it and also marks
# Wagtail's redirect to the login page.
@hooks.register("on_serve_page", order=-1)
def keep_closed_pages_private(serve):
    def inner(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if getattr(request, PRIVATE_PAGE_ATTRIBUTE, False):
            mark_private(response)
        return response

    return inner


@hooks.register("after_copy_page")
def restrict_copied_closed_areas(request, page, new_page):
    """A copied closed area gets its new network's readers, not the original's as well."""
    closed_area_restrict_subtree(page=new_page)


@hooks.register("construct_page_chooser_queryset")
def hide_closed_areas_from_outsiders(pages, request):
    """The admin page chooser never shows another network's closed areas or their titles."""
    from accounts.selectors import closed_area_enterable
    from editorial.selectors import user_is_coordinator
    from networks.models import ClosedAreaPage

    if user_is_coordinator(request.user):
        return pages
    areas = list(ClosedAreaPage.objects.all())
    enterable = {area.pk for area in closed_area_enterable(areas=areas, user=request.user)}
    for area in areas:
        if area.pk not in enterable:
            pages = pages.exclude(path__startswith=area.path)
    return pages
