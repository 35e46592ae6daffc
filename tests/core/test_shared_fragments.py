"""The parts every page shares are kept between requests (core.fragments: the menu, the
footer, breadcrumbs, index addresses, the locales, the network and theme pages listings
name), and every change a reader could see forgets them: the next page shows the change."""

from django.core.cache import caches
from wagtail.models import Page, Site

from core.models import FooterSettings
from editorial.services.provisioning import network_provision
from tests import factories


def page_html(client, url: str) -> str:
    caches["pages"].clear()  # the stored pages are pagecache's (tests/pagecache)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_page_published_in_the_menu_is_in_the_next_menu(client, site_tree):
    assert "Over de netwerken" not in page_html(client, "/nl/")

    page = factories.ContentPageFactory(
        parent=site_tree.home, title="Over de netwerken", show_in_menus=True, live=False
    )
    page.save_revision().publish()

    assert "Over de netwerken" in page_html(client, "/nl/")


def test_an_unpublished_menu_page_leaves_the_menu(client, site_tree):
    site_tree.content_page.show_in_menus = True
    site_tree.content_page.save_revision().publish()
    assert 'href="/nl/over-ons/"' in page_html(client, site_tree.theme_index.url)

    Page.objects.get(pk=site_tree.content_page.pk).specific.unpublish()

    assert 'href="/nl/over-ons/"' not in page_html(client, site_tree.theme_index.url)


def test_a_new_theme_published_is_in_the_menu_of_themes_and_on_tagged_pages(client, site_tree):
    page_html(client, site_tree.tracer_project.url)
    theme = factories.ThemePageFactory(parent=site_tree.theme_index, title="Circulair", live=False)
    theme.save_revision().publish()
    project = site_tree.tracer_project
    project.themes.add(theme)
    project.save_revision().publish()

    assert "Circulair" in page_html(client, site_tree.theme_index.url)
    assert "Circulair" in page_html(client, site_tree.tracer_project.url)


def test_a_renamed_network_is_named_so_on_the_next_agenda(client, site_tree):
    network_provision(network_page=site_tree.tracer)
    assert "TRACER" in page_html(client, site_tree.agenda.url)

    tracer = Page.objects.get(pk=site_tree.tracer.pk).specific
    tracer.title = "Tracer vernieuwd"
    tracer.short_name = "TRACER2"
    tracer.save_revision().publish()

    assert "TRACER2" in page_html(client, site_tree.agenda.url)


def test_a_footer_settings_change_is_in_the_next_footer(client, site_tree):
    assert "Kunstlaan 1" not in page_html(client, "/nl/")

    settings = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_text = "Kunstlaan 1, Brussel"
    settings.save()

    assert "Kunstlaan 1" in page_html(client, "/nl/")
    assert "Kunstlaan 1" in page_html(client, site_tree.agenda.url)
