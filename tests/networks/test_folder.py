"""The network folder (networks/folder.py): every live network on one leaflet, on screen, in
print and as a PDF printed on the server (core/pdf.py), in Dutch and English; one network's
folder; the logos and co-financing line on every page of the PDF."""

import io
import socket
import urllib.request

import pypdf
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    PageViewRestriction,
    Site,
)

from core.models import FooterSettings
from core.pdf import RefusedAddress, html_to_pdf, local_file_fetcher
from tests import factories
from tests.core.test_footer import STANDARD_LINE, standard_cofinancing_line
from tests.utils import publish_then_draft

# The shipped SVG logos are drawn as vector graphics: their titles are the PDF's text.
ESF_LOGO_TEXT = "Europese Unie Europees Sociaal Fonds"
FLANDERS_LOGO_TEXT = "Vlaanderen Vlaamse overheid"


def _english(page, **fields):
    english = page.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    for name, value in fields.items():
        setattr(english, name, value)
    english.save_revision().publish()
    return english


def _pdf_pages(content: bytes) -> list[str]:
    """The text of each page; pypdf breaks lines where the layout does, so spaces are joined."""
    reader = pypdf.PdfReader(io.BytesIO(content))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _image_count(page) -> int:
    xobjects = page["/Resources"].get("/XObject")
    if xobjects is None:
        return 0
    return sum(
        1
        for xobject in xobjects.get_object().values()
        if xobject.get_object()["/Subtype"] == "/Image"
    )


@pytest.fixture
def networks(site_tree):
    """Tracer and Diamond live; a draft, a private and a changed-but-unpublished network."""
    tree = site_tree
    tree.tracer.contact_phone = "09 123 45 67"
    tree.tracer.address = "Kerkstraat 1\n9000 Gent"
    tree.tracer.website = "https://tracer.example.org/"
    tree.tracer.aim = "Werkt aan duurzame mobiliteit."
    tree.tracer.save_revision().publish()
    tree.draft = factories.NetworkPageFactory(
        parent=tree.network_index, title="Ongepubliceerd netwerk", live=False
    )
    tree.private = factories.NetworkPageFactory(parent=tree.network_index, title="Besloten netwerk")
    PageViewRestriction.objects.create(page=tree.private, restriction_type="login")
    publish_then_draft(tree.diamond, "Diamond nog niet goedgekeurd")
    return tree


# --- The web page ----------------------------------------------------------------------------


def test_the_dutch_folder_lists_every_live_network_and_nothing_closed_or_draft(client, networks):
    response = client.get("/nl/folder/")

    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        "TRACER",
        "Tracer",
        "Werkt aan duurzame mobiliteit.",
        "Mobiliteit",
        "Coordinator Test",
        "netwerk@example.org",
        "09 123 45 67",
        "Kerkstraat 1<br>9000 Gent",
        "https://tracer.example.org/",
        "DIAMOND",
        "Diversiteit",
        'href="http://testserver/nl/netwerken/tracer/"',
        'href="/nl/folder/pdf/"',
        "Netwerkfolder",
    ]:
        assert text in content, text
    for hidden in ["Ongepubliceerd netwerk", "Besloten netwerk", "Diamond nog niet goedgekeurd"]:
        assert hidden not in content
    assert 'rel="stylesheet" href="/static/networks/folder.css"' in content


