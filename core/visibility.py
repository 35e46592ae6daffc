"""Which pages every visitor may see, as a condition inside the listing's own statement.

Wagtail's `PageQuerySet.public()` first reads every view restriction of the site (a query of
its own, on each call) and then excludes the subtree of each one; a page listing several
kinds of pages paid that query once per list. `public_pages` asks the same inside the
listing's statement: no query of its own, whatever the number of restrictions.
"""

from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public_pages(queryset: QuerySet) -> QuerySet:
    """`queryset.public()`: without the pages that have a view restriction of any kind
    (login, groups, shared password) on themselves or an ancestor."""
    # A restriction on the page itself or an ancestor: its page's path is a prefix of ours.
    restricted_at_or_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.filter(~Exists(restricted_at_or_above))
