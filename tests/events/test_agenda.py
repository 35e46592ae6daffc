"""The agenda beyond dates and filters by network and theme: the audience filter, the
registration state beside each event, series of events under one project, and pages that
set no cookie for anonymous readers."""

from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Locale

from events.models import Registration, RegistrationSettings, registration_token_hash
from events.selectors import (
    RegistrationState,
    filter_query_translate,
    registration_state_for,
    registration_states_for,
)
from tests import factories


def settings_for(event, **values) -> RegistrationSettings:
    return RegistrationSettings.objects.create(event_key=event.translation_key, **values)


def confirmed(record: RegistrationSettings, count: int, *, status="confirmed") -> None:
    Registration.objects.bulk_create(
        Registration(
            event_settings=record,
            name=f"Persoon {number}",
            email=f"persoon{number}.{record.pk}.{status}@example.be",
            organisation_size="small",
            status=status,
            cancel_token_hash=registration_token_hash(f"{record.pk}-{status}-{number}"),
        )
        for number in range(count)
    )


def agenda_item(content: str, title: str) -> str:
    """The HTML of the listed event with this title."""
    title_at = content.index(f">{escape(title)}<")
    start = content.rindex('<article class="event">', 0, title_at)
    return content[start : content.index("</article>", title_at)]


# --- The audience filter -----------------------------------------------------------------------


@pytest.fixture
def audiences(site_tree):
    start = timezone.now() + timedelta(days=5)
    return {
        audience: factories.EventPageFactory(
            parent=site_tree.agenda, title=f"Sessie voor {audience}", audience=audience, start=start
        )
        for audience in ("everyone", "small", "large")
    }


@pytest.mark.parametrize(
    ("chosen", "shown", "hidden"),
    [("small", {"everyone", "small"}, {"large"}), ("large", {"everyone", "large"}, {"small"})],
)
def test_the_audience_filter_keeps_events_for_everyone(
    client, site_tree, audiences, chosen, shown, hidden
):
    content = client.get("/nl/agenda/", {"audience": chosen}).content.decode()

    for audience in shown:
        assert audiences[audience].title in content
    for audience in hidden:
        assert audiences[audience].title not in content
    # Events made before the field existed are for everyone: never filtered away.
    assert site_tree.agenda_event.title in content


def test_the_audience_filter_works_on_the_archive(client, site_tree):
    past = timezone.now() - timedelta(days=20)
    small = factories.EventPageFactory(title="Vorige kmo-sessie", audience="small", start=past)
    large = factories.EventPageFactory(title="Vorige sessie groot", audience="large", start=past)

    content = client.get("/nl/agenda/archief/", {"audience": "large"}).content.decode()

    assert large.title in content
    assert small.title not in content
    assert site_tree.past_event.title in content


def test_the_audience_filter_says_nobody_is_excluded(client, site_tree):
    content = client.get("/nl/agenda/").content.decode()

    assert 'name="audience"' in content
    assert "Iedereen" in content
    assert "Kleine organisaties" in content
    assert "Activiteiten voor iedereen worden altijd getoond" in content


def test_an_unknown_audience_is_a_message_not_an_error(client, site_tree, audiences):
    response = client.get("/nl/agenda/", {"audience": "middelgroot"})

    assert response.status_code == 200
    assert response.context["filter_form"].errors["audience"]
    content = response.content.decode()
    assert audiences["large"].title in content
    assert audiences["small"].title in content


def test_the_audience_filter_is_kept_on_pager_links(client, home_page):
    agenda = factories.EventIndexPageFactory()
    now = timezone.now()
    for day in range(1, 13):
        factories.EventPageFactory(
            parent=agenda,
            title=f"Sessie {day:02d}",
            audience="small",
            start=now + timedelta(days=day),
        )

    content = client.get("/nl/agenda/", {"audience": "small"}).content.decode()
    second = client.get("/nl/agenda/", {"audience": "small", "page": 2}).content.decode()

    assert "audience=small&amp;page=2" in content or "page=2&amp;audience=small" in content
    assert "Sessie 12" in second


def test_the_language_switch_keeps_the_audience(site_tree):
    query = QueryDict("audience=large&network=tracer&page=2")

    translated = filter_query_translate(
        query=query,
        source=Locale.objects.get(language_code="nl"),
        target=Locale.objects.get(language_code="en"),
    )

    assert translated["audience"] == "large"
    assert "page" not in translated


def test_the_agenda_and_the_event_page_name_an_events_audience(client, site_tree, audiences):
    content = client.get("/nl/agenda/").content.decode()

    assert "Kleine organisaties" in agenda_item(content, audiences["small"].title)
    assert "Grote organisaties" in agenda_item(content, audiences["large"].title)
    everyone = agenda_item(content, audiences["everyone"].title)
    assert "Kleine organisaties" not in everyone
    assert "Grote organisaties" not in everyone
    assert "Kleine organisaties" in client.get(audiences["small"].url).content.decode()


