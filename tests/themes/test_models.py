from core.models import ContentPage
from home.models import HomePage
from tests.utils import assert_creatable_only_under
from themes.models import ThemeIndexPage, ThemePage


def test_theme_index_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, ThemeIndexPage, {HomePage})
    page_test.assertAllowedSubpageTypes(ThemeIndexPage, {ThemePage})


def test_theme_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, ThemePage, {ThemeIndexPage})
    page_test.assertAllowedSubpageTypes(ThemePage, {ContentPage})


def test_only_one_theme_index_per_home_page(site_tree):
    assert not ThemeIndexPage.can_create_at(site_tree.home)


def test_theme_pages_are_routable_and_renderable(page_test, site_tree):
    for page in (site_tree.theme_index, site_tree.mobility):
        page_test.assertPageIsRoutable(page)
        page_test.assertPageIsRenderable(page)
