"""Sections that are the same for every reader are kept as HTML until the next publish
(core.sections): a second render of a project, theme or network page reads none of their
rows, a new publish shows at once, and a preview is never kept."""

from datetime import timedelta

from django.utils import timezone

from tests import factories
from tests.budgets import second_render_tables

EVENTS, PROJECTS, PUBLICATIONS = "events_eventpage", "networks_projectpage", "publications_"


def test_a_second_render_of_a_project_page_reads_no_event_or_publication(
    client, site_tree, settings
):
    settings.PAGE_CACHE_ENABLED = False

    read = second_render_tables(client, site_tree.tracer_project.url, [EVENTS, PUBLICATIONS])

    assert read == []


def test_a_second_render_of_a_theme_page_reads_no_listed_row(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False

    read = second_render_tables(client, site_tree.mobility.url, [EVENTS, PROJECTS, PUBLICATIONS])

    assert read == []


def test_a_second_render_of_a_network_page_reads_no_event_or_publication(
    client, site_tree, settings
):
    settings.PAGE_CACHE_ENABLED = False

    read = second_render_tables(client, site_tree.tracer.url, [EVENTS, PUBLICATIONS])

    assert read == []


def test_a_kept_section_shows_a_new_publish_at_once(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    theme_url, project_url = site_tree.mobility.url, site_tree.tracer_project.url
    client.get(theme_url), client.get(project_url)

    start = timezone.now() + timedelta(days=5)
    factories.EventPageFactory(
        parent=site_tree.tracer_project,
        title="Pas gepland",
        start=start,
        themes=[site_tree.mobility],
    )
    factories.ProjectPageFactory(
        parent=site_tree.diamond, title="Pas gestart", themes=[site_tree.mobility]
    )

    theme = client.get(theme_url).content.decode()
    assert ">Pas gepland<" in theme
    assert "Pas gestart" in theme
    assert ">Pas gepland<" in client.get(project_url).content.decode()
