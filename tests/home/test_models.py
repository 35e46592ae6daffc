import pytest
from wagtail.models import Page

from core.models import ContentPage
from events.models import EventIndexPage
from home.models import HomePage
from networks.models import NetworkIndexPage
from news.models import NewsIndexPage
from tests.utils import assert_creatable_only_under
from themes.models import ThemeIndexPage


def test_home_page_sits_at_the_root_and_holds_the_sections(page_test):
    assert_creatable_only_under(page_test, HomePage, {Page})
    page_test.assertAllowedSubpageTypes(
        HomePage,
        {ThemeIndexPage, NetworkIndexPage, EventIndexPage, NewsIndexPage, ContentPage},
    )


@pytest.mark.both_databases  # a data migration
def test_the_migration_makes_a_dutch_home_page_the_default_site_root(home_page):
    site = home_page.get_site()
    assert site.is_default_site
    assert site.root_page.specific == home_page
    assert home_page.locale.language_code == "nl"
    assert home_page.url == "/nl/"


def test_home_page_is_routable_and_renderable(page_test, site_tree):
    page_test.assertPageIsRoutable(site_tree.home)
    page_test.assertPageIsRenderable(site_tree.home)
