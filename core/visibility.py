"""Which pages every visitor may see, as a condition inside the listing's own statement.

The rule itself is `access.rules.pages_public`, shared with the site search; core cannot
import `access` (both are the lowest floor), so the access app registers it as the Wagtail
hook `PUBLIC_PAGES_HOOK` and core's listings (the menu, breadcrumbs, footer links) and the
apps' listings ask through `public_pages`. The paths of the restricted pages are read once
and kept until the site changes (core.fragments: every change of a page, a restriction or the
tree purges), so a listing pays no query for them, and the condition is one uncorrelated
subquery the path index serves instead of a look-up per row.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from wagtail import hooks

PUBLIC_PAGES_HOOK = "dkc_public_pages"
RESTRICTED_PATHS_HOOK = "dkc_restricted_paths"


def _only_hook(name: str):
    registered = hooks.get_hooks(name)
    if len(registered) != 1:
        # Refuse rather than list closed pages: the rule must be there, and only once.
        raise ImproperlyConfigured(f"exactly one '{name}' hook is needed (the access app's)")
    return registered[0]


def restricted_paths_kept() -> list[str]:
    """The paths of the view-restricted pages, kept until the site changes."""
    from core.fragments import shared_value

    return shared_value("restricted_paths", (), _only_hook(RESTRICTED_PATHS_HOOK))


def public_pages(queryset: QuerySet) -> QuerySet:
    """`queryset.public()`: without the pages that have a view restriction of any kind
    (login, groups, shared password) on themselves or an ancestor; no query of its own once
    the restricted paths are kept."""
    return _only_hook(PUBLIC_PAGES_HOOK)(queryset, restricted_paths=restricted_paths_kept())
