"""The report in the admin: who sees which network's report, the period chooser's messages,
the CSV and XLSX exports parsed back, and the dashboard panel of deadlines."""

import csv
import io
from datetime import date, timedelta
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from publications.models import PublicationCopies
from reports.models import ReportingDeadline
from tests import factories
from tests.reports.conftest import moment, publication_add, registrations_add

REPORT_URL = "/admin/reports/"


def report_url(**params) -> str:
    return REPORT_URL + "?" + urlencode(params)


def client_for(world, role: str) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def year_2025(world, network: str | None, **extra) -> str:
    key = "" if network is None else str(world.keys[network])
    return report_url(network=key, kind="year", year=2025, **extra)


# role: (X's report, Y's report, the report across all networks); "login" = Wagtail's login
REPORT_ACCESS = {
    "anonymous": ("login", "login", "login"),
    "member_x": ("login", "login", "login"),
    "partner_x": ("login", "login", "login"),
    "editor_x": (200, 403, 403),
    "editor_y": (403, 200, 403),
    "coordinator": (200, 200, 200),
}


@pytest.mark.parametrize("role", list(REPORT_ACCESS))
def test_who_sees_which_report(report_world, role):
    client = client_for(report_world, role)
    answers = []
    for network in ("x", "y", None):
        for export in (None, "csv"):
            url = year_2025(report_world, network, **({"export": export} if export else {}))
            response = client.get(url)
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("wagtailadmin_login")), url
                answer = "login"
            else:
                answer = response.status_code
            if export is None:
                answers.append(answer)
            else:
                assert answer == answers[-1], url  # the export is refused alike
            if answer == 403:
                # Refused outright: nothing of the other network's report is shown.
                body = response.content.decode()
                assert "Studiedag februari" not in body and "Diamond-dag mei" not in body
    assert tuple(answers) == REPORT_ACCESS[role]


def test_an_editor_opens_at_their_own_networks_report(report_world):
    response = client_for(report_world, "editor_x").get(REPORT_URL)
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.fields["network"].choices) == [(str(report_world.keys["x"]), "TRACER")]
    assert [report.network_key for report in response.context["reports"]] == [
        report_world.keys["x"]
    ]


def test_the_coordinator_opens_at_all_networks(report_world):
    response = client_for(report_world, "coordinator").get(REPORT_URL)
    assert response.status_code == 200
    keys = [report.network_key for report in response.context["reports"]]
    assert keys == [report_world.keys["x"], report_world.keys["y"], None]


def test_the_page_shows_the_figures(report_world):
    response = client_for(report_world, "editor_x").get(year_2025(report_world, "x"))
    body = response.content.decode()
    for title in ("Studiedag februari", "Infosessie mei", "Roadshow augustus"):
        assert title in body
    for title in ("Brochure werkend leren", "Checklist mobiliteit"):
        assert title in body
    assert "Werkbezoek januari" not in body  # 2026
    assert "Diamond-dag mei" not in body and "Studie diversiteit" not in body


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"kind": "year", "year": "1999"}, "year", "Kies een jaar van 2000 tot 2100."),
        ({"kind": "year", "year": "abc"}, "year", "Kies een jaar van 2000 tot 2100."),
        ({"kind": "year", "year": ""}, "year", "Kies een jaar."),
        ({"kind": "quarter", "year": "2025", "quarter": "7"}, "quarter", None),
        ({"kind": "quarter", "year": "2025"}, "quarter", "Kies een kwartaal."),
        ({"kind": "deadline"}, "deadline", "Kies een rapporteringsdeadline."),
        ({"kind": "deadline", "deadline": "999999"}, "deadline", None),
        ({"kind": "nonsense"}, "kind", None),
    ],
)
def test_the_period_chooser_says_what_is_wrong(report_world, params, field, message):
    client = client_for(report_world, "coordinator")
    with translation.override("nl"):
        response = client.get(report_url(network=str(report_world.keys["x"]), **params))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    if message is not None:
        assert message in errors[field]
    assert response.context["reports"] == []