# --- Registration state on the agenda ----------------------------------------------------------


def test_the_agenda_shows_each_events_registration_state(client, site_tree):
    now = timezone.now()
    start = now + timedelta(days=3)

    def event(title, **values):
        page = factories.EventPageFactory(parent=site_tree.agenda, title=title, start=start)
        return page, (settings_for(page, **values) if values is not None else None)

    places, record = event("Met plaatsen", capacity=10)
    confirmed(record, 3)
    waitlist, record = event("Met wachtlijst", capacity=2, waitlist_enabled=True)
    confirmed(record, 2)
    confirmed(record, 1, status="waitlisted")
    full, record = event("Volzet zonder lijst", capacity=1, waitlist_enabled=False)
    confirmed(record, 1)
    closed, _ = event("Afgesloten", capacity=10, closes_at=now - timedelta(hours=1))
    later, _ = event("Opent later", capacity=10, opens_at=now + timedelta(days=1))

    content = client.get("/nl/agenda/").content.decode()

    assert "7 plaatsen vrij" in agenda_item(content, places.title)
    assert "Volzet – wachtlijst" in agenda_item(content, waitlist.title)
    assert "Volzet<" in agenda_item(content, full.title).replace("\n", "")
    assert "Inschrijvingen afgesloten" in agenda_item(content, closed.title)
    assert "Inschrijven kan vanaf" in agenda_item(content, later.title)
    # An event without registration settings says nothing about registering.
    without = agenda_item(content, site_tree.agenda_event.title)
    assert "plaats" not in without
    assert "Inschrij" not in without


def test_the_theme_and_network_sections_show_the_state_too(client, site_tree):
    record = settings_for(site_tree.network_event, capacity=5)
    confirmed(record, 1)

    assert "4 plaatsen vrij" in client.get(site_tree.tracer.url).content.decode()
    assert "4 plaatsen vrij" in client.get(site_tree.mobility.url).content.decode()


# --- Series --------------------------------------------------------------------------------------


@pytest.fixture
def series(site_tree):
    """Three roadshows under one project: one past, two to come, one with registration open."""
    now = timezone.now()
    project = factories.ProjectPageFactory(parent=site_tree.tracer, title="Roadshows werkend leren")
    dates = [
        factories.EventPageFactory(
            parent=project, title=f"Roadshow in {city}", start=now + timedelta(days=days)
        )
        for city, days in (("Gent", -14), ("Hasselt", 12), ("Brugge", 40))
    ]
    settings_for(dates[1], capacity=30)
    return project, dates


def test_the_project_page_lists_the_dates_of_its_series(client, series):
    project, (gent, hasselt, brugge) = series

    content = client.get(project.url).content.decode()

    assert "Data in deze reeks" in content
    upcoming = content[content.index("Komende data") : content.index("Voorbije data")]
    past = content[content.index("Voorbije data") :]
    assert upcoming.index(hasselt.title) < upcoming.index(brugge.title)
    assert gent.title in past
    assert gent.title not in upcoming
    assert "30 plaatsen vrij" in upcoming


def test_a_project_without_events_shows_no_series(client, site_tree):
    content = client.get(site_tree.tracer_project.url).content.decode()

    assert "Data in deze reeks" not in content


def test_an_event_of_a_series_shows_the_other_dates(client, series):
    project, (gent, hasselt, brugge) = series

    content = client.get(brugge.url).content.decode()

    section = content[content.index("Andere data in deze reeks") :]
    assert hasselt.title in section
    assert gent.title in section
    assert "30 plaatsen vrij" in section
    assert project.url in section
    assert f">{brugge.title}<" not in section


def test_an_event_outside_a_series_shows_no_other_dates(client, site_tree):
    content = client.get(site_tree.network_event.url).content.decode()

    assert "Andere data in deze reeks" not in content


def test_the_agenda_marks_events_of_a_series(client, site_tree, series):
    project, (_, hasselt, _) = series

    content = client.get("/nl/agenda/").content.decode()

    item = agenda_item(content, hasselt.title)
    assert "Onderdeel van de reeks" in item
    assert f'href="{project.url}"' in item
    assert "Onderdeel van de reeks" not in agenda_item(content, site_tree.agenda_event.title)


# --- Cacheable for anonymous readers -------------------------------------------------------------


def test_viewing_the_agenda_and_an_event_sets_no_cookie(client, site_tree, series):
    _, (_, hasselt, _) = series
    settings_for(site_tree.agenda_event, capacity=10)

    for url in ("/nl/agenda/", "/nl/agenda/archief/", hasselt.url, site_tree.agenda_event.url):
        response = client.get(url, {"audience": "small"} if "agenda" in url else {})

        assert response.status_code == 200, url
        assert "Set-Cookie" not in str(response.headers), url
        assert not response.cookies, url


