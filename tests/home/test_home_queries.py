"""Issue #21's budget for the home page: at most 12 queries, in Dutch and English, and the
same count and about the same size with 10 and with 1,000 events, projects and news items."""

from tests.budgets import assert_budget_at_both_sizes, english_versions


def test_the_home_page_keeps_its_budget_at_10_and_1000_items(client, site_tree):
    english = english_versions(site_tree)

    assert_budget_at_both_sizes(client, site_tree, [site_tree.home.url, english["home"].url])
