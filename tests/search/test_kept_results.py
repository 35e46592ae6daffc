"""What a search result shows but its snippet's marks (type, address, language, network,
themes, an event's date, the text the snippet comes from) is kept per page and language until
the next purge (search.selectors.search_results_attach), and a document's tags likewise
(document_results_attach): a search that finds pages or documents another search showed reads
none of their fields; a publish or a document's change shows in the next search."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, Site

from core.models import ContentPage
from search.selectors import _url_parts
from search.templatetags.search_tags import search_result_url
from tests import factories
from tests.search.test_core import search_url

# The statement that reads the results' own fields (search.selectors._result_fields): an
# event's intro, by its lookup from the page.
FIELDS = 'AS "eventpage__intro"'
TAGS = '"taggit_taggeditem"'


def _search(client, params: dict, language: str = "nl") -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(search_url(language), params)
    assert response.status_code == 200
    return response.content.decode(), [query["sql"] for query in queries]


def test_a_search_finding_pages_another_showed_reads_none_of_their_fields(client, site_tree):
    event = factories.EventPageFactory(
        parent=site_tree.agenda,
        title="Gnoe dag",
        intro="Over gnoes en wildebeesten.",
        themes=[site_tree.mobility],
    )
    _first, first_statements = _search(client, {"q": "gnoe"})

    html, statements = _search(client, {"q": "wildebeesten"})  # another search, the same page

    assert [sql for sql in first_statements if FIELDS in sql]
    assert not [sql for sql in statements if FIELDS in sql]
    assert f'<a href="{event.url}">Gnoe dag</a>' in html
    assert "<mark>wildebeesten</mark>" in html
    assert f'<span class="search-result__theme">{site_tree.mobility.title}</span>' in html
    assert '<span class="search-result__network">' not in html


def test_a_publish_shows_in_the_next_search(client, site_tree):
    theme = factories.ThemePageFactory(parent=site_tree.theme_index, title="Savanne")
    event = factories.EventPageFactory(
        parent=site_tree.agenda, title="Gnoe dag", intro="Eerste tekst.", themes=[theme]
    )
    html, _statements = _search(client, {"q": "gnoe"})
    assert "Eerste tekst." in html
    assert '<span class="search-result__theme">Savanne</span>' in html

    event.intro = "Tweede tekst."
    event.save_revision().publish()
    theme.title = "Savanne en steppe"
    theme.save_revision().publish()
    html, _statements = _search(client, {"q": "gnoe"})

    assert "Tweede tekst." in html and "Eerste tekst." not in html
    assert '<span class="search-result__theme">Savanne en steppe</span>' in html


def test_the_display_is_kept_per_language(client, site_tree):
    factories.ContentPageFactory(parent=site_tree.home, title="Gnoe alleen Nederlands")
    html, _statements = _search(client, {"q": "gnoe"})
    with translation.override("nl"):
        assert f">{ContentPage.get_verbose_name()}</p>" in html
    assert "(in Dutch)" not in html

    html, _statements = _search(client, {"q": "gnoe"}, language="en")

    with translation.override("en"):
        assert f">{ContentPage.get_verbose_name()}</p>" in html
    assert "(in Dutch)" in html


@pytest.mark.usefixtures("media_root")
def test_a_document_search_reads_the_tags_another_search_read_and_sees_a_change(client, site_tree):
    document = factories.DocumentFactory(title="Gnoe verslag")
    document.tags.add("savanne")
    factories.page_linking(document)
    params = {"q": "gnoe", "kind": "documents"}
    _html, first_statements = _search(client, params)

    html, statements = _search(client, params)

    assert [sql for sql in first_statements if TAGS in sql]
    assert not [sql for sql in statements if TAGS in sql]
    assert "savanne" in html

    document.tags.add("steppe")
    document.save()
    html, _statements = _search(client, params)
    assert "savanne, steppe" in html


def test_a_results_address_is_wagtails_for_the_readers_site(rf, settings, site_tree):
    """`search_result_url` from the kept parts is `{% pageurl %}`: the path on the page's own
    site, the full address from another site, and the reader's site for a page in two."""
    settings.ALLOWED_HOSTS = ["*"]
    second_root = factories.ContentPageFactory(parent=site_tree.home, title="Tweede site")
    in_both = factories.ContentPageFactory(parent=second_root, title="In beide")
    Site.objects.create(hostname="tweede.example", port=80, root_page=second_root)
    for host in ("localhost", "tweede.example"):
        request = rf.get("/", HTTP_HOST=host)
        for page in (site_tree.agenda, in_both):
            page = Page.objects.get(pk=page.pk)
            expected = page.get_url(request=request)
            page.url_parts = _url_parts(page)

            assert search_result_url({"request": request}, page) == expected
    assert _url_parts(Page.objects.get(pk=in_both.pk)) is None  # two sites: the reader's
