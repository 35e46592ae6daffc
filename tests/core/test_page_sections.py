"""Sections that are the same for every reader are kept as HTML until the next publish
(core.sections): a second render of a project, theme or network page reads none of their
rows, a new publish shows at once, and a preview is never kept."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.sections import page_sections
from tests import factories
from tests.budgets import second_render_tables

EVENTS, PROJECTS, PUBLICATIONS = "events_eventpage", "networks_projectpage", "publications_"


@pytest.mark.parametrize(
    ("page", "tables"),
    [
        ("tracer_project", [EVENTS, PUBLICATIONS]),
        ("mobility", [EVENTS, PROJECTS, PUBLICATIONS]),  # a theme page
        ("tracer", [EVENTS, PUBLICATIONS]),  # a network page (its own projects are read)
    ],
)
def test_a_second_render_reads_no_row_of_a_kept_section(client, site_tree, settings, page, tables):
    settings.PAGE_CACHE_ENABLED = False

    read = second_render_tables(client, getattr(site_tree, page).url, tables)

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


def test_a_preview_never_keeps_a_section(rf, site_tree):

    page = site_tree.mobility.specific

    def render(request) -> list[str]:
        request.user = AnonymousUser()
        with CaptureQueriesContext(connection) as queries:
            html = page_sections(page=page, request=request, slot="main")
        assert "theme-events" in html
        return [query["sql"] for query in queries if EVENTS in query["sql"]]

    preview = rf.get(page.url)
    preview.is_preview = True
    render(preview)
    assert render(preview)  # read again: nothing was kept
    render(rf.get(page.url))
    assert not render(rf.get(page.url))  # the live page's is kept
