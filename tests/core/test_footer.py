import re

from django.utils import translation
from django.utils.translation import gettext

from core.models import FooterSettings

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