def test_another_networks_deadline_is_refused_with_a_message(report_world):
    deadline_y = ReportingDeadline.objects.create(
        date=date(2025, 6, 30), label="Diamond", network=report_world.access_y
    )
    url = report_url(network=str(report_world.keys["x"]), kind="deadline", deadline=deadline_y.pk)
    client = client_for(report_world, "coordinator")
    response = client.get(url)
    assert (
        "Deze deadline is van een ander netwerk" in response.context["form"].errors["deadline"][0]
    )
    # In English for a coordinator whose admin speaks English.
    profile = UserProfile.get_for_user(report_world.coordinator)
    profile.preferred_language = "en"
    profile.save()
    response = client.get(url)
    assert "This deadline is another network&#x27;s" in response.content.decode()
    # Y's editor is not even offered it... and X's editor neither.
    response = client_for(report_world, "editor_x").get(REPORT_URL)
    assert deadline_y not in response.context["form"].fields["deadline"].queryset


def test_a_bad_network_value_is_a_form_error_not_a_500(report_world):
    response = client_for(report_world, "coordinator").get(
        report_url(network="niet-een-netwerk", kind="year", year=2025)
    )
    assert response.status_code == 200
    assert "network" in response.context["form"].errors


def _csv_rows(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_export_parses_back_to_the_figures(report_world):
    # A title typed as a formula is exported as plain text.
    event = factories.EventPageFactory(
        parent=report_world.network_x,
        title='=HYPERLINK("http://x")',
        start=moment(date(2025, 11, 5)),
        end=moment(date(2025, 11, 5), 12),
    )
    registrations_add(event, [("individual", "confirmed", True)])
    client = client_for(report_world, "editor_x")
    # The admin speaks Dutch (the editors' language): so do the headings.
    response = client.get(year_2025(report_world, "x", export="csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = _csv_rows(response)
    activities = [row for row in rows if row["Soort"] == "Activiteit"]
    assert [row["Titel"] for row in activities] == [
        "Studiedag februari",
        "Infosessie mei",
        "Roadshow augustus",
        '\'=HYPERLINK("http://x")',
    ]
    may = activities[1]
    assert may["Datum"] == "2025-05-15"
    assert (
        may["Ingeschreven (kleine organisaties)"],
        may["Ingeschreven (grote organisaties)"],
        may["Ingeschreven (individuen)"],
        may["Ingeschreven (totaal)"],
        may["Aanwezig (kleine organisaties)"],
        may["Aanwezig (totaal)"],
    ) == ("3", "0", "0", "3", "2", "2")
    publications = [row for row in rows if row["Soort"] == "Publicatie"]
    assert [
        (row["Titel"], row["Exemplaren verstuurd naar het ESF-agentschap"]) for row in publications
    ] == [
        ("Brochure werkend leren", "2025-04-20"),
        ("Checklist mobiliteit", ""),
    ]
    (total,) = [row for row in rows if row["Soort"] == "Totaal"]
    assert total["Netwerk"] == "TRACER"
    assert total["Ingeschreven (totaal)"] == "8"  # 2 + 1, 3, 1, and the formula's 1
    assert total["Aanwezig (totaal)"] == "5"
    assert "4 activiteiten, 2 publicaties, 1 met exemplaren verstuurd" in total["Titel"]


def test_the_xlsx_export_parses_back_to_the_figures(report_world):
    client = client_for(report_world, "coordinator")
    with translation.override("nl"):
        response = client.get(
            year_2025(report_world, None, export="xlsx"),
        )
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    header, rows = rows[0], rows[1:]
    records = [dict(zip(header, row, strict=True)) for row in rows]
    assert header[:4] == ("Netwerk", "Soort", "Titel", "Datum")
    totals = {record["Netwerk"]: record for record in records if record["Soort"] == "Totaal"}
    assert set(totals) == {"TRACER", "DIAMOND", "DKC MVO (geen netwerk)"}
    assert totals["TRACER"]["Ingeschreven (totaal)"] == 7
    assert totals["DIAMOND"]["Aanwezig (totaal)"] == 1
    assert totals["DKC MVO (geen netwerk)"]["Aanwezig (totaal)"] == 1
    diamond = [r["Titel"] for r in records if r["Netwerk"] == "DIAMOND" and r["Soort"] != "Totaal"]
    assert diamond == ["Diamond-dag mei", "Studie diversiteit"]


# --- The dashboard panel -------------------------------------------------------------------


@pytest.fixture
def this_period(report_world):
    """A deadline next month of every network, and this period's events: X's held without
    check-in, X's checked in, Y's held without check-in, X's still to come."""
    today = timezone.localdate()
    world = report_world
    world.deadline = ReportingDeadline.objects.create(
        date=today + timedelta(days=30),
        label="Tussentijds verslag",
        period_start=today - timedelta(days=60),
    )

    def event(parent, title: str, days: int, rows):
        start = timezone.now() + timedelta(days=days)
        page = factories.EventPageFactory(
            parent=parent, title=title, start=start, end=start + timedelta(hours=2)
        )
        registrations_add(page, rows)
        return page

    world.unchecked_x = event(
        world.network_x, "Ontbijtsessie zonder check-in", -10, [("small", "confirmed", None)]
    )
    world.checked_x = event(
        world.network_x, "Netwerkavond met check-in", -5, [("small", "confirmed", True)]
    )
    world.unchecked_y = event(world.network_y, "Diamond zonder check-in", -3, [])
    world.upcoming_x = event(world.network_x, "Nog te komen", 5, [("small", "confirmed", None)])
    world.unsent_x = publication_add(
        world.network_x, title="Poster nog te versturen", on=today, copies_sent_on=None
    )
    return world


def panel(client) -> str:
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    start = body.find('id="dkc-reporting-deadlines-section"')
    return body[start:] if start >= 0 else ""


def test_the_panel_shows_each_networks_deadline_and_what_is_missing(this_period):
    world = this_period
    shown = panel(client_for(world, "coordinator"))
    assert "Tussentijds verslag" in shown
    for missing in ("Ontbijtsessie zonder check-in", "Diamond zonder check-in"):
        assert missing in shown
    for fine in ("Netwerkavond met check-in", "Nog te komen", "Studiedag februari"):
        assert fine not in shown
    # Publications without copies: all of them, whatever their date.
    for unsent in ("Poster nog te versturen", "Checklist mobiliteit", "Studie diversiteit"):
        assert unsent in shown
    assert "Brochure werkend leren" not in shown


def test_an_editor_sees_the_panel_for_their_own_network_only(this_period):
    shown = panel(client_for(this_period, "editor_x"))
    assert "Ontbijtsessie zonder check-in" in shown and "Poster nog te versturen" in shown
    assert "Diamond zonder check-in" not in shown and "Studie diversiteit" not in shown
    assert f'data-network="{this_period.keys["y"]}"' not in shown


def test_the_panel_links_to_the_deadlines_report(this_period):
    shown = panel(client_for(this_period, "editor_x"))
    url = f"kind=deadline&amp;deadline={this_period.deadline.pk}"
    assert url in shown


def test_copies_recorded_leave_the_panel(this_period):
    PublicationCopies.objects.create(
        publication_key=this_period.unsent_x.translation_key, sent_on=timezone.localdate()
    )
    assert "Poster nog te versturen" not in panel(client_for(this_period, "editor_x"))


def test_without_a_deadline_the_panel_says_so(report_world):
    shown = panel(client_for(report_world, "coordinator"))
    assert "None entered" in shown or "Geen ingevoerd" in shown


@pytest.mark.parametrize("role", ["member_x", "partner_x"])
def test_members_and_partners_see_no_panel(report_world, role):
    response = client_for(report_world, role).get(reverse("wagtailadmin_home"))
    assert 'id="dkc-reporting-deadlines-section"' not in response.content.decode()


def test_deadlines_are_the_coordinators_to_enter(report_world):
    url = reverse("wagtailsnippets_reports_reportingdeadline:add")
    assert client_for(report_world, "coordinator").get(url).status_code == 200
    assert client_for(report_world, "editor_x").get(url).status_code in (302, 403)
    response = client_for(report_world, "coordinator").post(
        url, {"date": "2025-03-31", "label": "Te vroeg", "period_start": "2025-04-30"}
    )
    assert response.status_code == 200
    assert not ReportingDeadline.objects.filter(label="Te vroeg").exists()
