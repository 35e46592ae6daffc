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
