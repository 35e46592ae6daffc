"""Issue #21's budget for the themes index and a theme page (its projects and events): at most
12 queries, in Dutch and English, the same count and about the same size with 10 and with
1,000 events and projects on the theme (12 projects a page, the next events only)."""

from tests.budgets import assert_budget_at_both_sizes, english_versions


def test_the_theme_pages_keep_their_budget_at_10_and_1000_items(client, site_tree):
    english = english_versions(site_tree)
    urls = [
        site_tree.theme_index.url,
        english["theme_index"].url,
        site_tree.mobility.url,
        english["mobility"].url,
    ]

    assert_budget_at_both_sizes(client, site_tree, urls)
