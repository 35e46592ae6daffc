"""A network page keeps its themes and projects as HTML until the site changes, and the kinds
of its closed areas for visitors who are not logged in: a second render reads none of their
rows, a change shows at once, and a member still sees the areas they may enter."""

from django.core.cache import caches
from wagtail.models import Page

from networks.models import ClosedAreaPage
from tests import factories
from tests.budgets import second_render_tables

PROJECTS, THEMES = "networks_projectpage", "themes_themepage"
CLOSED_AREAS = "networks_closedareapage"


def page_html(client, url: str) -> str:
    caches["pages"].clear()  # the stored pages are pagecache's (tests/pagecache)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_render_reads_no_project_theme_or_closed_area(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False

    read = second_render_tables(client, site_tree.tracer.url, [PROJECTS, THEMES, CLOSED_AREAS])

    assert read == []


def test_a_new_project_and_theme_show_at_once(client, site_tree):
    url = site_tree.tracer.url
    assert "Werkend leren" in page_html(client, url)

    factories.ProjectPageFactory(parent=site_tree.tracer, title="Pas gestart project")
    tracer = Page.objects.get(pk=site_tree.tracer.pk).specific
    tracer.themes.add(site_tree.diversity)
    tracer.save_revision().publish()

    html = page_html(client, url)
    assert "Pas gestart project" in html
    assert "Diversiteit" in html


def test_the_projects_of_another_page_number_are_kept_apart(client, site_tree, settings):
    from networks.selectors import PROJECTS_PER_PAGE

    for number in range(PROJECTS_PER_PAGE):
        factories.ProjectPageFactory(parent=site_tree.tracer, title=f"Project {number:02d}")
    first = page_html(client, site_tree.tracer.url)
    second = page_html(client, f"{site_tree.tracer.url}?page=2")

    assert "Pagina 2 van 2" in second
    assert "Pagina 1 van 2" in first


def test_an_unpublished_closed_area_leaves_the_anonymous_box_at_once(client, site_tree):
    url = site_tree.tracer.url
    box_before = page_html(client, url).split('id="network-closed-areas"')[1].split("</section>")[0]

    ClosedAreaPage.objects.get(pk=site_tree.extranet.pk).unpublish()

    box_after = page_html(client, url).split('id="network-closed-areas"')[1].split("</section>")[0]
    assert box_after != box_before
    assert box_after.count("<li>") == box_before.count("<li>") - 1


def test_a_member_still_gets_the_areas_they_may_enter(client, site_tree):
    from editorial.services.provisioning import network_provision

    access = network_provision(network_page=site_tree.tracer)
    member = factories.RoleUserFactory(access=access, role="members")
    page_html(client, site_tree.tracer.url)  # kept for visitors who are not logged in

    client.force_login(member)
    html = client.get(site_tree.tracer.url).content.decode()

    assert f'href="{site_tree.intranet.url}"' in html


def test_the_index_pages_keep_their_cards(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False

    assert second_render_tables(client, site_tree.network_index.url, ["networks_networkpage"]) == []
    assert second_render_tables(client, site_tree.theme_index.url, [THEMES, "wagtailimages"]) == []


def test_a_new_network_and_theme_show_on_the_index_pages_at_once(client, site_tree):
    page_html(client, site_tree.network_index.url), page_html(client, site_tree.theme_index.url)

    factories.NetworkPageFactory(parent=site_tree.network_index, title="Nieuw netwerk")
    factories.ThemePageFactory(parent=site_tree.theme_index, title="Nieuw thema")

    assert "Nieuw netwerk" in page_html(client, site_tree.network_index.url)
    assert "Nieuw thema" in page_html(client, site_tree.theme_index.url)
