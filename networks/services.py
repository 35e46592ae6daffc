"""Writes for the networks' own page types: closing their closed areas to outsiders."""

from wagtail.models import Page

from access.services import closed_area_restrict
from networks.models import ClosedAreaPage


def closed_area_restrict_subtree(*, page: Page) -> None:
    """Restrict every closed area at or below `page`: after a copy or a translation, and when
    a network is provisioned.

    Wagtail copies a page's restrictions after the copy was saved (and restricted on
    creation); this folds the two into one again.
    """
    for closed_area in ClosedAreaPage.objects.descendant_of(page, inclusive=True):
        closed_area_restrict(page=closed_area, kind=closed_area.area)
