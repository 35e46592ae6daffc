"""Which pages every visitor may see, as a condition inside the listing's own statement.

The rule itself is `access.rules.pages_public`, shared with the site search; core cannot
import `access` (both are the lowest floor), so the access app registers it as the Wagtail
hook `PUBLIC_PAGES_HOOK` and core's listings (the menu, breadcrumbs, footer links) and the
apps' listings ask through `public_pages`. The paths of the restricted pages are read once
and kept until the site changes (core.fragments: every change of a page, a restriction or the
tree purges), so a listing pays no query for them, and the condition is one uncorrelated
subquery the path index serves instead of a look-up per row. The same kept value holds the
paths serving restricts (core.routing): the restricted pages' and their aliases'.
"""

from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from wagtail import hooks

from core.fragments import shared_value

PUBLIC_PAGES_HOOK = "dkc_public_pages"
# Returns, in one query, the restricted pages' paths and their aliases' paths.
RESTRICTED_PATHS_HOOK = "dkc_restricted_paths"


class RestrictedPaths(NamedTuple):
    # Each view-restricted page's path: what listings and search leave out (Wagtail's
    # `public()`, which reads no alias).
    listed: tuple[str, ...]
    # These and each alias's of a restricted page: the paths below which serving applies a
    # restriction (an alias has its source's, as Wagtail's `get_view_restrictions` reads them).
    served: tuple[str, ...]


def _only_hook(name: str):
    registered = hooks.get_hooks(name)
    if len(registered) != 1:
        # Refuse rather than list closed pages: the rule must be there, and only once.
        raise ImproperlyConfigured(f"exactly one '{name}' hook is needed (the access app's)")
    return registered[0]


def _restricted_paths_read() -> RestrictedPaths:
    pages, aliases = _only_hook(RESTRICTED_PATHS_HOOK)()
    return RestrictedPaths(listed=tuple(pages), served=tuple(sorted({*pages, *aliases})))


def restrictions_kept() -> RestrictedPaths:
    """The restricted paths of listings and of serving, read in one query and kept together
    until the site changes, and no longer than a stored page is fresh: a process that did not
    see a purge (a cache per process, without Redis) would serve its stored copy of a page
    that long too, and must not list or serve a newly closed page for longer."""
    return shared_value(
        "restricted_paths_parts", (), _restricted_paths_read, seconds=settings.PAGE_CACHE_SECONDS
    )


def restricted_paths_kept() -> tuple[str, ...]:
    """The paths of the view-restricted pages (listings and search), kept as above."""
    return restrictions_kept().listed


def public_pages(queryset: QuerySet) -> QuerySet:
    """`queryset.public()`: without the pages that have a view restriction of any kind
    (login, groups, shared password) on themselves or an ancestor; no query of its own once
    the restricted paths are kept."""
    return _only_hook(PUBLIC_PAGES_HOOK)(queryset, restricted_paths=restricted_paths_kept())