def test_the_event_page_links_to_the_form_on_its_sub_route(client, site_tree):
    event = site_tree.agenda_event
    settings_for(event, capacity=10)
    with translation.override("nl"):
        register_path = event.url + event.reverse_subpage("register")

    content = client.get(event.url).content.decode()

    assert f'href="{register_path}"' in content
    assert 'name="csrfmiddlewaretoken"' not in content
    assert urlparse(register_path).path.startswith(event.url)
    assert not parse_qs(urlparse(register_path).query)


# --- The state in bulk is the state one by one ---------------------------------------------------


def test_the_states_counted_in_bulk_are_those_counted_one_by_one(site_tree):
    now = timezone.now()
    events = [
        factories.EventPageFactory(parent=site_tree.agenda, start=now + timedelta(days=days))
        for days in range(1, 7)
    ]
    settings_for(events[0], capacity=5)
    confirmed(settings_for(events[1], capacity=2), 1)
    confirmed(settings_for(events[2], capacity=2, waitlist_enabled=False), 2)
    record = settings_for(events[3], capacity=2)
    confirmed(record, 2)
    confirmed(record, 2, status="waitlisted")
    confirmed(record, 1, status="cancelled")
    settings_for(events[4], opens_at=now + timedelta(days=1))

    in_bulk = registration_states_for(events, now=now)

    for event in events:
        assert in_bulk[event.translation_key] == registration_state_for(event=event, now=now)
    assert [in_bulk[event.translation_key].status for event in events] == [
        "open",
        "open",
        "full",
        "waitlist",
        "not_open",
        "none",
    ]
    assert in_bulk[events[1].translation_key].places_left == 1


def test_a_count_given_to_the_state_is_not_counted_again(site_tree, django_assert_num_queries):
    record = settings_for(site_tree.agenda_event, capacity=4)

    with django_assert_num_queries(0):
        state = RegistrationState.of(settings=record, event=site_tree.agenda_event, confirmed=3)

    assert state == RegistrationState("open", places_left=1)


def test_the_english_agenda_names_the_english_series(client, site_tree):
    from translations.services import page_translation_save

    project = factories.ProjectPageFactory(parent=site_tree.tracer, title="Roadshows")
    roadshow = factories.EventPageFactory(parent=project, title="Roadshow Gent")
    for page, title, slug in [
        (site_tree.home, "Home", "home"),
        (site_tree.agenda, "Events", "events"),
        (site_tree.network_index, "Networks", "networks"),
        (site_tree.tracer, "Tracer", "tracer"),
        (project, "Roadshows in English", "roadshows"),
    ]:
        page_translation_save(page=page, strings={"title": title, "slug": slug})

    content = client.get("/en/events/").content.decode()

    item = agenda_item(content, roadshow.title)
    assert "Part of the series" in item
    assert "Roadshows in English" in item


# --- The KO/GO lens --------------------------------------------------------------------------


def listed_titles(content: str, events) -> list[str]:
    """The titles of `events` in the order the agenda lists them."""
    return sorted((e.title for e in events), key=lambda title: content.index(f">{title}<"))


@pytest.fixture
def dated_audiences(site_tree):
    """Four events: the one for large organisations comes first by date."""
    now = timezone.now()
    return [
        factories.EventPageFactory(
            parent=site_tree.agenda, title=title, audience=audience, start=now + timedelta(days=d)
        )
        for d, title, audience in [
            (1, "Eerst groot", "large"),
            (2, "Dan iedereen", "everyone"),
            (3, "Dan klein", "small"),
            (4, "Laatst iedereen", "everyone"),
        ]
    ]


def test_without_a_lens_the_agenda_is_by_date(client, dated_audiences):
    content = client.get("/nl/agenda/").content.decode()

    assert listed_titles(content, dated_audiences) == [
        "Eerst groot",
        "Dan iedereen",
        "Dan klein",
        "Laatst iedereen",
    ]


def test_the_small_lens_puts_events_for_large_organisations_last_and_hides_nothing(
    client, dated_audiences
):
    client.cookies["dkc_lens"] = "ko"

    content = client.get("/nl/agenda/").content.decode()

    assert listed_titles(content, dated_audiences) == [
        "Dan iedereen",
        "Dan klein",
        "Laatst iedereen",
        "Eerst groot",
    ]


def test_the_large_lens_puts_events_for_small_organisations_last(client, dated_audiences):
    client.cookies["dkc_lens"] = "go"

    content = client.get("/nl/agenda/").content.decode()

    assert listed_titles(content, dated_audiences) == [
        "Eerst groot",
        "Dan iedereen",
        "Laatst iedereen",
        "Dan klein",
    ]


def test_the_lens_and_the_audience_filter_work_together(client, dated_audiences):
    client.cookies["dkc_lens"] = "ko"

    content = client.get("/nl/agenda/", {"audience": "large"}).content.decode()

    assert listed_titles(content, dated_audiences[:2] + dated_audiences[3:]) == [
        "Dan iedereen",
        "Laatst iedereen",
        "Eerst groot",
    ]
    assert "Dan klein" not in content
