from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape

from tests import factories
from tests.utils import assert_listing_hides_drafts, publish_then_draft


def test_agenda_lists_upcoming_events_soonest_first(client, site_tree):
    # Created last, so it is last in tree order, but it starts first.
    early = factories.EventPageFactory(
        parent=site_tree.agenda, title="Vroege infosessie", start=timezone.now() + timedelta(days=2)
    )

    content = client.get("/nl/agenda/").content.decode()

    positions = [
        content.index(event.title)
        for event in (early, site_tree.network_event, site_tree.agenda_event)
    ]
    assert positions == sorted(positions)
    assert site_tree.past_event.title not in content


def test_an_event_that_started_but_has_not_ended_is_still_upcoming(client, site_tree):
    now = timezone.now()
    factories.EventPageFactory(
        title="Lopende studiereis", start=now - timedelta(days=1), end=now + timedelta(days=1)
    )

    assert "Lopende studiereis" in client.get("/nl/agenda/").content.decode()
    assert "Lopende studiereis" not in client.get("/nl/agenda/archief/").content.decode()


def test_past_events_are_only_on_the_archive(client, site_tree):
    response = client.get("/nl/agenda/archief/")

    assert response.status_code == 200
    content = response.content.decode()
    assert site_tree.past_event.title in content
    assert site_tree.network_event.title not in content
    assert site_tree.agenda_event.title not in content


def test_filtering_by_network_shows_only_that_networks_events(client, site_tree):
    response = client.get("/nl/agenda/", {"network": "tracer"})

    assert response.status_code == 200
    content = response.content.decode()
    assert site_tree.network_event.title in content
    assert site_tree.agenda_event.title not in content


def test_filtering_by_theme_shows_only_events_on_that_theme(client, site_tree):
    response = client.get("/nl/agenda/", {"theme": "diversiteit"})

    assert response.status_code == 200
    content = response.content.decode()
    assert site_tree.agenda_event.title in content
    assert site_tree.network_event.title not in content


def test_filtering_the_archive_by_network(client, site_tree):
    factories.EventPageFactory(
        parent=site_tree.tracer,
        title="Afgelopen netwerkdag",
        start=timezone.now() - timedelta(days=40),
    )

    content = client.get("/nl/agenda/archief/", {"network": "tracer"}).content.decode()

    assert "Afgelopen netwerkdag" in content
    assert site_tree.past_event.title not in content


def test_an_unknown_filter_gives_a_message_not_an_error(client, site_tree, subtests):
    for field in ("network", "theme"):
        with subtests.test(field=field):
            response = client.get("/nl/agenda/", {field: "nope"})

            assert response.status_code == 200
            errors = response.context["filter_form"].errors[field]
            content = response.content.decode()
            assert escape(errors[0]) in content
            # The filter is dropped: every upcoming event is shown.
            assert site_tree.network_event.title in content
            assert site_tree.agenda_event.title in content


def test_a_bad_page_number_still_answers(client, site_tree, subtests):
    for url in ("/nl/agenda/", "/nl/agenda/archief/"):
        for page_number in ("abc", "9999", "-1", "", "1.5"):
            with subtests.test(url=url, page=page_number):
                assert client.get(url, {"page": page_number}).status_code == 200


def test_the_agenda_shows_ten_events_a_page(client, home_page):
    agenda = factories.EventIndexPageFactory()
    now = timezone.now()
    for day in range(1, 13):
        factories.EventPageFactory(
            parent=agenda, title=f"Sessie {day:02d}", start=now + timedelta(days=day)
        )

    first = client.get("/nl/agenda/").content.decode()
    second = client.get("/nl/agenda/", {"page": 2}).content.decode()

    for day in range(1, 11):
        assert f"Sessie {day:02d}" in first
        assert f"Sessie {day:02d}" not in second
    for day in (11, 12):
        assert f"Sessie {day:02d}" not in first
        assert f"Sessie {day:02d}" in second


def test_the_agenda_never_shows_drafts(client, site_tree):
    draft = factories.EventPageFactory(
        parent=site_tree.agenda, title="Ongepubliceerde workshop", live=False
    )
    changed = publish_then_draft(site_tree.agenda_event, "Roadshow met nieuwe titel")

    assert_listing_hides_drafts(client, "/nl/agenda/", changed, draft)
    assert client.get(changed.url).status_code == 200
    assert "Roadshow met nieuwe titel" not in client.get(changed.url).content.decode()


def test_a_network_page_lists_its_upcoming_events_but_no_drafts(client, site_tree):
    draft = factories.EventPageFactory(
        parent=site_tree.tracer, title="Ongepubliceerde netwerkdag", live=False
    )
    changed = publish_then_draft(site_tree.network_event, "Studiedag met nieuwe titel")

    assert_listing_hides_drafts(client, site_tree.tracer.url, changed, draft)
