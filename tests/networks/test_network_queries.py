"""Issue #21's budget for the networks index, a network page (12 projects a page, its next
events, its closed areas) and a project page: at most 12 queries, in Dutch and English, the
same count and about the same size with 10 and with 1,000 projects and events."""

from tests.budgets import assert_budget_at_both_sizes, english_versions


def test_the_network_pages_keep_their_budget_at_10_and_1000_items(client, site_tree):
    english = english_versions(site_tree)
    urls = [
        site_tree.network_index.url,
        english["network_index"].url,
        site_tree.tracer.url,
        english["tracer"].url,
        site_tree.tracer_project.url,
        english["project"].url,
    ]

    assert_budget_at_both_sizes(client, site_tree, urls)


def test_the_network_page_lists_its_projects_12_at_a_time(client, site_tree):
    from networks.models import ProjectPage
    from tests.budgets import children_bulk_add

    children_bulk_add(site_tree.tracer, ProjectPage, 13, lambda n: {"title": f"Project {n:02}"})

    first = client.get(site_tree.tracer.url).content.decode()
    second = client.get(site_tree.tracer.url, {"page": "2"}).content.decode()

    assert first.count('class="card__title"') == 12
    assert 'rel="next"' in first
    assert second.count('class="card__title"') == 14 - 12
