import pytest

from translations.services import page_translation_save

pytestmark = pytest.mark.django_db


def test_a_draft_sync_of_a_live_translation_changes_nothing_readers_see(client, english_tree):
    tracer = english_tree.site.tracer

    page_translation_save(page=tracer, strings={"title": "Renamed in a draft"}, publish=False)

    english = tracer.get_translation(english_tree.tracer.locale)
    assert english.live
    assert english.title == "Tracer network"
    assert english.get_latest_revision().as_object().title == "Renamed in a draft"
    html = client.get("/en/networks/tracer/").content.decode()
    assert "Renamed in a draft" not in html


def test_publishing_the_sync_shows_the_new_text(client, english_tree):
    page_translation_save(page=english_tree.site.tracer, strings={"title": "Renamed"})
    assert "Renamed" in client.get("/en/networks/tracer/").content.decode()
