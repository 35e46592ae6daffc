"""What the search page's template asks of a result beyond its fields."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def search_result_url(context, result: Page) -> str | None:
    """`{% pageurl result %}` from the URL parts kept with the result's display
    (`search.selectors.ResultDisplay`): Wagtail's `Page.get_url` choice between the path and
    the full URL, without reversing each result's address anew."""
    request = context.get("request")
    parts = getattr(result, "url_parts", None)
    if parts is None:
        return result.get_url(request=request)
    site_id, root_url, page_path = parts
    if root_url is None and page_path is None:  # not routable
        return None
    current_site = Site.find_for_request(request) if request is not None else None
    sites = {root.site_id for root in result._get_site_root_paths(request)}
    if (current_site is not None and site_id == current_site.id) or len(sites) == 1:
        return page_path
    return root_url + page_path