def test_the_english_folder_shows_translations_and_dutch_where_untranslated(client, networks):
    _english(networks.mobility, title="Mobility", slug="mobility")
    _english(
        networks.tracer, title="Tracer EN", slug="tracer-en", aim="Works on sustainable mobility."
    )
    _english(networks.draft, title="Unpublished network EN", slug="unpublished-en")
    networks.draft.refresh_from_db()
    assert not networks.draft.live

    response = client.get("/en/folder/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Works on sustainable mobility." in content
    assert "Werkt aan duurzame mobiliteit." not in content
    assert "Mobility" in content
    assert "Network folder" in content
    # Diamond has no English page: its Dutch one, marked as Dutch.
    assert "DIAMOND" in content
    assert f'aria-labelledby="folder-network-{networks.diamond.pk}" lang="nl"' in content
    assert "Besloten netwerk" not in content
    assert "Ongepubliceerd netwerk" not in content


def test_the_folder_is_linked_from_the_network_pages(client, networks):
    assert 'href="/nl/folder/"' in client.get("/nl/netwerken/").content.decode()
    assert 'href="/nl/folder/tracer/"' in client.get(networks.tracer.url).content.decode()


def test_an_empty_folder_says_so(client, home_page):
    response = client.get("/nl/folder/")

    assert response.status_code == 200
    assert "Er zijn nog geen lerende netwerken gepubliceerd." in response.content.decode()


def test_the_folder_is_kept_by_the_page_cache_and_forgotten_on_publish(client, networks):
    first, second = client.get("/nl/folder/"), client.get("/nl/folder/")
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")

    networks.tracer.aim = "Werkt nu aan fietsen."
    networks.tracer.save_revision().publish()

    third = client.get("/nl/folder/")
    assert third.headers["X-Cache"] == "miss"
    assert "Werkt nu aan fietsen." in third.content.decode()


# --- One network -----------------------------------------------------------------------------


def test_one_networks_folder_shows_only_that_network(client, networks):
    response = client.get("/nl/folder/tracer/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Werkt aan duurzame mobiliteit." in content
    assert "DIAMOND" not in content
    assert 'href="/nl/folder/tracer/pdf/"' in content


def test_a_network_with_a_unicode_slug_has_its_folder_and_pdf_name(client, networks):
    factories.NetworkPageFactory(parent=networks.network_index, title="Créatief", slug="créatief")

    response = client.get("/nl/folder/créatief/pdf/")

    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert "filename*=utf-8''dkc-mvo-netwerkfolder-cr%C3%A9atief.pdf" in disposition


def test_one_networks_folder_in_english_by_either_slug(client, networks):
    _english(networks.tracer, slug="tracer-en", aim="Works on sustainable mobility.")

    for url in ["/en/folder/tracer-en/", "/en/folder/tracer/"]:
        content = client.get(url).content.decode()
        assert "Works on sustainable mobility." in content, url
        assert "DIAMOND" not in content


@pytest.mark.parametrize(
    "url",
    [
        "/nl/folder/bestaat-niet/",
        "/nl/folder/bestaat-niet/pdf/",
        "/en/folder/does-not-exist/",
        "/nl/folder/ongepubliceerd-netwerk/",
        "/nl/folder/besloten-netwerk/",
        "/nl/folder/besloten-netwerk/pdf/",
        "/nl/folder/intranet/",
        "/nl/folder/mobiliteit/",
        "/nl/folder/a%00b/",
        "/nl/folder/a%00b/pdf/",
        "/nl/folder/tracer%20/",
        "/nl/folder/..%2f/",
        "/nl/folder/" + "x" * 300 + "/",
    ],
)
def test_an_unknown_draft_or_closed_network_is_not_found(client, networks, url):
    assert client.get(url).status_code == 404


def test_a_network_editor_member_and_partner_get_the_same_public_folder(
    client, login, networks, subtests
):
    """Nothing personal: whoever asks, only the live, public networks."""
    anonymous = client.get("/nl/folder/").content.decode()
    users = {
        "superuser": factories.UserFactory(superuser=True),
        "someone": factories.UserFactory(),
    }
    for name, user in users.items():
        with subtests.test(user=name):
            content = login(user).get("/nl/folder/").content.decode()
            assert "Besloten netwerk" not in content
            assert "Ongepubliceerd netwerk" not in content
            assert "Werkt aan duurzame mobiliteit." in content
    assert "Besloten netwerk" not in anonymous


# --- The PDF ---------------------------------------------------------------------------------


def test_the_pdf_is_a_valid_pdf_with_every_network_and_both_logos(client, networks):
    response = client.get("/nl/folder/pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="dkc-mvo-netwerkfolder.pdf"'
    pages = _pdf_pages(response.content)
    text = " ".join(pages)
    for name in ["TRACER", "Tracer", "DIAMOND", "Diamond", "Werkt aan duurzame mobiliteit."]:
        assert name in text, name
    assert "Ongepubliceerd netwerk" not in text
    assert "Besloten netwerk" not in text
    # The page's address printed after its link; no header, menu or search.
    assert "(http://testserver/nl/netwerken/tracer/)" in text
    assert "Zoek op de website" not in text
    assert "Inloggen" not in text
    # The logos and the line at the foot of every page.
    line = " ".join(standard_cofinancing_line().split())
    for page in pages:
        assert line in page
        assert ESF_LOGO_TEXT in page
        assert FLANDERS_LOGO_TEXT in page


def test_the_english_pdf_has_its_own_name_and_line(client, networks):
    response = client.get("/en/folder/pdf/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'inline; filename="dkc-mvo-network-folder.pdf"'
    text = " ".join(_pdf_pages(response.content))
    assert STANDARD_LINE in text
    assert "TRACER" in text and "DIAMOND" in text


def test_the_pdf_carries_the_logos_uploaded_in_the_footer_settings(client, networks, media_root):
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.esf_logo = factories.ImageFactory(title="ESF-logo")
    footer.flanders_logo = factories.ImageFactory(title="Vlaanderen-logo")
    footer.save()

    response = client.get("/nl/folder/pdf/")

    reader = pypdf.PdfReader(io.BytesIO(response.content))
    # Two images on every page, the uploaded logos: the shipped ones are not used.
    assert [_image_count(page) for page in reader.pages] == [2] * len(reader.pages)
    assert ESF_LOGO_TEXT not in " ".join(_pdf_pages(response.content))


def test_one_networks_pdf(client, networks):
    response = client.get("/nl/folder/tracer/pdf/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'inline; filename="dkc-mvo-netwerkfolder-tracer.pdf"'
    )
    text = " ".join(_pdf_pages(response.content))
    assert "Werkt aan duurzame mobiliteit." in text
    assert "DIAMOND" not in text
    assert ESF_LOGO_TEXT in text and FLANDERS_LOGO_TEXT in text


def test_the_pdf_is_kept_by_the_page_cache_and_has_one_address(client, networks):
    first, second = client.get("/nl/folder/pdf/"), client.get("/nl/folder/pdf/")

    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Disposition"] == first["Content-Disposition"]
    # A made-up query string cannot make the server print it again.
    response = client.get("/nl/folder/pdf/?nieuw=1")
    assert response.status_code == 302
    assert response["Location"] == "/nl/folder/pdf/"


def test_a_post_is_refused(client, networks):
    assert client.post("/nl/folder/pdf/").status_code == 405


# --- Nothing is fetched from the network -----------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Records every attempt to open a connection (the test fails if there is one)."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return attempts


def test_a_foreign_address_in_the_html_is_never_fetched(no_network, media_root):
    html = """<html><head>
        <link rel="stylesheet" href="https://cdn.example.net/evil.css">
        <link rel="stylesheet" href="/static/css/site.css">
        </head><body>
        <img src="https://tracker.example.net/pixel.png" alt="">
        <img src="http://localhost:8000/static/img/esf-logo.svg" alt="">
        <img src="file:///etc/hostname" alt="">
        <img src="/media/original_images/geheim.png" alt="">
        <img src="/static/../../etc/hostname" alt="">
        <img src="/static/img/vlaanderen-logo.svg" alt="Vlaanderen">
        <p>Tekst</p></body></html>"""

    pdf = html_to_pdf(html, base_url="http://localhost/")

    assert no_network == []
    text = " ".join(_pdf_pages(pdf))
    assert "Tekst" in text
    assert FLANDERS_LOGO_TEXT in text  # a static file of this site: read from disk
    assert ESF_LOGO_TEXT not in text  # the same file on another port: refused


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.example.net/evil.css",
        "http://localhost.example.net/static/css/site.css",
        "http://localhost:8000/static/css/site.css",
        "https://localhost/static/css/site.css",
        "file:///etc/hostname",
        "data:text/css,body{}",
        "http://localhost/nl/folder/",
        "http://localhost/media/original_images/geheim.png",
        "http://localhost/static/../../etc/hostname",
        "http://localhost/static/img/%2e%2e/%2e%2e/settings.py",
        "http://localhost/static/bestaat-niet.css",
    ],
)
def test_the_fetcher_refuses_every_other_address(url, no_network):
    fetcher = local_file_fetcher(base_url="http://localhost/")

    with pytest.raises(RefusedAddress):
        fetcher.fetch(url)
    assert no_network == []


def test_the_fetcher_reads_static_files_and_renditions_from_storage(db, media_root):
    image = factories.ImageFactory()
    rendition = image.get_rendition("height-80")
    fetcher = local_file_fetcher(base_url="http://localhost/")

    css = fetcher.fetch("http://localhost/static/networks/folder.css")
    png = fetcher.fetch(f"http://localhost{rendition.url}")

    assert css.content_type == "text/css" and b"@page" in css.read()
    assert png.content_type == "image/png" and png.read().startswith(b"\x89PNG")


def test_the_fetcher_refuses_a_rendition_of_a_closed_collection(db, media_root):
    restriction = CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node().add_child(name="Intranet-beelden"),
        restriction_type=CollectionViewRestriction.LOGIN,
    )
    image = factories.ImageFactory(collection=restriction.collection)
    rendition = image.get_rendition("height-80")
    fetcher = local_file_fetcher(base_url="http://localhost/")

    with pytest.raises(RefusedAddress):
        fetcher.fetch(f"http://localhost{rendition.url}")


# --- Cost ------------------------------------------------------------------------------------


def _queries(client, url: str) -> int:
    # Warm the caches (site, locales, the shared parts) twice: the first request on a fresh
    # site creates the footer settings, whose save renews the shared parts once more.
    client.get(url)
    client.get(url)
    client.cookies.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_CACHE_CONTROL="no-cache")
        assert response.status_code == 200
    return len(queries)


def test_the_folder_costs_the_same_queries_for_8_and_40_networks(client, site_tree, settings):
    """In both languages, on the same networks (building 32 networks, half translated, is
    most of the cost: once for both folders)."""
    settings.PAGE_CACHE_ENABLED = False
    urls = ["/nl/folder/", "/en/folder/"]

    def add_networks(count: int) -> None:
        for number in range(count):
            network = factories.NetworkPageFactory(
                parent=site_tree.network_index,
                themes=[site_tree.mobility, site_tree.diversity],
                website="https://netwerk.example.org/",
            )
            if number % 2:
                _english(network, slug=f"{network.slug}-en", aim="In English.")

    add_networks(6)  # and Tracer and Diamond: 8
    with_eight = {url: _queries(client, url) for url in urls}
    add_networks(32)
    with_forty = {url: _queries(client, url) for url in urls}

    assert with_forty == with_eight
