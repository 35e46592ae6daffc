"""The ESF copies: which live publications still wait for their two copies, per network; the
coordinator's record of the day they went (outside revisions, logged); and who may."""

import datetime
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, PageLogEntry

from publications.models import PublicationCopies
from publications.selectors import (
    publication_list_for_period,
    publications_without_copies,
    publications_without_copies_per_network,
)
from publications.services import COPIES_RECORDED_LOG_ACTION
from tests import factories, worldcache
from tests.publications.conftest import build_publications_world

LIST_URL = reverse("publications_admin:copies")


def _record_url(publication) -> str:
    return reverse("publications_admin:copies_record", args=[publication.pk])


@worldcache.fixture
def copies_world() -> SimpleNamespace:
    """The publications' world with two live publications of X (one in a project), one of Y,
    and X's draft; built once for consecutive tests that ask for it (tests/worldcache.py)."""
    with worldcache.stored_elsewhere():
        world = build_publications_world()
        _add_publications(world)
        return world


@pytest.fixture
def publications(copies_world, media_root) -> SimpleNamespace:
    return copies_world


def _add_publications(world: SimpleNamespace) -> None:
    world.brochure_x = factories.PublicationPageFactory(
        parent=world.network_x, title="Brochure Tracer", publication_date=datetime.date(2026, 2, 1)
    )
    world.study_x = factories.PublicationPageFactory(
        parent=world.project_x, title="Studie Tracer", publication_date=datetime.date(2026, 5, 20)
    )
    world.poster_y = factories.PublicationPageFactory(
        parent=world.network_y, title="Affiche Diamond", publication_date=datetime.date(2026, 3, 31)
    )
    world.draft_x = factories.PublicationPageFactory(
        parent=world.network_x, title="Concept Tracer", live=False
    )


def _titles(publications) -> list[str]:
    return [publication.title for publication in publications]


# --- Selectors ------------------------------------------------------------------------------


def test_the_publications_of_a_period_per_network(publications):
    w = publications
    first_quarter = {"start": datetime.date(2026, 1, 1), "end": datetime.date(2026, 3, 31)}

    assert _titles(
        publication_list_for_period(network_key=w.network_x.translation_key, **first_quarter)
    ) == ["Brochure Tracer"]
    assert _titles(
        publication_list_for_period(network_key=w.network_y.translation_key, **first_quarter)
    ) == ["Affiche Diamond"]
    assert _titles(publication_list_for_period(network_key=None, **first_quarter)) == [
        "Brochure Tracer",
        "Affiche Diamond",
    ]
    year = publication_list_for_period(
        network_key=w.network_x.translation_key,
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 12, 31),
    )
    assert _titles(year) == ["Brochure Tracer", "Studie Tracer"]  # by publication date
    assert {p.network_key for p in year} == {w.network_x.translation_key}


def test_the_period_list_carries_the_day_the_copies_were_sent(
    publications, django_assert_num_queries
):
    w = publications
    PublicationCopies.objects.create(
        publication_key=w.brochure_x.translation_key, sent_on=datetime.date(2026, 2, 10)
    )
    with django_assert_num_queries(1):
        rows = list(
            publication_list_for_period(
                network_key=None, start=datetime.date(2026, 1, 1), end=datetime.date(2026, 12, 31)
            )
        )
    sent = {row.title: row.copies_sent_on for row in rows}
    assert sent == {
        "Brochure Tracer": datetime.date(2026, 2, 10),
        "Affiche Diamond": None,
        "Studie Tracer": None,
    }


def test_translations_are_not_counted_twice(publications):
    w = publications
    english = Locale.objects.get(language_code="en")
    translated = w.brochure_x.copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()

    rows = publication_list_for_period(
        network_key=w.network_x.translation_key,
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 12, 31),
    )

    assert _titles(rows) == ["Brochure Tracer", "Studie Tracer"]
    assert sorted(_titles(publications_without_copies())) == [
        "Affiche Diamond",
        "Brochure Tracer",
        "Studie Tracer",
    ]


def test_the_copies_to_send_per_network_lose_a_publication_once_recorded(publications):
    w = publications
    assert sorted(_titles(publications_without_copies())) == [
        "Affiche Diamond",
        "Brochure Tracer",
        "Studie Tracer",
    ]
    per_network = publications_without_copies_per_network()
    # In tree order: Tracer before Diamond, X's project (made first) before its brochure.
    assert [(row.network.title, _titles(row.publications)) for row in per_network] == [
        ("Tracer", ["Studie Tracer", "Brochure Tracer"]),
        ("Diamond", ["Affiche Diamond"]),
    ]

    PublicationCopies.objects.create(
        publication_key=w.brochure_x.translation_key, sent_on=datetime.date(2026, 2, 10)
    )

    assert _titles(publications_without_copies(network_key=w.network_x.translation_key)) == [
        "Studie Tracer"
    ]
    assert _titles(publications_without_copies(network_key=w.network_y.translation_key)) == [
        "Affiche Diamond"
    ]


# --- The coordinator's view -----------------------------------------------------------------


