"""Writes of the glossary: for now, forgetting the cached expansions when a term changes."""

from django.core.cache import cache
from wagtail.models import Locale

from glossary.selectors import CACHE_KEY


def glossary_cache_clear() -> None:
    """Forget the cached expansions of every language (a Dutch term stands in for English)."""
    cache.delete_many(
        [CACHE_KEY.format(locale_id=pk) for pk in Locale.objects.values_list("pk", flat=True)]
    )
