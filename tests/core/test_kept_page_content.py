"""The content of an event page and the head of a project page are kept as HTML until the
site changes (core.fragments): a second render reads none of their rows; a registration, a
new theme or a new title shows at once; a page with a view restriction keeps nothing."""

from django.test import RequestFactory
from wagtail.models import Page

from access.responses import PRIVATE_PAGE_ATTRIBUTE as ACCESS_PRIVATE_PAGE_ATTRIBUTE
from core.fragments import PRIVATE_PAGE_ATTRIBUTE, shared_html
from events.models import Registration, RegistrationSettings, registration_token_hash
from tests.budgets import second_render_tables

EVENT_TABLES = [
    "events_registrationsettings",
    "events_registration",
    "events_eventpage_themes",
    "networks_projectpage",
]


def test_a_second_render_of_an_event_or_project_reads_none_of_their_parts(
    client, site_tree, settings
):
    settings.PAGE_CACHE_ENABLED = False
    RegistrationSettings.objects.create(
        event_key=site_tree.network_event.translation_key, capacity=5
    )

    assert second_render_tables(client, site_tree.network_event.url, EVENT_TABLES) == []
    project_tables = ["networks_projectpage_themes", "themes_themepage"]
    assert second_render_tables(client, site_tree.tracer_project.url, project_tables) == []


def test_a_registration_and_a_new_theme_show_on_the_event_at_once(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.network_event.url
    record = RegistrationSettings.objects.create(
        event_key=site_tree.network_event.translation_key, capacity=5
    )
    assert "5 plaatsen vrij" in client.get(url).content.decode()

    Registration.objects.create(
        event_settings=record,
        name="Persoon",
        email="persoon@example.be",
        organisation_size="small",
        status=Registration.Status.CONFIRMED,
        cancel_token_hash=registration_token_hash("persoon"),
    )
    assert "4 plaatsen vrij" in client.get(url).content.decode()

    event = Page.objects.get(pk=site_tree.network_event.pk).specific
    event.themes.add(site_tree.diversity)
    event.save_revision().publish()
    assert "Diversiteit" in client.get(url).content.decode()


def test_a_new_theme_and_title_show_on_the_project_at_once(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.tracer_project.url
    assert "Diversiteit" not in client.get(url).content.decode()

    project = Page.objects.get(pk=site_tree.tracer_project.pk).specific
    project.themes.add(site_tree.diversity)
    project.title = "Werkend leren, tweede editie"
    project.save_revision().publish()

    html = client.get(url).content.decode()
    assert "Diversiteit" in html
    assert "<h1>Werkend leren, tweede editie</h1>" in html


def test_a_page_with_a_view_restriction_keeps_nothing():
    assert PRIVATE_PAGE_ATTRIBUTE == ACCESS_PRIVATE_PAGE_ATTRIBUTE  # core repeats the name
    request = RequestFactory().get("/")
    setattr(request, ACCESS_PRIVATE_PAGE_ATTRIBUTE, True)
    rendered = []

    def render() -> str:
        rendered.append(1)
        return f"<p>gesloten {len(rendered)}</p>"

    assert shared_html("closed", (1,), render, request=request) == "<p>gesloten 1</p>"
    assert shared_html("closed", (1,), render, request=request) == "<p>gesloten 2</p>"
