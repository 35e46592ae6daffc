"""An event moved to another network (alone, or with the project holding it) is counted in
its new network's ESF report at once: its registration settings take the new network's key."""

import pytest

from events.models import RegistrationSettings
from tests import factories


def settings_for(event) -> RegistrationSettings:
    record, _ = RegistrationSettings.objects.get_or_create(event_key=event.translation_key)
    event.save_revision().publish()  # the publish copies its network
    record.refresh_from_db()
    return record


@pytest.mark.parametrize("moved", ["event", "its project"])
def test_a_live_event_moved_to_another_network_takes_its_key(site_tree, moved):
    project = factories.ProjectPageFactory(parent=site_tree.tracer, title="Lerend netwerk")
    parent = project if moved == "its project" else site_tree.tracer
    event = factories.EventPageFactory(parent=parent, title="Netwerkdag")
    record = settings_for(event)
    assert record.event_network_key == site_tree.tracer.translation_key

    (project if moved == "its project" else event).move(site_tree.diamond, pos="last-child")

    record.refresh_from_db()
    assert record.event_network_key == site_tree.diamond.translation_key


def test_a_draft_event_keeps_its_key_until_published(site_tree):
    event = factories.EventPageFactory(parent=site_tree.tracer, title="Netwerkdag")
    record = settings_for(event)
    event.unpublish()

    event.move(site_tree.diamond, pos="last-child")

    record.refresh_from_db()
    assert record.event_network_key == site_tree.tracer.translation_key
    event.refresh_from_db()
    event.save_revision().publish()
    record.refresh_from_db()
    assert record.event_network_key == site_tree.diamond.translation_key
