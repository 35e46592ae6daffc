"""The call page: where it may go, that it renders and routes, the award event it links (in
the reader's language, only when live), and that it is translatable with its deadline and
event kept in step."""

import pytest
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from networks.models import NetworkPage
from tests.utils import assert_creatable_only_under
from thesisprize.models import ThesisCallPage


def test_a_call_goes_under_a_network_only_and_has_no_children(page_test, db):
    assert_creatable_only_under(page_test, ThesisCallPage, {NetworkPage})
    page_test.assertAllowedSubpageTypes(ThesisCallPage, set())


def test_the_call_routes_and_renders(page_test, world):
    page_test.assertPageIsRoutable(world.call)
    page_test.assertPageIsRoutable(world.call, "indienen/")
    page_test.assertPageIsRenderable(world.call)


def test_the_award_event_is_linked_while_it_is_live(client, world):
    html = client.get(world.call.url).content.decode()
    assert f'href="{world.award_event.url}"' in html
    world.award_event.unpublish()
    html = client.get(world.call.url).content.decode()
    assert "Uitreiking scriptieprijs" not in html


def test_the_deadline_and_award_event_are_the_same_in_every_language():
    fields = {field.field_name: field for field in get_translatable_fields(ThesisCallPage)}
    assert isinstance(fields["deadline"], SynchronizedField)
    assert isinstance(fields["award_event"], SynchronizedField)
    assert not isinstance(fields["body"], SynchronizedField)


@pytest.mark.django_db
def test_the_call_is_open_until_the_deadline_not_at_it(world):
    deadline = world.call.deadline
    assert world.call.is_open(deadline - deadline.resolution)
    assert not world.call.is_open(deadline)
