"""A search builds and compiles the condition of what it may find (live, public, in the
reader's language) and a theme's once per process and key (search.selectors
`KeptPagesCondition`), and a change of what they depend on is in the next search: a section
closed or reopened, a theme moved."""

import pytest
from wagtail.models import Page, PageViewRestriction

import search.selectors
from tests import factories
from tests.search.test_core import search_url, titles

pytestmark = pytest.mark.django_db


def _refused(*args, **kwargs):
    raise AssertionError("a kept condition was built again")


@pytest.mark.parametrize(
    ("language", "params"),
    [("nl", {"q": "werkend", "theme": "mobiliteit"}), ("en", {"q": "werkend"})],
)
def test_a_second_search_builds_none_of_its_conditions(
    client, site_tree, monkeypatch, language, params
):
    first = client.get(search_url(language), params)
    assert first.status_code == 200
    assert first.context["search_results"]

    monkeypatch.setattr(search.selectors, "_in_search_language", _refused)
    monkeypatch.setattr(search.selectors, "_theme_condition", _refused)
    second = client.get(search_url(language), params)

    assert second.status_code == 200
    assert second.content == first.content


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_section_closed_after_a_search_is_left_out_of_the_next(client, site_tree, language):
    page = factories.ContentPageFactory(parent=site_tree.tracer, title="Okapiverslag")
    assert titles(client, {"q": "okapiverslag"}, language) == ["Okapiverslag"]

    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert titles(client, {"q": "okapiverslag"}, language) == []
    assert titles(client, {"q": "okapiverslag", "theme": "mobiliteit"}, language) == []

    restriction.delete()
    assert titles(client, {"q": "okapiverslag"}, language) == ["Okapiverslag"]


def test_a_moved_themes_pages_are_found_under_its_new_place(client, site_tree):
    theme = factories.ThemePageFactory(parent=site_tree.theme_index, title="Okapithema")
    factories.ContentPageFactory(parent=theme, title="Okapigids")
    params = {"q": "okapigids", "theme": theme.slug}
    assert titles(client, params) == ["Okapigids"]
    old_path = theme.path

    Page.objects.get(pk=theme.pk).move(site_tree.mobility, pos="left")

    assert Page.objects.get(pk=theme.pk).path != old_path
    assert titles(client, params) == ["Okapigids"]
    assert titles(client, {"q": "okapigids", "theme": site_tree.mobility.slug}) == []
