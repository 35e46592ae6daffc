"""Issue #21's budget for the home page: at most 12 queries, in Dutch and English, and the
same count and about the same size with 10 and with 1,000 events, projects and news items."""

from tests.budgets import (
    COLD_BUDGET,
    LARGE,
    SMALL,
    assert_budget_at_both_sizes,
    cold_render_queries,
    english_versions,
    grow_to,
)


def test_the_home_page_keeps_its_budget_at_10_and_1000_items(client, site_tree):
    english = english_versions(site_tree)

    assert_budget_at_both_sizes(client, site_tree, [site_tree.home.url, english["home"].url])


def test_the_first_reader_after_a_publish_costs_a_fixed_number_of_queries(client, site_tree):
    english = english_versions(site_tree)
    urls = [site_tree.home.url, english["home"].url]
    measured = {}
    for size in (SMALL, LARGE):
        grow_to(site_tree, size)
        measured[size] = {url: cold_render_queries(client, url) for url in urls}

    for url in urls:
        print(f"cold {url}: {measured[SMALL][url]}/{measured[LARGE][url]} queries")
        assert measured[SMALL][url] <= COLD_BUDGET, (url, measured[SMALL][url])
        assert measured[LARGE][url] == measured[SMALL][url], (url, measured)
