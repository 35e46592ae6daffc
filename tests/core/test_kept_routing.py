"""Routing keeps the pages an address leads to until the site changes (core.routing): a page
served again reads no page row to be found; a publish, unpublish, move or new restriction
shows at once; nothing in or below a closed page is kept, nor an address that is not all
pages (a made-up path cannot fill the cache)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core.routing import _live_versions, pages_at
from tests.budgets import second_render_tables

PAGES = "wagtailcore_page"


def page_reads(client, url: str) -> tuple[int, int]:
    """(status, statements that read a page row) of one request."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response.status_code, sum(PAGES in query["sql"] for query in queries)


def test_a_page_served_again_reads_no_page_row(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False

    for page in (site_tree.home, site_tree.news_new, site_tree.agenda, site_tree.news_index):
        assert second_render_tables(client, page.url, [PAGES]) == [], page.url


def test_a_new_title_a_new_slug_and_an_unpublish_show_at_once(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.news_new.url
    assert client.get(url).status_code == 200

    news = Page.objects.get(pk=site_tree.news_new.pk).specific
    news.title = "Een nieuwe titel"
    news.save_revision().publish()
    assert "Een nieuwe titel" in client.get(url).content.decode()

    news.slug = "verhuisd"
    news.save_revision().publish()
    assert client.get(url).status_code == 404
    new_url = Page.objects.get(pk=news.pk).url
    assert client.get(new_url).status_code == 200

    Page.objects.get(pk=news.pk).specific.unpublish()
    assert client.get(new_url).status_code == 404


def test_a_moved_page_answers_at_its_new_address_at_once(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    old_url = site_tree.content_page.url
    assert client.get(old_url).status_code == 200

    Page.objects.get(pk=site_tree.content_page.pk).move(
        Page.objects.get(pk=site_tree.news_index.pk), pos="last-child"
    )

    assert client.get(old_url).status_code in (301, 404)  # Wagtail's redirect, or none
    assert client.get(Page.objects.get(pk=site_tree.content_page.pk).url).status_code == 200


def test_a_page_restricted_after_it_was_kept_is_refused_at_once(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.news_new.url
    client.get(url)
    assert page_reads(client, url) == (200, 0)  # kept

    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=site_tree.news_new.pk), restriction_type=PageViewRestriction.LOGIN
    )

    status, _reads = page_reads(client, url)
    assert status in (302, 403)


def test_nothing_in_or_below_a_closed_page_is_kept(site_tree):
    news = Page.objects.get(pk=site_tree.news_index.pk)
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    item = Page.objects.get(pk=site_tree.news_new.pk)
    url_paths = [news.url_path, item.url_path]
    slugs = {news.slug, item.slug}

    assert set(pages_at(url_paths, slugs)) == set(url_paths)
    with CaptureQueriesContext(connection) as queries:
        pages_at(url_paths, slugs)

    assert any(PAGES in query["sql"] for query in queries)  # read again: never kept
    with CaptureQueriesContext(connection) as queries:
        _live_versions(item.specific_class, item.translation_key)
        _live_versions(item.specific_class, item.translation_key)
    assert len(queries) == 2


def test_a_made_up_address_is_not_kept(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = f"{site_tree.news_index.url}bestaat-niet/"
    assert client.get(url).status_code == 404

    status, reads = page_reads(client, url)

    assert status == 404
    assert reads > 0


def test_a_form_sent_to_a_page_finds_it_in_the_database(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.news_new.url
    client.get(url)
    assert page_reads(client, url) == (200, 0)  # kept for reading

    with CaptureQueriesContext(connection) as queries:
        client.post(url)

    assert any(PAGES in query["sql"] for query in queries)
