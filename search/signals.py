"""A promoted result's change shows in the next search: the promotions kept between requests
(`search.selectors.search_promotion_list`, core.fragments) and the stored result pages
(pagecache) are forgotten. A result page served from the page cache is counted in the search
log as one that renders (`search.views`: the stored page carries what to count)."""

import logging

from django.core.signals import request_finished
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.fragments import shared_fragments_purge
from pagecache.outage import database_down_note, database_known_down, database_unreachable
from pagecache.store import page_cache_purge, stored_page_served
from search.logging import SEARCH_LOG_REPLAY, search_request_log
from search.services import search_hits_due, search_hits_write

logger = logging.getLogger(__name__)


@receiver(post_save, sender=SearchPromotion, dispatch_uid="search_promotion_saved")
@receiver(post_delete, sender=SearchPromotion, dispatch_uid="search_promotion_deleted")
@receiver(post_delete, sender=Query, dispatch_uid="search_promotion_query_deleted")
def promotions_forget(sender, **kwargs) -> None:
    shared_fragments_purge()


# Promotions are no snippet: the page cache does not see them change by itself. (A query
# deleted with its promotions deletes them first; the log's pruning deletes thousands of
# queries without any, and must not purge each time.)
@receiver(post_save, sender=SearchPromotion, dispatch_uid="search_promotion_saved_pages")
@receiver(post_delete, sender=SearchPromotion, dispatch_uid="search_promotion_deleted_pages")
def promotions_stored_pages_forget(sender, **kwargs) -> None:
    page_cache_purge()


@receiver(stored_page_served, dispatch_uid="search_stored_page_served")
def stored_search_count(sender, *, request: HttpRequest, replay: dict, **kwargs) -> None:
    logged = replay.get(SEARCH_LOG_REPLAY)
    if logged:
        search_request_log(
            request, text=logged["text"], found=logged["found"], language=logged["language"]
        )


@receiver(request_finished, dispatch_uid="search_hits_written_when_due")
def search_hits_written_when_due(sender, **kwargs) -> None:
    """A worker that serves no more searches still writes what it counted (search/services.py),
    after any request once the time has come. Never an error for the request that ends: the
    counts wait for the next write. Not tried while the database is known down
    (pagecache.outage): a database that hangs would hold the worker for the connect timeout
    after each request."""
    # In memory first: the known-down flag is a cache read (Redis), not for every request.
    if not search_hits_due() or database_known_down():
        return
    try:
        search_hits_write()
    except Exception as error:
        logger.warning("Writing the search log failed: %r", error)
        if database_unreachable(error):
            database_down_note()
