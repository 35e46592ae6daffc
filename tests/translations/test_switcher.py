"""The language switcher, `hreflang` alternates and `lang` attributes.

Three kinds of page: one with an English translation, one in Dutch only, and one in a closed
area (whose English title must not reach anyone who may not enter it).
"""

import re
from html import unescape

import pytest

from access.selectors import network_access_for
from tests import factories

pytestmark = pytest.mark.django_db


def switcher_links(html: str) -> dict[str, str]:
    """{language code: href} of the switcher's links (the current language has none)."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert nav, "no language switcher"
    return dict(
        (code, unescape(href))
        for href, code in re.findall(r'<a href="([^"]*)" lang="(\w+)" hreflang="\w+"', nav[0])
    )


def hreflang_set(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def html_lang(html: str) -> str:
    return re.search(r'<html lang="([\w-]+)">', html)[1]


def test_translated_page_links_to_its_counterpart_both_ways(client, english_tree):
    dutch = client.get("/nl/netwerken/tracer/").content.decode()
    english = client.get("/en/networks/tracer/").content.decode()

    assert switcher_links(dutch) == {"en": "/en/networks/tracer/"}
    assert switcher_links(english) == {"nl": "/nl/netwerken/tracer/"}
    assert 'lang="nl" aria-current="true">Nederlands' in dutch
    assert 'lang="en" aria-current="true">English' in english
    assert html_lang(dutch) == "nl"
    assert html_lang(english) == "en"


def test_translated_page_has_hreflang_for_both_languages_and_x_default(client, english_tree):
    expected = {
        "nl": "http://testserver/nl/netwerken/tracer/",
        "en": "http://testserver/en/networks/tracer/",
        "x-default": "http://testserver/nl/netwerken/tracer/",
    }
    assert hreflang_set(client.get("/nl/netwerken/tracer/").content.decode()) == expected
    assert hreflang_set(client.get("/en/networks/tracer/").content.decode()) == expected


def test_english_sections_have_english_addresses(client, english_tree):
    for url in ("/en/", "/en/networks/", "/en/themes/", "/en/themes/mobility/", "/en/events/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert html_lang(response.content.decode()) == "en"
    assert client.get("/en/search/", {"q": "mobility"}).status_code == 200
    assert client.get("/en/events/archive/").status_code == 200


def test_agenda_archive_switches_to_the_archive_in_the_other_language(client, english_tree):
    html = client.get("/nl/agenda/archief/").content.decode()
    assert switcher_links(html) == {"en": "/en/events/archive/"}
    html = client.get("/en/events/archive/?theme=mobility").content.decode()
    assert switcher_links(html) == {"nl": "/nl/agenda/archief/?theme=mobiliteit"}


def test_the_language_switch_keeps_the_agendas_filters_in_the_other_languages_words(
    client, english_tree
):
    html = client.get("/en/events/?theme=mobility&network=tracer&page=2").content.decode()
    dutch = switcher_links(html)["nl"]

    assert dutch == "/nl/agenda/?theme=mobiliteit&network=tracer"
    response = client.get(dutch)
    assert response.context["selected_theme"].pk == english_tree.site.mobility.pk
    assert response.context["selected_network"].pk == english_tree.site.tracer.pk
    assert "geen beschikbare keuze" not in response.content.decode()

    html = client.get("/nl/agenda/?theme=mobiliteit").content.decode()
    english = switcher_links(html)["en"]
    assert english == "/en/events/?theme=mobility"
    assert client.get(english).context["selected_theme"].pk == english_tree.mobility.pk


def test_an_untranslated_filter_keeps_its_dutch_name_and_an_unknown_one_is_dropped(
    client, english_tree
):
    html = client.get("/nl/agenda/?network=diamond&theme=bestaat-niet").content.decode()

    # Diamond has no English page: the English agenda lists it under its Dutch slug.
    assert switcher_links(html) == {"en": "/en/events/?network=diamond"}


def test_view_that_is_not_a_page_switches_to_its_translated_address(client, english_tree):
    html = client.get("/nl/zoeken/", {"q": "mobiliteit"}).content.decode()
    assert switcher_links(html) == {"en": "/en/search/?q=mobiliteit"}
    assert hreflang_set(html) == {}


def test_untranslated_page_links_to_the_english_notice_without_hreflang(client, english_tree):
    project = english_tree.site.tracer_project
    html = client.get(project.url).content.decode()

    english_url = f"/en/networks/tracer/{project.slug}/"
    assert switcher_links(html) == {"en": english_url}
    assert f'<a href="{english_url}" lang="en" hreflang="en" rel="nofollow">' in html
    assert hreflang_set(html) == {}


def test_dutch_only_page_asked_in_english_gets_a_notice_not_a_bare_404(client, english_tree):
    project = english_tree.site.tracer_project
    project.listing_summary = "Jongeren leren op de werkvloer."
    project.save_revision().publish()

    response = client.get(f"/en/networks/tracer/{project.slug}/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "available in Dutch only" in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'href="{project.url}" hreflang="nl"' in html
    assert '<blockquote class="dutch-only__summary" lang="nl"><p>Jongeren leren' in html
    assert f'<h1 lang="nl">{project.title}</h1>' in html
    assert html_lang(html) == "en"
    assert hreflang_set(html) == {}
    assert switcher_links(html) == {"nl": project.url}


def test_dutch_address_under_en_redirects_to_the_english_page(client, english_tree):
    response = client.get("/en/netwerken/tracer/")
    assert response.status_code == 302
    assert response["Location"] == "/en/networks/tracer/"


def test_dutch_only_page_under_a_dutch_address_in_english_gets_the_notice(client, english_tree):
    project = english_tree.site.tracer_project
    response = client.get(f"/en/netwerken/tracer/{project.slug}/")
    assert response.status_code == 404
    assert "available in Dutch only" in response.content.decode()


def test_unknown_english_address_is_a_plain_404(client, english_tree):
    response = client.get("/en/networks/tracer/does-not-exist/")
    assert response.status_code == 404
    assert "available in Dutch only" not in response.content.decode()


def test_english_listing_marks_dutch_only_pages_with_lang(client, english_tree):
    project = english_tree.site.tracer_project
    html = client.get("/en/networks/tracer/").content.decode()

    assert f'<a href="{project.url}" lang="nl" hreflang="nl">{project.title}</a>' in html
    assert '<span class="language-note">(in Dutch)</span>' in html
    # The translated theme tag links to the English theme, unmarked.
    assert '<a class="tag tag--link" href="/en/themes/mobility/">Mobility</a>' in html


def test_english_agenda_lists_dutch_events_marked_as_dutch(client, english_tree):
    event = english_tree.site.agenda_event
    html = client.get("/en/events/").content.decode()
    assert f'<a href="{event.url}" lang="nl" hreflang="nl">{event.title}</a>' in html


def test_english_theme_filter_finds_events_tagged_with_the_dutch_theme(client, english_tree):
    html = client.get("/en/events/", {"theme": "mobility"}).content.decode()
    assert english_tree.site.network_event.title in html
    assert english_tree.site.agenda_event.title not in html


class TestClosedArea:
    """The English intranet page exists; its English title reaches members only."""

    SECRET = "Secret members corner"

    def test_anonymous_reader_is_sent_to_log_in_without_the_title(self, client, english_tree):
        response = client.get("/en/networks/tracer/members-corner/")
        assert response.status_code == 302
        assert self.SECRET not in response.content.decode()

    def test_reader_without_access_gets_403_without_the_title(self, client, english_tree):
        client.force_login(factories.UserFactory())
        response = client.get("/en/networks/tracer/members-corner/")
        assert response.status_code == 403
        assert self.SECRET not in response.content.decode()

    def test_public_pages_never_show_the_closed_area_title(self, client, english_tree):
        for url in ("/en/networks/tracer/", "/nl/netwerken/tracer/"):
            assert self.SECRET not in client.get(url).content.decode()

    def test_member_gets_switcher_but_no_hreflang(self, client, english_tree):
        member = factories.RoleUserFactory(
            access=network_access_for(page=english_tree.site.tracer), role="members"
        )
        client.force_login(member)
        html = client.get("/en/networks/tracer/members-corner/").content.decode()

        assert self.SECRET in html
        assert switcher_links(html) == {"nl": english_tree.site.intranet.url}
        assert hreflang_set(html) == {}
        assert html_lang(html) == "en"

    def test_the_dutch_only_notice_of_a_closed_page_is_never_cached_or_indexed(
        self, client, english_tree
    ):
        # #17: the notice for a reader of the closed page went out without private headers.
        partner = factories.RoleUserFactory(
            access=network_access_for(page=english_tree.site.tracer), role="partners"
        )
        client.force_login(partner)
        extranet = english_tree.site.extranet
        response = client.get(f"/en/networks/tracer/{extranet.slug}/")

        assert response.status_code == 404
        assert "available in Dutch only" in response.content.decode()
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()

    def test_dutch_only_closed_page_in_english_is_a_plain_404_for_outsiders(
        self, client, english_tree
    ):
        extranet = english_tree.site.extranet
        response = client.get(f"/en/networks/tracer/{extranet.slug}/")
        assert response.status_code == 404
        html = response.content.decode()
        assert "available in Dutch only" not in html
        assert extranet.title not in html


def test_english_search_finds_english_pages_and_dutch_only_pages_marked(client, english_tree):
    html = client.get("/en/search/", {"q": "Mobility"}).content.decode()
    assert 'href="/en/themes/mobility/"' in html
    project = english_tree.site.tracer_project
    html = client.get("/en/search/", {"q": project.title}).content.decode()
    assert f'<a href="{project.url}" lang="nl" hreflang="nl">' in html
    # The Dutch network has an English translation: only that one is listed in English.
    html = client.get("/en/search/", {"q": "Tracer"}).content.decode()
    assert 'href="/nl/netwerken/tracer/"' not in html


def test_sitemap_lists_pages_of_both_languages_but_no_closed_ones(client, english_tree):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/nl/netwerken/tracer/</loc>" in xml
    assert "/en/networks/tracer/</loc>" in xml
    assert "members-corner" not in xml


def test_english_agenda_marks_a_dutch_events_location_as_dutch(client, english_tree):
    event = english_tree.site.agenda_event
    event.location = "Vergaderzaal Brussel"
    event.save_revision().publish()
    html = client.get("/en/events/").content.decode()
    assert '<span lang="nl">Vergaderzaal Brussel</span>' in html


# Last: the only test here without the English tree (tests/worldcache.py builds a world once
# for consecutive tests that ask for it).
def test_english_home_missing_still_gives_the_notice_not_dutch_content(client, site_tree):
    response = client.get("/en/netwerken/tracer/")
    assert response.status_code == 404
    assert "available in Dutch only" in response.content.decode()
