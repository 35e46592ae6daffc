from core.models import ContentPage
from events.models import EventPage
from home.models import HomePage
from networks.models import ClosedAreaPage, NetworkIndexPage, NetworkPage, ProjectPage
from publications.models import PublicationPage
from tests import factories
from tests.utils import assert_creatable_only_under
from thesisprize.models import ThesisCallPage


def test_network_index_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, NetworkIndexPage, {HomePage})
    page_test.assertAllowedSubpageTypes(NetworkIndexPage, {NetworkPage})


def test_network_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, NetworkPage, {NetworkIndexPage})
    page_test.assertAllowedSubpageTypes(
        NetworkPage,
        {ProjectPage, ClosedAreaPage, EventPage, PublicationPage, ContentPage, ThesisCallPage},
    )


def test_project_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, ProjectPage, {NetworkPage})
    page_test.assertAllowedSubpageTypes(ProjectPage, {EventPage, PublicationPage, ContentPage})


def test_closed_area_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, ClosedAreaPage, {NetworkPage})
    page_test.assertAllowedSubpageTypes(ClosedAreaPage, {ContentPage})


def test_only_one_network_index_per_home_page(site_tree):
    assert not NetworkIndexPage.can_create_at(site_tree.home)


def test_network_pages_are_routable_and_renderable(page_test, site_tree):
    # Logged in as a superuser, so that the closed areas render instead of redirecting to the
    # login page. (Not through `user=`: Wagtail logs in with the first backend, django-axes'.)
    page_test.client.force_login(factories.UserFactory(superuser=True))
    for page in (
        site_tree.network_index,
        site_tree.tracer,
        site_tree.tracer_project,
        site_tree.intranet,
        site_tree.extranet,
    ):
        page_test.assertPageIsRoutable(page)
        page_test.assertPageIsRenderable(page)


def test_a_project_knows_its_network(site_tree):
    assert site_tree.tracer_project.network_page == site_tree.tracer
