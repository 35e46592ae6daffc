"""The KO/GO lens in the event listings outside the agenda (theme and network pages, the home
page): events for the other size come after the rest, as in the agenda; nothing is hidden."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.lens import LENS_COOKIE
from tests import factories


def order(content: str, *titles: str) -> list[str]:
    for title in titles:
        assert f">{title}<" in content, title
    return sorted(titles, key=lambda title: content.index(f">{title}<"))


@pytest.fixture
def paired(site_tree):
    """Two events of TRACER on mobility: the one for large organisations first by date."""
    now = timezone.now()
    for days, title, audience in [(1, "Eerst groot", "large"), (2, "Dan klein", "small")]:
        factories.EventPageFactory(
            parent=site_tree.tracer,
            title=title,
            audience=audience,
            start=now + timedelta(days=days),
            themes=[site_tree.mobility],
        )
    return site_tree


@pytest.mark.parametrize("where", ["mobility", "tracer"])
def test_a_theme_or_network_page_lists_its_events_by_date_without_a_lens(client, paired, where):
    content = client.get(getattr(paired, where).url).content.decode()

    assert order(content, "Eerst groot", "Dan klein") == ["Eerst groot", "Dan klein"]


@pytest.mark.parametrize("where", ["mobility", "tracer"])
def test_a_theme_or_network_page_favours_the_lens(client, paired, where):
    client.cookies[LENS_COOKIE] = "ko"

    content = client.get(getattr(paired, where).url).content.decode()

    assert order(content, "Eerst groot", "Dan klein") == ["Dan klein", "Eerst groot"]


def test_the_home_page_favours_the_lens(client, home_page):
    now = timezone.now()
    factories.EventPageFactory(title="Eerst groot", audience="large", start=now + timedelta(1))
    factories.EventPageFactory(title="Dan klein", audience="small", start=now + timedelta(2))

    def home_titles() -> list[str]:
        response = client.get(home_page.url)
        return [event.title for event in response.context["upcoming_events"]]

    assert home_titles() == ["Eerst groot", "Dan klein"]
    client.cookies[LENS_COOKIE] = "go"
    assert home_titles() == ["Eerst groot", "Dan klein"]
    client.cookies[LENS_COOKIE] = "ko"
    assert home_titles() == ["Dan klein", "Eerst groot"]


def test_the_calendar_feed_ignores_the_lens(client, paired):
    client.cookies[LENS_COOKIE] = "ko"

    body = client.get(paired.agenda.url + "ical/").content.decode()

    assert body.index("Eerst groot") < body.index("Dan klein")
