"""The tree and public conditions of the listings (core.localization `tree_kept_q`,
core.visibility `public_pages` → `access.rules.pages_public`): index-friendly, no query of
their own once kept, and never stale after a change of who may read a page or where it is."""

import time
from types import SimpleNamespace

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends import locmem
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from core.fragments import VERSION_KEY, shared_fragments_purge
from core.localization import tree_kept_q
from core.visibility import PUBLIC_PAGES_HOOK, public_pages
from tests import factories
from tests.budgets import render_queries


def _statements(client, url: str) -> list[str]:
    """The statements of the render that reads the listings: the first after a change (the
    listings are kept as HTML afterwards, core.sections), with the public rule's and the
    tree's kept values already there (as after any reader of another page)."""
    render_queries(client, url)  # the kept values (restricted paths, translations' places)
    shared_fragments_purge()  # the listings' HTML forgotten: they are read again
    caches["pages"].clear()  # rendered, not served from the page cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("page_name", ["mobility", "tracer"])
def test_theme_and_network_listings_test_no_row_against_the_tree(client, site_tree, page_name):
    # A row's path cut to a restriction's or a translation's length and compared row by row
    # (a correlated subquery): the database then tests every page of the site instead of
    # reading the listed subtree through the path index.
    statements = _statements(client, getattr(site_tree, page_name).url)
    # Tested so may be the served page's own versions (routing: a row per language) and a
    # network's closed areas (accounts: a few rows, whatever the size of the site).
    listings = [
        sql
        for sql in statements
        if '"translation_key" = \'' not in sql and "networks_closedareapage" not in sql
    ]

    assert len(listings) >= 5
    assert not [sql for sql in listings if "SUBSTR" in sql.upper()]


def test_a_listing_leaves_out_a_page_closed_after_it_was_kept(client, site_tree):
    project = site_tree.tracer_project
    assert project.title in client.get(site_tree.tracer.url).content.decode()

    PageViewRestriction.objects.create(page=project, restriction_type="login")

    assert project.title not in client.get(site_tree.tracer.url).content.decode()
    assert project.title not in client.get(site_tree.mobility.url).content.decode()


def test_a_listing_shows_a_page_reopened_after_it_was_kept(client, site_tree):
    project = site_tree.tracer_project
    restriction = PageViewRestriction.objects.create(page=project, restriction_type="login")
    assert project.title not in client.get(site_tree.tracer.url).content.decode()

    restriction.delete()

    assert project.title in client.get(site_tree.tracer.url).content.decode()


def test_a_moved_page_is_listed_under_its_new_parent_at_once(client, site_tree):
    project = factories.ProjectPageFactory(parent=site_tree.tracer, title="Verhuisd project")
    assert project.title in client.get(site_tree.tracer.url).content.decode()

    project.move(site_tree.diamond, pos="last-child")

    assert project.title not in client.get(site_tree.tracer.url).content.decode()
    assert project.title in client.get(site_tree.diamond.url).content.decode()


def test_the_kept_conditions_cost_no_query_and_match_wagtails(site_tree):
    below_tracer = Page.objects.filter(tree_kept_q(site_tree.tracer)).live()
    list(public_pages(below_tracer))  # kept now

    with CaptureQueriesContext(connection) as queries:
        ours = set(public_pages(below_tracer).values_list("pk", flat=True))

    assert len(queries) == 1
    wagtails = set(site_tree.tracer.get_descendants().live().public().values_list("pk", flat=True))
    assert ours == wagtails
    assert site_tree.intranet.pk not in ours


def test_without_the_access_rule_listings_refuse_rather_than_show_all(site_tree, monkeypatch):
    monkeypatch.setattr(hooks, "get_hooks", lambda name: [] if name == PUBLIC_PAGES_HOOK else [])

    with pytest.raises(ImproperlyConfigured):
        public_pages(Page.objects.live())


def _restriction_reads(queries) -> int:
    return sum("wagtailcore_pageviewrestriction" in query["sql"] for query in queries)


def test_a_serve_and_a_listing_after_a_purge_read_the_restrictions_once(
    client, site_tree, settings
):
    # Listings (Wagtail's `public()`) and serving (aliases too) take their part of one value.
    settings.PAGE_CACHE_ENABLED = False
    assert client.get(site_tree.tracer.url).status_code == 200
    shared_fragments_purge()

    with CaptureQueriesContext(connection) as queries:
        assert client.get(site_tree.tracer.url).status_code == 200  # served, menu listed
        listed = set(public_pages(Page.objects.live()).values_list("pk", flat=True))

    assert _restriction_reads(queries.captured_queries) == 1
    assert site_tree.tracer.pk in listed and site_tree.intranet.pk not in listed


def test_a_process_that_missed_a_purge_lists_a_closed_page_no_longer_than_a_stored_page(
    site_tree, settings, monkeypatch
):
    project = site_tree.tracer_project

    def listed() -> set[int]:
        return set(public_pages(Page.objects.live()).values_list("pk", flat=True))

    assert project.pk in listed()  # the restricted paths kept now
    version = cache.get(VERSION_KEY)
    PageViewRestriction.objects.create(page=project, restriction_type="login")
    cache.set(VERSION_KEY, version, timeout=None)  # this process's cache never saw the purge
    assert project.pk in listed()  # the kept paths, as before the restriction

    later = time.time() + settings.PAGE_CACHE_SECONDS + 1
    monkeypatch.setattr(locmem, "time", SimpleNamespace(time=lambda: later))

    assert project.pk not in listed()
