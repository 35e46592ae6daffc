from datetime import timedelta

from django.utils import timezone

from core.lens import LENS_COOKIE
from tests import factories
from tests.budgets import second_render_tables
from tests.utils import publish_then_draft, queries_of_a_fresh_render, themes_with_images


def test_root_redirects_to_dutch_whatever_the_browser_asks(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


PUBLIC_PAGES = [
    "home",
    "theme_index",
    "mobility",
    "network_index",
    "tracer",
    "tracer_project",
    "agenda",
    "network_event",
    "agenda_event",
    "past_event",
    "news_index",
    "news_new",
    "content_page",
]


def test_every_public_page_answers(client, site_tree, subtests):
    for name in PUBLIC_PAGES:
        with subtests.test(page=name):
            assert client.get(getattr(site_tree, name).url).status_code == 200


def test_the_public_urls_are_the_dutch_ones(client, site_tree, subtests):
    for url in [
        "/nl/",
        "/nl/themas/",
        "/nl/themas/mobiliteit/",
        "/nl/netwerken/",
        "/nl/netwerken/tracer/",
        "/nl/netwerken/tracer/werkend-leren/",
        "/nl/agenda/",
        "/nl/agenda/archief/",
        "/nl/agenda/roadshow-diversiteit/",
        "/nl/nieuws/",
        "/nl/nieuws/oproep-thesisprijs/",
        "/nl/over-ons/",
        "/nl/zoeken/?q=x",
    ]:
        with subtests.test(url=url):
            assert client.get(url).status_code == 200


def test_an_unknown_url_gets_the_sites_own_404_page(client, home_page):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert {"404.html", "base.html"} <= {template.name for template in response.templates}
    content = response.content.decode()
    assert "DKC MVO" in content
    assert 'href="#main"' in content  # the skip link of base.html


def test_home_page_shows_live_sections(client, site_tree):
    content = client.get("/nl/").content.decode()
    for page in (site_tree.mobility, site_tree.tracer, site_tree.network_event, site_tree.news_new):
        assert page.title in content
    assert site_tree.past_event.title not in content


def test_home_page_never_shows_drafts(client, site_tree):
    drafts = [
        factories.ThemePageFactory(
            parent=site_tree.theme_index, title="Thema in opmaak", live=False
        ),
        factories.NetworkPageFactory(
            parent=site_tree.network_index, title="Netwerk in opmaak", live=False
        ),
        factories.EventPageFactory(parent=site_tree.agenda, title="Sessie in opmaak", live=False),
        factories.NewsPageFactory(
            parent=site_tree.news_index, title="Bericht in opmaak", live=False
        ),
    ]
    publish_then_draft(site_tree.mobility, "Mobiliteit in herwerking")
    publish_then_draft(site_tree.news_new, "Folder in herwerking")

    content = client.get("/nl/").content.decode()

    for draft in drafts:
        assert draft.title not in content
    assert "Mobiliteit in herwerking" not in content
    assert "Folder in herwerking" not in content
    assert site_tree.mobility.title in content
    assert site_tree.news_new.title in content


def test_home_costs_the_same_queries_for_2_and_10_themes_with_images(
    client, home_page, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    themes_with_images(2)
    with_two = queries_of_a_fresh_render(client, "/nl/")
    themes_with_images(8)
    with_ten = queries_of_a_fresh_render(client, "/nl/")

    assert client.get("/nl/").content.decode().count('class="card__image"') == 10
    assert with_ten == with_two


def _home_event_titles(client, url: str) -> list[str]:
    content = client.get(url).content.decode()
    titles = ["Eerst groot", "Dan klein"]
    return sorted(titles, key=lambda title: content.index(f">{title}<"))


def test_the_home_sections_are_kept_per_lens_and_forgotten_on_publish(client, home_page, settings):
    settings.PAGE_CACHE_ENABLED = False  # every request renders; only the fragment is kept
    now = timezone.now()
    factories.EventPageFactory(title="Eerst groot", audience="large", start=now + timedelta(1))
    factories.EventPageFactory(title="Dan klein", audience="small", start=now + timedelta(2))

    assert _home_event_titles(client, home_page.url) == ["Eerst groot", "Dan klein"]
    client.cookies[LENS_COOKIE] = "ko"
    assert _home_event_titles(client, home_page.url) == ["Dan klein", "Eerst groot"]
    del client.cookies[LENS_COOKIE]
    assert _home_event_titles(client, home_page.url) == ["Eerst groot", "Dan klein"]

    factories.EventPageFactory(title="Pas gepubliceerd", start=now + timedelta(hours=3))

    assert ">Pas gepubliceerd<" in client.get(home_page.url).content.decode()


def test_a_second_render_of_the_home_page_reads_no_listing(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    listed = ["events_eventpage", "news_newspage", "themes_themepage", "networks_networkpage"]

    assert second_render_tables(client, site_tree.home.url, listed) == []


def test_a_member_and_an_anonymous_reader_get_the_same_home_sections(
    client, site_tree, settings, django_user_model
):
    settings.PAGE_CACHE_ENABLED = False
    anonymous = client.get(site_tree.home.url).content.decode()
    member = django_user_model.objects.create_user("lid", password="geheim-wachtwoord-1")
    client.force_login(member)

    logged_in = client.get(site_tree.home.url).content.decode()

    def sections(content: str) -> str:
        return content[content.index('aria-labelledby="home-themes"') : content.index("</main>")]

    assert sections(logged_in) == sections(anonymous)
    assert "csrfmiddlewaretoken" not in sections(logged_in)
