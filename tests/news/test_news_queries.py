"""Issue #21's budget for the news index (10 a page) and a news item: at most 12 queries, in
Dutch and English, the same count and about the same size with 10 and with 1,000 items."""

from tests.budgets import assert_budget_at_both_sizes, english_versions


def test_the_news_pages_keep_their_budget_at_10_and_1000_items(client, site_tree):
    english = english_versions(site_tree)
    urls = [
        site_tree.news_index.url,
        english["news_index"].url,
        site_tree.news_new.url,
        english["news"].url,
    ]

    assert_budget_at_both_sizes(client, site_tree, urls)
