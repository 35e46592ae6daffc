"""The one rule of what every visitor may see listed or found (`access.rules.pages_public`):
the menu, every listing (through core.visibility, with the restricted paths kept) and the
site search."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from access.rules import pages_public, pages_restricted_paths
from tests import factories


def test_pages_public_keeps_what_wagtails_public_keeps(site_tree):
    # A restriction inside a closed area, one on a page of its own, one on a whole section.
    inner = factories.ContentPageFactory(parent=site_tree.intranet, title="Binnen")
    PageViewRestriction.objects.create(page=inner, restriction_type="password", password="x")
    alone = factories.ContentPageFactory(parent=site_tree.home, title="Alleen")
    factories.ContentPageFactory(parent=alone, title="Onder alleen")
    PageViewRestriction.objects.create(page=alone, restriction_type="login")
    PageViewRestriction.objects.create(page=site_tree.news_index, restriction_type="login")

    ours = set(pages_public(Page.objects.all()).values_list("title", flat=True))
    wagtails = set(Page.objects.public().values_list("title", flat=True))

    assert ours == wagtails
    assert "Over ons" in ours
    assert not {"Binnen", "Alleen", "Onder alleen", "Oproep thesisprijs"} & ours


def test_pages_public_without_any_restriction_keeps_every_page(db, home_page):
    PageViewRestriction.objects.all().delete()
    factories.ContentPageFactory(parent=home_page, title="Open")

    assert pages_public(Page.objects.all()).count() == Page.objects.count()


def test_pages_public_with_the_restricted_paths_given_reads_no_restriction(site_tree):
    paths = pages_restricted_paths()
    pages = pages_public(Page.objects.all(), restricted_paths=paths)

    with CaptureQueriesContext(connection) as queries:
        ours = set(pages.values_list("pk", flat=True))

    assert len(queries) == 1
    assert "pageviewrestriction" not in queries[0]["sql"].lower()
    assert ours == set(Page.objects.public().values_list("pk", flat=True))
    assert site_tree.intranet.pk not in ours


def test_the_search_backend_filters_by_pages_public(site_tree):
    # A search backend filters on indexed fields only (the page id is one): no FilterFieldError.
    pages = pages_public(Page.objects.live(), restricted_paths=[site_tree.intranet.path])

    found = list(get_search_backend().search(site_tree.tracer.title, pages))

    assert site_tree.intranet.pk not in {page.pk for page in found}


def test_a_closed_area_leaves_its_neighbours_public_whatever_its_paths_last_character(
    home_page,
):
    # Paths end in 0-9 and A-Z: the ninth child's ends in "9", the tenth's in "A". A closed
    # area is its path's prefix, up to the prefix's byte-wise successor on PostgreSQL.
    children = [
        factories.ContentPageFactory(parent=home_page, title=f"Kind {number}")
        for number in range(1, 12)
    ]
    for closed in (children[8], children[9]):
        assert closed.path[-1] in "9A"
        factories.ContentPageFactory(parent=closed, title=f"Onder {closed.title}")
        PageViewRestriction.objects.create(page=closed, restriction_type="login")

    ours = set(pages_public(Page.objects.all()).values_list("title", flat=True))

    assert ours == set(Page.objects.public().values_list("title", flat=True))
    assert {"Kind 8", "Kind 11"} <= ours
    assert not {"Kind 9", "Kind 10", "Onder Kind 9", "Onder Kind 10"} & ours


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's array parameters")
def test_the_condition_is_one_fixed_statement_whatever_the_number_of_closed_areas(site_tree):
    # Written once per set of closed areas, the sections as two array parameters: a search
    # statement carries it twice, and 50 `LIKE`s each cost compiling and planning.
    def written(paths: list[str]) -> tuple[str, list]:
        pages = pages_public(Page.objects.all(), restricted_paths=paths)
        sql, params = pages.query.sql_with_params()
        return sql, list(params)

    # Pages without children: no path is inside another's section.
    paths = sorted(Page.objects.filter(numchild=0).values_list("path", flat=True))[:10]
    one_sql, one_params = written(paths[:1])
    ten_sql, ten_params = written(paths)

    assert one_sql == ten_sql
    assert "LIKE" not in ten_sql.upper()
    assert len(paths) == 10
    assert paths in ten_params
