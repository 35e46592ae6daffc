"""Reads for page moves: does a move change who may read a page, and how to say so plainly.

The rule is `access.rules.move_changes_readers`; this module describes the change as data (kept
in the audit's log entries, so each reader sees it in their own language) and words it for the
coordinator's confirmation screens (Wagtail's move and bulk move, a move request's decision)
and for the refusal an editor sees.
"""

from django.utils.translation import gettext
from wagtail.models import Page, PageViewRestriction

from access.rules import move_changes_readers
from access.selectors import network_page_for
from networks.models import ClosedAreaPage


def _restricted_place(page: Page | None) -> Page | None:
    """The nearest page at or above `page` with a view restriction: what makes it closed."""
    if page is None:
        return None
    restricted = PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ).select_related("page")
    nearest = max(restricted, key=lambda restriction: restriction.page.depth, default=None)
    return nearest.page if nearest is not None else None


def _place_data(place: Page | None) -> dict | None:
    if place is None:
        return None
    data = {"id": place.pk, "title": place.get_admin_display_title()}
    specific = place.specific
    if isinstance(specific, ClosedAreaPage):
        network = network_page_for(page=place)
        data.update(area=specific.area, network=network.title if network else "")
    return data


def _place_name(place: dict | None) -> str:
    if place is None:
        return gettext("its closed area")
    area = place.get("area")
    if not area:
        return f"“{place.get('title', '?')}”"
    area_name = (
        gettext("the intranet") if area == ClosedAreaPage.INTRANET else gettext("the extranet")
    )
    if place.get("network"):
        return gettext("%(area)s of %(network)s") % {"area": area_name, "network": place["network"]}
    return area_name


def move_readers_change(*, page: Page, target: Page) -> dict | None:
    """How moving `page` under `target` changes who may read it, as data (`before` and `after`:
    the closed area or restricted page that decides, None for everyone); None when the same
    people read it after the move."""
    if not move_changes_readers(page=page, target=target):
        return None
    return {
        "before": _place_data(_restricted_place(page.get_parent())),
        "after": _place_data(_restricted_place(target)),
    }


def readers_change_message(change: dict) -> str:
    """The change in plain words, in the reader's language."""
    before, after = change.get("before"), change.get("after")
    if after is None:
        return gettext(
            "After this move, everyone can read this page and its subpages: it leaves %(before)s."
        ) % {"before": _place_name(before)}
    if before is None:
        return gettext(
            "After this move, only the readers of %(after)s can read this page and its "
            "subpages; today everyone can."
        ) % {"after": _place_name(after)}
    return gettext(
        "After this move, the readers of %(after)s can read this page and its subpages "
        "instead of the readers of %(before)s."
    ) % {"after": _place_name(after), "before": _place_name(before)}


def move_readers_warning(*, page: Page, target: Page) -> str | None:
    """`readers_change_message` of the move, or None when it changes nobody's access."""
    change = move_readers_change(page=page, target=target)
    return readers_change_message(change) if change is not None else None
