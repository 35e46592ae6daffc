import re

from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Site

from core.models import FooterSettings
from tests import factories
from translations.services import page_translation_save

STANDARD_LINE = (
    "This website and the learning networks on CSR are co-financed by the European Social Fund"
    " and the Flemish government."
)


def standard_cofinancing_line() -> str:
    with translation.override("nl"):
        return gettext(STANDARD_LINE)


def logo_sources(content: str) -> list[str]:
    return [
        f"{src} {alt}".lower()
        for src, alt in re.findall(r'<img[^>]*src="([^"]*)"[^>]*alt="([^"]*)"', content)
    ]


FOOTED_PAGES = [
    "home",
    "theme_index",
    "mobility",
    "network_index",
    "tracer",
    "tracer_project",
    "intranet",
    "agenda",
    "network_event",
    "news_index",
    "news_new",
    "content_page",
]


def assert_footer(content: str, cofinancing_line: str) -> None:
    logos = logo_sources(content)
    assert any("esf" in logo for logo in logos), logos
    assert any("vlaanderen" in logo for logo in logos), logos
    assert cofinancing_line in content


def test_every_page_carries_the_esf_and_flemish_logos(superuser_client, site_tree, subtests):
    # Logged in, so that the intranet (a closed page) is served too.
    line = standard_cofinancing_line()
    for name in FOOTED_PAGES:
        with subtests.test(page=name):
            response = superuser_client.get(getattr(site_tree, name).url)
            assert response.status_code == 200
            assert_footer(response.content.decode(), line)


def test_search_archive_and_404_pages_carry_the_logos_too(client, site_tree, subtests):
    line = standard_cofinancing_line()
    for url, status in [
        ("/nl/zoeken/?q=x", 200),
        ("/nl/agenda/archief/", 200),
        ("/nl/bestaat-niet/", 404),
    ]:
        with subtests.test(url=url):
            response = client.get(url)
            assert response.status_code == status
            assert_footer(response.content.decode(), line)


def test_the_editors_cofinancing_line_replaces_the_standard_one(client, site_tree):
    footer = FooterSettings.for_site(site_tree.home.get_site())
    footer.cofinancing_text = "Met steun van het ESF-Agentschap Vlaanderen en Europa."
    footer.save()

    content = client.get(site_tree.mobility.url).content.decode()

    assert_footer(content, "Met steun van het ESF-Agentschap Vlaanderen en Europa.")
    assert standard_cofinancing_line() not in content


def footer_links(content: str) -> dict[str, str]:
    """{label: href} of the footer's service links (contact, ESF, statements, manual)."""
    service = re.search(
        r'<ul class="site-footer__links site-footer__service">(.*?)</ul>', content, re.S
    )
    assert service, "no service links in the footer"
    return {
        label.strip(): href
        for href, label in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', service[1])
    }


def _footer_pages(site_tree) -> FooterSettings:
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.contact_page = site_tree.content_page
    footer.esf_page = factories.ContentPageFactory(parent=site_tree.home, title="ESF", slug="esf")
    footer.privacy_page = factories.ContentPageFactory(
        parent=site_tree.home, title="Privacyverklaring", slug="privacy"
    )
    footer.accessibility_page = factories.ContentPageFactory(
        parent=site_tree.home, title="Toegankelijkheid", slug="toegankelijkheid"
    )
    footer.save()
    return footer


def test_every_footer_links_contact_esf_the_statements_and_the_manual(client, site_tree):
    footer = _footer_pages(site_tree)

    links = footer_links(client.get(site_tree.tracer_project.url).content.decode())

    assert links == {
        "Contact": footer.contact_page.url,
        "Europees Sociaal Fonds": "/nl/esf/",
        "Privacy": "/nl/privacy/",
        "Toegankelijkheid": "/nl/toegankelijkheid/",
        "Begrippenlijst": "/nl/begrippen/",
        "Handleiding voor redacteurs": "/admin/manual/",
    }


def test_an_english_footer_links_the_english_page_where_one_exists(client, site_tree):
    footer = _footer_pages(site_tree)
    page_translation_save(page=site_tree.home, strings={"title": "Home", "slug": "home"})
    page_translation_save(page=footer.esf_page, strings={"title": "ESF", "slug": "esf-en"})

    content = client.get("/en/").content.decode()
    links = footer_links(content)

    assert links["European Social Fund"] == "/en/esf-en/"
    assert links["Glossary"] == "/en/glossary/"
    # Untranslated: the Dutch page, marked as Dutch for screen readers.
    assert links["Privacy"] == "/nl/privacy/"
    assert 'href="/nl/privacy/" lang="nl" hreflang="nl"' in content


def test_an_unpublished_or_closed_footer_page_is_not_linked(client, site_tree):
    footer = _footer_pages(site_tree)
    footer.privacy_page.unpublish()
    footer.contact_page = site_tree.intranet
    footer.save()

    links = footer_links(client.get(site_tree.home.url).content.decode())

    assert set(links) == {
        "Europees Sociaal Fonds",
        "Toegankelijkheid",
        "Begrippenlijst",
        "Handleiding voor redacteurs",
    }


def test_without_chosen_pages_the_footer_still_links_the_manual(client, site_tree):
    links = footer_links(client.get(site_tree.home.url).content.decode())

    assert links == {
        "Begrippenlijst": "/nl/begrippen/",
        "Handleiding voor redacteurs": "/admin/manual/",
    }
