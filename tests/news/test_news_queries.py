"""Issue #21's budget for the news index (10 a page) and a news item: at most 12 queries, in
Dutch and English, the same count and about the same size with 10 and with 1,000 items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.budgets import assert_budget_at_both_sizes, english_versions
from tests.factories import NewsPageFactory


def test_the_news_pages_keep_their_budget_at_10_and_1000_items(client, site_tree):
    english = english_versions(site_tree)
    urls = [
        site_tree.news_index.url,
        english["news_index"].url,
        site_tree.news_new.url,
        english["news"].url,
    ]

    assert_budget_at_both_sizes(client, site_tree, urls)


def test_a_second_render_of_the_news_reads_no_news_item(client, site_tree, settings):
    """The first page of the list is kept as HTML (core.fragments) until the next purge; a
    new item is in the next render."""
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.news_index.url
    first = client.get(url).content

    with CaptureQueriesContext(connection) as queries:
        second = client.get(url).content

    assert second == first
    assert not [query for query in queries if "news_newspage" in query["sql"]]
    NewsPageFactory(parent=site_tree.news_index, title="Vers van de pers")
    assert ">Vers van de pers<" in client.get(url).content.decode()
