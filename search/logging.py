"""When a search view counts a request in the search log (the view calls `search_request_log`;
`search.signals` calls it again for each reader served the stored page: pagecache)."""

import re

from django.http import HttpRequest
from django.utils import translation

from search.services import search_hit_record

# Crawlers and link previewers announce themselves; their searches are not what people seek.
BOT_USER_AGENT = re.compile(r"bot|crawl|spider|slurp|preview|fetch|monitor|curl|wget", re.I)
# Where a result page kept by the page cache carries what to count on each hit (its
# `StoreTerms.replay`: the arguments of `search_request_log` but the request).
SEARCH_LOG_REPLAY = "search_log"


def request_is_counted(request: HttpRequest) -> bool:
    """A visitor's own first look at results: not a pager click (page 2 of the same search
    would count it twice), not a browser's speculative prefetch, not an announced bot."""
    if "page" in request.GET:
        return False
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    if "prefetch" in purpose.lower():
        return False
    return not BOT_USER_AGENT.search(request.headers.get("User-Agent", ""))


def search_request_log(
    request: HttpRequest, *, text: str, found: bool, language: str | None = None
) -> None:
    """Counts this request's search, rendered or served from the page cache (`language`: the
    one it was rendered in; the active one by default)."""
    if text and request_is_counted(request):
        language = language if language is not None else translation.get_language() or ""
        search_hit_record(text=text, language=language, found=found)