def test_the_coordinator_sees_the_copies_to_send_per_network(publications, login):
    response = login(publications.coordinator).get(LIST_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Brochure Tracer" in html
    assert "Studie Tracer" in html
    assert "Affiche Diamond" in html
    assert "Concept Tracer" not in html  # a draft has no copies to send yet
    assert html.index("Tracer</h2>") < html.index("Brochure Tracer")


def test_recording_the_copies_takes_the_publication_off_the_list_and_is_logged(publications, login):
    w = publications
    coordinator = login(w.coordinator)
    live_revision = w.brochure_x.live_revision_id

    response = coordinator.post(
        _record_url(w.brochure_x), {"sent_on": "2026-02-10", "note": "Aangetekend"}
    )

    assert response.status_code == 302
    assert response.url == LIST_URL
    record = PublicationCopies.objects.get(publication_key=w.brochure_x.translation_key)
    assert record.sent_on == datetime.date(2026, 2, 10)
    assert record.note == "Aangetekend"
    assert record.recorded_by == w.coordinator
    html = coordinator.get(LIST_URL).content.decode()
    pending = html[html.index("data-network=") : html.index("Onlangs geregistreerd")]
    assert "Brochure Tracer" not in pending
    assert "Studie Tracer" in pending
    entry = PageLogEntry.objects.get(page=w.brochure_x, action=COPIES_RECORDED_LOG_ACTION)
    assert entry.user == w.coordinator
    assert entry.data["sent_on"] == "2026-02-10"
    assert entry.data["network_key"] == str(w.network_x.translation_key)
    # Outside the page's revisions: no workflow round, nothing new to approve.
    w.brochure_x.refresh_from_db()
    assert w.brochure_x.live_revision_id == live_revision
    assert not w.brochure_x.has_unpublished_changes


def test_recording_again_corrects_the_day(publications, login):
    w = publications
    coordinator = login(w.coordinator)
    coordinator.post(_record_url(w.brochure_x), {"sent_on": "2026-02-10"})
    coordinator.post(_record_url(w.brochure_x), {"sent_on": "2026-02-12"})

    assert PublicationCopies.objects.get().sent_on == datetime.date(2026, 2, 12)
    assert PageLogEntry.objects.filter(action=COPIES_RECORDED_LOG_ACTION).count() == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"sent_on": ""}, "Vul de dag in waarop de exemplaren verstuurd zijn."),
        ({"sent_on": "gisteren"}, "Vul een geldige datum in."),
        ({"sent_on": "2999-01-01"}, "de dag kan niet in de toekomst liggen"),
    ],
)
def test_a_wrong_day_is_refused_with_a_message(publications, login, data, message):
    response = login(publications.coordinator).post(_record_url(publications.brochure_x), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PublicationCopies.objects.exists()


def test_an_unknown_publication_is_not_found(publications, login):
    coordinator = login(publications.coordinator)
    unknown = reverse("publications_admin:copies_record", args=[999999])
    assert coordinator.get(unknown, follow=True).status_code == 404
    # A page that is no publication: not found either.
    assert coordinator.get(_record_url(publications.project_x), follow=True).status_code == 404


# --- Who may: role x action -----------------------------------------------------------------

ROLES = ("anonymous", "member_x", "partner_x", "editor_x", "editor_y", "coordinator", "superuser")
# role: (sees the list, sees the form, records)
MATRIX = {
    "anonymous": (False, False, False),
    "member_x": (False, False, False),
    "partner_x": (False, False, False),
    "editor_x": (False, False, False),
    "editor_y": (False, False, False),
    "coordinator": (True, True, True),
    "superuser": (True, True, True),
}


def _client(world, role, login) -> Client:
    return Client() if role == "anonymous" else login(world.users[role])


def _allowed(response) -> bool:
    """200, or the form's redirect back to the list; a refusal is a 403 or the login."""
    location = response.get("Location", "")
    if response.status_code == 200 or (response.status_code == 302 and location == LIST_URL):
        return True
    assert response.status_code == 403 or "/login/" in location, (response.status_code, location)
    return False


@pytest.mark.parametrize("role", ROLES)
def test_who_may_see_and_record_the_copies(publications, login, role):
    w = publications
    client = _client(w, role, login)

    list_response = client.get(LIST_URL)
    form_response = client.get(_record_url(w.brochure_x))
    record_response = client.post(_record_url(w.brochure_x), {"sent_on": "2026-02-10"})

    assert (
        _allowed(list_response),
        _allowed(form_response),
        _allowed(record_response),
    ) == MATRIX[role]
    assert PublicationCopies.objects.exists() is MATRIX[role][2]
    if not MATRIX[role][0]:
        # A refusal names no publication of any network.
        for response in (list_response, form_response, record_response):
            body = response.content.decode()
            assert "Tracer" not in body.replace("redacteur-tracer", "").replace("lid-tracer", "")
            assert "Diamond" not in body


@pytest.mark.parametrize("role", ROLES)
def test_only_the_coordinators_see_the_menu_item(publications, login, role):
    if role == "anonymous":
        return
    html = login(publications.users[role]).get(reverse("wagtailadmin_home")).content.decode()
    assert (LIST_URL in html) is MATRIX[role][0]


@pytest.mark.parametrize("role", ["editor_x", "coordinator"])
def test_the_publications_header_offers_the_copies_to_the_coordinator_only(
    publications, login, role
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[publications.brochure_x.pk])
    html = login(publications.users[role]).get(edit_url).content.decode()
    assert (_record_url(publications.brochure_x) in html) is (role == "coordinator")
