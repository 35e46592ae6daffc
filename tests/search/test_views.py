import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from tests import factories
from tests.utils import publish_then_draft


@pytest.fixture
def search_url() -> str:
    with translation.override("nl"):
        return reverse("search")


def found(client, search_url, query: str) -> list[int]:
    response = client.get(search_url, {"q": query})
    assert response.status_code == 200
    results = response.context["search_results"]
    return [page.pk for page in results] if results else []


def test_a_live_pages_word_is_found(client, site_tree, search_url):
    page = factories.ContentPageFactory(title="Pendelen", intro="Over het zebrafietspad.")

    assert found(client, search_url, "zebrafietspad") == [page.pk]
    assert "Pendelen" in client.get(search_url, {"q": "zebrafietspad"}).content.decode()


def test_every_page_type_is_searchable_by_title(client, site_tree, search_url):
    for page in (
        site_tree.mobility,
        site_tree.tracer,
        site_tree.tracer_project,
        site_tree.network_event,
        site_tree.news_new,
        site_tree.content_page,
    ):
        assert page.pk in found(client, search_url, page.title), page


def test_an_unpublished_pages_word_is_not_found(client, site_tree, search_url):
    factories.ContentPageFactory(intro="Over de okapiwolk.", live=False)

    assert found(client, search_url, "okapiwolk") == []


def test_a_word_only_in_a_draft_revision_is_not_found(client, site_tree, search_url):
    page = publish_then_draft(site_tree.content_page, "Over ons en de neushoornvis")
    page.intro = "Nieuw: de neushoornvis."
    page.save_revision()

    assert found(client, search_url, "neushoornvis") == []
    assert page.pk in found(client, search_url, "Over ons")


def test_a_private_closed_areas_word_is_not_found(client, site_tree, search_url):
    intranet = site_tree.intranet
    intranet.intro = "Verslag van de stuurgroep over het pinguinbudget."
    intranet.save()
    PageViewRestriction.objects.create(page=intranet, restriction_type=PageViewRestriction.LOGIN)

    assert found(client, search_url, "pinguinbudget") == []


ODD_QUERIES = ["", "   ", "mvo " * 500, "%", "<script>", '"', '"mobiliteit', "'\" OR 1=1 --"]


def test_odd_queries_answer(client, site_tree, search_url, subtests):
    for query in ODD_QUERIES:
        with subtests.test(query=query[:20]):
            response = client.get(search_url, {"q": query})

            assert response.status_code == 200
            assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_no_query_answers(client, site_tree, search_url):
    assert client.get(search_url).status_code == 200
    assert client.get(search_url, {"q": "mobiliteit", "page": "abc"}).status_code == 200


# What a visitor can type or a crawler can send: control characters, every full-text
# operator of SQLite's FTS5 and PostgreSQL's tsquery, unbalanced quotes and brackets.
TYPED = [
    "a\x00b",
    "\x00",
    "mobiliteit\x1b[31m",
    "\u200b\u2028mobiliteit",
    "*",
    "mobi*",
    "^mobiliteit",
    "(mobiliteit",
    "mobiliteit)",
    "title:mobiliteit",
    "NEAR(a b)",
    "a AND",
    "OR",
    "NOT mobiliteit",
    "-mobiliteit",
    "+mobiliteit",
    "a & b | !c",
    "a <-> b",
    "a:*",
    "{a}",
    "[a]",
    "~a",
    "\\",
    "'",
    "''",
    "mobiliteit'",
    "🙂",
    "ééé",
    "_",
]


@pytest.mark.parametrize("query", TYPED)
def test_nothing_a_visitor_types_is_a_server_error(client, site_tree, search_url, query):
    response = client.get(search_url, {"q": query})

    assert response.status_code == 200


def test_a_nul_byte_is_a_word_break_and_the_words_are_still_found(client, site_tree, search_url):
    factories.ContentPageFactory(parent=site_tree.home, title="Pinguinbudget")

    response = client.get(search_url, {"q": "pinguinbudget\x00"})

    assert response.context["search_query"] == "pinguinbudget"
    assert len(response.context["search_results"].object_list) == 1


def test_a_long_query_is_cut_between_words_and_the_visitor_is_told(client, site_tree, search_url):
    query = "mobiliteit " * 30  # 330 characters

    response = client.get(search_url, {"q": query})

    searched = response.context["search_query"]
    assert len(searched) <= 200
    assert searched.split() == ["mobiliteit"] * len(searched.split())
    assert "200" in response.content.decode().split('class="search-notice"', 1)[1][:200]


def test_a_query_within_the_limit_carries_no_notice(client, site_tree, search_url):
    response = client.get(search_url, {"q": "mobiliteit"})

    assert 'class="search-notice"' not in response.content.decode()


@pytest.mark.usefixtures("media_root")
def test_the_query_is_parsed_once_for_the_pages_and_the_documents(
    client, site_tree, search_url, monkeypatch
):
    from search import selectors

    page = factories.ContentPageFactory(title="Pendelen", intro="Over het zebrafietspad.")
    document = factories.DocumentFactory(title="Zebrafietspad verslag")
    factories.page_linking(document)
    calls = []
    parse = selectors.search_query_expression

    def parsed(**kwargs):
        calls.append(kwargs["text"])
        return parse(**kwargs)

    monkeypatch.setattr(selectors, "search_query_expression", parsed)
    monkeypatch.setattr("search.views.search_query_expression", parsed, raising=False)
    response = client.get(search_url, {"q": "zebrafietspad"})

    assert [result.pk for result in response.context["search_results"]] == [page.pk]
    assert [found.pk for found in response.context["document_results"].block] == [document.pk]
    assert len(calls) == 1
