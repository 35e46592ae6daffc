"""What every public site has: robots.txt, descriptions and share cards, no outside requests."""

from html.parser import HTMLParser

from django.conf import settings
from wagtail.users.utils import get_gravatar_url

from tests import factories


def meta_tags(content: bytes) -> dict[str, list[str]]:
    """The <meta> tags of a page: name or property -> contents."""

    class Parser(HTMLParser):
        tags: dict[str, list[str]] = {}

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            key = attrs.get("name") or attrs.get("property")
            if tag == "meta" and key:
                self.tags.setdefault(key, []).append(attrs.get("content", ""))

    parser = Parser()
    parser.tags = {}
    parser.feed(content.decode())
    return parser.tags


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_the_closed_areas(client, site_tree):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Disallow: {site_tree.intranet.url}" in lines
    assert f"Disallow: {site_tree.extranet.url}" in lines
    assert f"Disallow: {site_tree.tracer.url}" not in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_of_a_site_without_closed_pages(client, home_page):
    lines = client.get("/robots.txt").content.decode().splitlines()

    assert [line for line in lines if line.startswith("Disallow")] == ["Disallow: /admin/"]


def test_a_page_describes_itself_from_its_summary_and_shares_as_a_card(client, site_tree):
    page = site_tree.tracer_project
    page.search_description = ""
    page.listing_summary = "Leren op de <b>werkvloer</b>, " + "lang " * 100
    page.save()

    tags = meta_tags(client.get(page.url).content)

    (description,) = tags["description"]
    assert description.startswith("Leren op de werkvloer, lang")
    assert len(description) <= 300
    assert tags["og:title"] == [page.title]
    assert tags["og:description"] == [description]
    assert tags["og:url"] == [f"http://testserver{page.url}"]
    assert tags["og:locale"] == ["nl"]
    assert tags["og:site_name"]
    assert "og:image" not in tags


def test_the_search_description_wins_and_an_image_becomes_the_share_picture(client, site_tree):
    page = site_tree.tracer_project
    page.search_description = "Wat zoekmachines tonen"
    page.listing_image = factories.ImageFactory()
    page.save()

    tags = meta_tags(client.get(page.url).content)

    assert tags["description"] == ["Wat zoekmachines tonen"]
    (image,) = tags["og:image"]
    assert image.startswith("http://testserver/")
    assert tags["twitter:card"] == ["summary_large_image"]


def test_a_page_with_nothing_to_say_has_no_empty_description(client, home_page):
    home_page.search_description = ""
    home_page.intro = ""
    home_page.save()

    tags = meta_tags(client.get(home_page.url).content)

    assert "description" not in tags
    assert tags["og:title"] == [home_page.title]


def test_the_admin_asks_gravatar_for_nothing():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    user = factories.UserFactory.build(email="iemand@example.org")
    assert get_gravatar_url(user.email) is None


def test_the_agenda_filter_form_posts_to_its_own_address(client, site_tree):
    response = client.get(site_tree.agenda.url)

    assert b'action=""' not in response.content
    assert f'action="{site_tree.agenda.url}"'.encode() in response.content


def test_robots_txt_never_names_a_closed_areas_own_address(client, site_tree):
    site_tree.intranet.slug = "fusieplannen-2027"
    site_tree.intranet.save_revision().publish()

    content = client.get("/robots.txt").content.decode()

    assert "fusieplannen" not in content
    assert f"Disallow: {site_tree.extranet.url}" in content
