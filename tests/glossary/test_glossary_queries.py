"""Issue #21's budget for the glossary page: at most 12 queries in Dutch and English, the same
with 10 and with 1,000 events, projects and news items on the site."""

from tests.budgets import assert_budget_at_both_sizes


def test_the_glossary_keeps_its_budget(client, site_tree):
    assert_budget_at_both_sizes(client, site_tree, ["/nl/begrippen/", "/en/glossary/"])
