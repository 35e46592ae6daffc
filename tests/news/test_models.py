from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.utils import assert_creatable_only_under


def test_news_index_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, NewsIndexPage, {HomePage})
    page_test.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})


def test_news_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, NewsPage, {NewsIndexPage})
    page_test.assertAllowedSubpageTypes(NewsPage, set())


def test_only_one_news_index_per_home_page(site_tree):
    assert not NewsIndexPage.can_create_at(site_tree.home)


def test_news_pages_are_routable_and_renderable(page_test, site_tree):
    for page in (site_tree.news_index, site_tree.news_new):
        page_test.assertPageIsRoutable(page)
        page_test.assertPageIsRenderable(page)
