"""The KO/GO lens: three plain links in the header set or clear one cookie; with a lens on,
each KO/GO block shows that nuance first (the other one click away) and the page says so.
Without a lens nothing changes: the same page, no cookie set, no session."""

import pytest

from core.lens import LENS_COOKIE
from tests import factories
from tests.core.test_blocks import KO_GO_BODY

SMALL = "In een kleine firma vraagt de zaakvoerder het op een teamoverleg."
LARGE = "Een grote organisatie bevraagt per vestiging, met de ondernemingsraad."
NOTICE = "U bekijkt deze site met de lens"


@pytest.fixture
def theme(home_page):
    return factories.ThemePageFactory(title="Mobiliteit", body=KO_GO_BODY)


def test_the_header_offers_the_three_choices_as_plain_links(client, theme):
    content = client.get(theme.url).content.decode()

    assert '<nav class="lens-nav" aria-label="Lens">' in content
    next_query = "?next=" + theme.url
    assert f'href="/nl/lens/ko/{next_query}"' in content
    assert f'href="/nl/lens/go/{next_query}"' in content
    assert f'href="/nl/lens/alles/{next_query}" aria-current="true">Alles</a>' in content
    assert "Kleine organisatie</a>" in content and "Grote organisatie</a>" in content
    assert 'rel="nofollow"' in content


def test_the_english_links_are_in_english(client, home_page):
    content = client.get("/en/search/").content.decode()

    assert 'href="/en/lens/all/?next=' in content
    assert "Small organisation</a>" in content and "Everything</a>" in content


def test_a_link_sets_the_cookie_and_returns_to_the_page(client, theme):
    response = client.get("/nl/lens/ko/", {"next": theme.url})

    assert response.status_code == 302
    assert response["Location"] == theme.url
    cookie = response.cookies[LENS_COOKIE]
    assert cookie.value == "ko"
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert "no-store" in response["Cache-Control"]
    assert "sessionid" not in response.cookies


def test_everything_clears_the_cookie(client, theme):
    client.cookies[LENS_COOKIE] = "go"

    response = client.get("/nl/lens/alles/", {"next": theme.url})

    assert response["Location"] == theme.url
    assert response.cookies[LENS_COOKIE].value == ""
    assert response.cookies[LENS_COOKIE]["max-age"] == 0


def test_the_cookie_is_secure_where_the_session_cookie_is(client, settings, theme):
    settings.SESSION_COOKIE_SECURE = True

    response = client.get("/nl/lens/go/", {"next": theme.url})

    assert response.cookies[LENS_COOKIE]["secure"]


@pytest.mark.parametrize("value", ["middel", "KO", "alles-behalve", "1"])
def test_an_unknown_value_changes_nothing(client, theme, value):
    response = client.get(f"/nl/lens/{value}/", {"next": theme.url})

    assert response.status_code == 302
    assert LENS_COOKIE not in response.cookies


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"]
)
def test_the_way_back_never_leaves_the_site(client, home_page, next_url):
    response = client.get("/nl/lens/ko/", {"next": next_url})

    assert response.status_code == 302
    assert response["Location"] == "/nl/"


@pytest.mark.parametrize("value", ["xx", "ko ", "<script>", "alles"])
def test_an_unknown_cookie_value_is_no_lens(client, theme, value):
    client.cookies[LENS_COOKIE] = value

    content = client.get(theme.url).content.decode()

    assert NOTICE not in content
    assert content.index(SMALL) < content.index(LARGE)
    assert "<details" not in content


def test_without_a_lens_the_page_is_as_before_and_sets_no_cookie(client, theme):
    response = client.get(theme.url)
    content = response.content.decode()

    assert NOTICE not in content
    assert content.index(SMALL) < content.index(LARGE)
    assert "<details" not in content
    assert not response.cookies
    assert "X-Lens" not in response
    # The lens adds no Vary of its own: a cache keys on the dkc_lens value (docs/readers.md).
    client.cookies[LENS_COOKIE] = "ko"
    assert client.get(theme.url).get("Vary") == response.get("Vary")


@pytest.mark.parametrize("path", ["/nl/", "/en/search/", "/nl/zoeken/?q=mobiliteit", "/nl/agenda/"])
def test_no_page_view_sets_a_cookie(client, site_tree, path):
    response = client.get(path, follow=True)

    assert response.status_code == 200
    assert not response.cookies


def test_the_small_lens_shows_the_small_nuance_first_and_keeps_the_large_one(client, theme):
    client.cookies[LENS_COOKIE] = "ko"

    response = client.get(theme.url)
    content = response.content.decode()

    assert content.index(SMALL) < content.index(LARGE)
    details = content.index("<details")
    assert content.index(SMALL) < details < content.index(LARGE)
    assert response["X-Lens"] == "ko"
    assert not response.cookies


def test_the_large_lens_shows_the_large_nuance_first_and_keeps_the_small_one(client, theme):
    client.cookies[LENS_COOKIE] = "go"

    content = client.get(theme.url).content.decode()

    assert content.index(LARGE) < content.index("<details") < content.index(SMALL)


def test_a_lens_without_its_nuance_shows_the_block_as_written(client, home_page):
    body = [{"type": "ko_go", "value": {"shared": "<p>Voor iedereen.</p>", "go": "<p>Groot.</p>"}}]
    theme = factories.ThemePageFactory(body=body)
    client.cookies[LENS_COOKIE] = "ko"

    content = client.get(theme.url).content.decode()

    assert "Groot." in content and "<details" not in content


def test_the_page_says_which_lens_is_on_with_a_way_out(client, theme):
    client.cookies[LENS_COOKIE] = "ko"

    content = client.get(theme.url).content.decode()

    assert "U bekijkt deze site met de lens: kleine organisaties" in content
    assert f'href="/nl/lens/alles/?next={theme.url}">Lens uit</a>' in content
    assert 'aria-current="true">Kleine organisatie</a>' in content


def test_the_english_notice(client, home_page):
    client.cookies[LENS_COOKIE] = "go"

    content = client.get("/en/search/").content.decode()

    assert "You are viewing this site with the lens: large organisations" in content
    assert ">Lens off</a>" in content


def test_lens_from_request_reads_only_the_two_values(rf):
    from core.lens import lens_from_request

    request = rf.get("/")
    assert lens_from_request(request) is None
    request.COOKIES[LENS_COOKIE] = "go"
    assert lens_from_request(request) == "go"
    request.COOKIES[LENS_COOKIE] = "GO"
    assert lens_from_request(request) is None


@pytest.mark.parametrize("path", ["/nl/lens/alles/", "/en/lens/all/"])
def test_the_everything_link_clears_the_lens_in_either_language(client, theme, path):
    client.cookies[LENS_COOKIE] = "ko"

    response = client.get(path, {"next": theme.url})

    assert response.status_code == 302
    assert response.cookies[LENS_COOKIE].value == ""
    assert response.cookies[LENS_COOKIE]["max-age"] == 0


def test_a_translation_of_all_cannot_change_the_everything_address(client, theme):
    """The address is fixed per language (core.lens.LENS_OFF_SLUGS), not a translated text."""
    from django.utils.translation import trans_real

    catalog = trans_real.translation("nl")._catalog
    original = catalog.get("all")
    catalog["all"] = "allemaal"
    try:
        client.cookies[LENS_COOKIE] = "go"
        content = client.get(theme.url).content.decode()
    finally:
        catalog["all"] = original
    assert 'href="/nl/lens/alles/?next=' in content
    assert "/nl/lens/allemaal/" not in content
