from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from networks.models import NetworkPage, ProjectPage
from tests import factories
from tests.utils import assert_creatable_only_under


def test_event_index_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, EventIndexPage, {HomePage})
    page_test.assertAllowedSubpageTypes(EventIndexPage, {EventPage})


def test_event_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, EventPage, {EventIndexPage, NetworkPage, ProjectPage})
    page_test.assertAllowedSubpageTypes(EventPage, set())


def test_only_one_agenda_per_home_page(site_tree):
    assert not EventIndexPage.can_create_at(site_tree.home)


def test_event_pages_are_routable_and_renderable(page_test, site_tree):
    for page in (site_tree.agenda, site_tree.agenda_event, site_tree.network_event):
        page_test.assertPageIsRoutable(page)
        page_test.assertPageIsRenderable(page)
    page_test.assertPageIsRoutable(site_tree.agenda, route_path="archief/")
    page_test.assertPageIsRenderable(site_tree.agenda, route_path="archief/")


def test_an_event_cannot_end_before_it_starts(home_page):
    start = timezone.now() + timedelta(days=3)
    with pytest.raises(ValidationError) as error:
        factories.EventPageFactory(start=start, end=start - timedelta(minutes=1))
    assert "end" in error.value.message_dict
    assert not EventPage.objects.exists()


def test_an_event_may_end_when_it_starts(home_page):
    start = timezone.now() + timedelta(days=3)
    event = factories.EventPageFactory(start=start, end=start)
    event.full_clean()


def test_an_event_knows_its_network(site_tree):
    assert site_tree.network_event.network_page == site_tree.tracer
    assert site_tree.agenda_event.network_page is None
