"""Promoted results: above the results, only pages every reader may see, in their language."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from tests import factories


def search(client, query: str, language: str = "nl"):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response


def promote(query: str, *pages, **link) -> None:
    for order, page in enumerate(pages):
        SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=order)
    if link:
        SearchPromotion.objects.create(query=Query.get(query), sort_order=len(pages), **link)


def shown(response) -> list[str]:
    return [promotion.title for promotion in response.context["search_promotions"]]


def test_a_promoted_page_is_shown_above_the_results(client, site_tree):
    promote("fietsen", site_tree.mobility)

    response = search(client, "Fietsen")

    assert shown(response) == ["Mobiliteit"]
    html = response.content.decode()
    assert "Aanbevolen" in html
    assert html.index("Aanbevolen") < html.index("Geen resultaten")
    assert site_tree.mobility.url in html


def test_promotions_are_for_their_query_only(client, site_tree):
    promote("fietsen", site_tree.mobility)

    assert shown(search(client, "diversiteit")) == []
    assert "Aanbevolen" not in search(client, "diversiteit").content.decode()


def test_an_external_link_is_promoted_with_its_text(client, site_tree):
    promote(
        "subsidie",
        external_link_url="https://www.vlaio.be/",
        external_link_text="VLAIO",
        description="Steun voor ondernemers",
    )

    html = search(client, "subsidie").content.decode()

    assert 'href="https://www.vlaio.be/"' in html
    assert "Steun voor ondernemers" in html


@pytest.mark.parametrize("hidden", ["draft", "closed area", "below a closed area", "restricted"])
def test_a_page_nobody_may_read_is_never_shown_even_if_promoted(client, site_tree, hidden):
    if hidden == "draft":
        page = factories.ContentPageFactory(parent=site_tree.home, title="Geheim", live=False)
    elif hidden == "closed area":
        page = site_tree.intranet
    elif hidden == "below a closed area":
        page = factories.ContentPageFactory(parent=site_tree.intranet, title="Geheim verslag")
    else:
        page = factories.ContentPageFactory(parent=site_tree.home, title="Geheim")
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    # The closed areas of the site tree are closed as provisioning closes them.
    for area in (site_tree.intranet, site_tree.extranet):
        if not PageViewRestriction.objects.filter(page=area).exists():
            PageViewRestriction.objects.create(
                page=area, restriction_type=PageViewRestriction.LOGIN
            )
    promote("vergadering", page, site_tree.content_page)

    response = search(client, "vergadering")

    assert shown(response) == ["Over ons"]
    assert page.title not in response.content.decode().split("<main", 1)[1]


def test_an_english_reader_gets_the_english_page_where_it_is_live(client, site_tree):
    english = Locale.objects.get(language_code="en")
    mobility_en = site_tree.mobility.copy_for_translation(english, copy_parents=True)
    mobility_en.title = "Mobility"
    mobility_en.save_revision().publish()
    promote("cycling", site_tree.mobility, site_tree.diversity)

    response = search(client, "cycling", language="en")

    # Diversity has no English page: the Dutch one stands in, marked as Dutch.
    assert shown(response) == ["Mobility", "Diversiteit"]
    assert "Recommended" in response.content.decode()
    assert shown(search(client, "cycling")) == ["Mobiliteit", "Diversiteit"]


def test_promotions_are_kept_until_they_or_a_page_change(client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert shown(search(client, "fietsen")) == []  # the promoted texts are now kept
    promote("fietsen", site_tree.mobility)
    assert shown(search(client, "fietsen")) == ["Mobiliteit"]

    with CaptureQueriesContext(connection) as queries:
        search(client, "fietsen")
    assert not any("_searchpromotion" in query["sql"] for query in queries)

    site_tree.mobility.title = "Mobiliteit en verkeer"
    site_tree.mobility.save_revision().publish()
    assert shown(search(client, "fietsen")) == ["Mobiliteit en verkeer"]
    PageViewRestriction.objects.create(page=site_tree.mobility, restriction_type="login")
    assert shown(search(client, "fietsen")) == []
    PageViewRestriction.objects.filter(page=site_tree.mobility).delete()
    SearchPromotion.objects.filter(query__query_string="fietsen").delete()
    assert shown(search(client, "fietsen")) == []
