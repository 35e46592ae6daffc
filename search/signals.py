"""A promoted result's change shows in the next search: the promotions kept between requests
(`search.selectors.search_promotion_list`, core.fragments) and the stored result pages
(pagecache) are forgotten. A result page served from the page cache is counted in the search
log as one that renders (`search.views`: the stored page carries what to count)."""

from django.core.signals import request_finished
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.fragments import shared_fragments_purge
from pagecache.store import page_cache_purge, stored_page_served
from search.logging import SEARCH_LOG_REPLAY, search_request_log
from search.services import search_hits_write_when_due


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


# The searches a worker counted are written after any request once due (search/services.py).
request_finished.connect(search_hits_write_when_due, dispatch_uid="search_hits_write_when_due")
