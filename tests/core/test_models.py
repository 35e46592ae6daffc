import pytest
from wagtail.models import get_page_models

from core.models import ContentPage
from home.models import HomePage
from networks.models import ClosedAreaPage, NetworkPage, ProjectPage
from tests.utils import assert_creatable_only_under
from themes.models import ThemePage

CONTENT_PAGE_PARENTS = {HomePage, ContentPage, ThemePage, NetworkPage, ProjectPage, ClosedAreaPage}


def test_content_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, ContentPage, CONTENT_PAGE_PARENTS)
    page_test.assertAllowedSubpageTypes(ContentPage, {ContentPage})


def test_every_page_type_agrees_where_a_content_page_may_go():
    # Both directions of Wagtail's rule, for every page model installed (the root too).
    for model in get_page_models():
        expected = model in CONTENT_PAGE_PARENTS
        assert (ContentPage in model.allowed_subpage_models()) is expected, model
        assert (model in ContentPage.allowed_parent_page_models()) is expected, model


def test_content_page_is_routable_and_renderable(page_test, site_tree):
    page_test.assertPageIsRoutable(site_tree.content_page)
    page_test.assertPageIsRenderable(site_tree.content_page)


@pytest.mark.django_db
def test_summary_falls_back_from_listing_summary_to_search_description_to_intro():
    page = ContentPage(title="Over ons", intro="De intro.")
    assert page.summary == "De intro."
    page.search_description = "De zoekbeschrijving."
    assert page.summary == "De zoekbeschrijving."
    page.listing_summary = "De samenvatting."
    assert page.summary == "De samenvatting."
