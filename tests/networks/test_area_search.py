"""A closed area's own search: behind the area's privacy, scoped to the area, never logged.

Every page and document of the world carries the shared word "vergaderverslag" and a word of
its own (its "mark"), so one search shows exactly which places the reader reaches.
"""

from collections.abc import Iterator
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.db import connection, transaction
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_max_age
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from networks.models import ClosedAreaPage
from privatemedia.selectors import closed_area_collections_for
from search.models import ZeroResultQuery
from tests import factories
from tests.editorial.conftest import _build_world

WORD = "vergaderverslag"

# Where each mark lives; the search of X's intranet shows the first group only.
INTRANET_X_MARKS = ("kwartelkoning", "kwartelpdf", "kwartelsub")
ELSEWHERE_MARKS = (
    "roerdomp",  # a page in X's extranet
    "roerdomppdf",  # a document in X's extranet
    "narwal",  # a page in Y's intranet
    "narwalpdf",  # a document in Y's intranet
    "giraf",  # a public page
    "conceptkonijn",  # a draft page in X's intranet
    "afgeslotenotter",  # a page below X's intranet with its own restriction (editors only)
    "afgeslotenotterpdf",  # a document in a child collection with its own restriction
)


def _page(parent, mark: str, **kwargs):
    return factories.ContentPageFactory(
        parent=parent,
        title=f"Vergaderverslag {mark.capitalize()}",
        slug=mark,
        intro=f"Het {WORD} over {mark}: kosten <5 & baten>6.",
        **kwargs,
    )


def _document(collection, mark: str):
    return factories.DocumentFactory(
        title=f"Vergaderverslag {mark.capitalize()}",
        file__filename=f"{mark}.pdf",
        file__data=b"%PDF-1.4",
        collection=collection,
    )


def build_area_world() -> SimpleNamespace:
    world = _build_world()
    world.access_y = factories.NetworkAccessFactory(
        network_page__title="Kamer", network_page__short_name="KAMER", intranet=True
    )
    # Y is now a network with an intranet; its member and editor are the roles' "other network".
    world.users["member_y"] = factories.RoleUserFactory(
        username="lid-kamer", access=world.access_y, role="members"
    )
    world.users["editor_y"] = factories.RoleUserFactory(
        username="redacteur-kamer", access=world.access_y, role="editors"
    )
    world.intranet_y = world.access_y.intranet
    collections_x = closed_area_collections_for(access=world.access_x)
    collections_y = closed_area_collections_for(access=world.access_y)

    _page(world.intranet_x, "kwartelkoning")
    sub = factories.ContentPageFactory(parent=world.intranet_x, title="Map", slug="map")
    _page(sub, "kwartelsub")
    _document(collections_x[ClosedAreaPage.INTRANET], "kwartelpdf")
    _page(world.extranet_x, "roerdomp")
    _document(collections_x[ClosedAreaPage.EXTRANET], "roerdomppdf")
    _page(world.intranet_y, "narwal")
    _document(collections_y[ClosedAreaPage.INTRANET], "narwalpdf")
    _page(world.home, "giraf")
    _page(world.intranet_x, "conceptkonijn", live=False)

    closed = _page(world.intranet_x, "afgeslotenotter")
    restriction = PageViewRestriction.objects.create(
        page=closed, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([world.access_x.editors])
    secret_collection = collections_x[ClosedAreaPage.INTRANET].add_child(name="Bestuur")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=secret_collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    collection_restriction.groups.set([world.access_x.editors])
    _document(secret_collection, "afgeslotenotterpdf")
    return world


@pytest.fixture(scope="module")
def module_world(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[SimpleNamespace]:
    """One world for the module, rolled back after it; each test runs in its own savepoint."""
    with (
        override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("area-search-media"))),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield build_area_world()
        transaction.set_rollback(True)


@pytest.fixture
def area_world(db, module_world) -> SimpleNamespace:
    return module_world


def client_for(world, role: str) -> Client:
    client = Client()
    user = world.users[role]
    if user.is_authenticated:
        client.force_login(user)
    return client


def search_url(area, query: str = WORD) -> str:
    return area.url + f"zoeken/?q={query}"


def marks_in(response) -> set[str]:
    text = response.content.decode().lower()
    return {
        mark for mark in INTRANET_X_MARKS + ELSEWHERE_MARKS if f"vergaderverslag {mark}<" in text
    }


def assert_private(response) -> None:
    directives = {
        part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")
    }
    assert {"private", "no-store"} <= directives, response.get("Cache-Control")
    assert not get_max_age(response)
    assert response["X-Robots-Tag"] == "noindex, nofollow"


# --- guarded exactly as the area itself ------------------------------------------------------

MATRIX = [
    # (area, role, expected): "login" is a redirect to the front-end login and back.
    ("intranet_x", "anonymous", "login"),
    ("intranet_x", "member_x", 200),
    ("intranet_x", "editor_x", 200),
    ("intranet_x", "coordinator", 200),
    ("intranet_x", "member_y", 403),
    ("intranet_x", "partner_x", 403),
    ("intranet_x", "editor_y", 403),
    ("extranet_x", "anonymous", "login"),
    ("extranet_x", "partner_x", 200),
    ("extranet_x", "editor_x", 200),
    ("extranet_x", "coordinator", 200),
    ("extranet_x", "member_x", 403),
    ("extranet_x", "member_y", 403),
    ("extranet_x", "editor_y", 403),
]


@pytest.mark.parametrize(("area", "role", "expected"), MATRIX)
def test_area_search_is_guarded_like_the_area(area_world, area, role, expected):
    area_page = getattr(area_world, area)
    client = client_for(area_world, role)
    response = client.get(search_url(area_page))
    opened = client.get(area_page.url)
    # Exactly the outcome of opening the area page itself.
    assert response.status_code == opened.status_code
    assert_private(response)
    body = response.content.decode().lower()
    if expected == "login":
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert location.path == reverse("accounts:login")
        assert "zoeken" in response["Location"]  # back to the search after logging in
    else:
        assert response.status_code == expected
    if expected != 200:
        assert "search-result" not in body
        assert "kwartel" not in body
        assert marks_in(response) == set()


def test_member_finds_only_their_areas_live_pages_and_documents(area_world):
    response = client_for(area_world, "member_x").get(search_url(area_world.intranet_x))
    assert response.status_code == 200
    assert marks_in(response) == set(INTRANET_X_MARKS)
    body = response.content.decode()
    assert "<mark>" in body
    assert "kosten &lt;5 &amp; baten&gt;6" in body  # the page's text escaped, never markup
    assert "/documents/" in body  # through the permission-checking document view
    assert "Document (PDF)" in body


def test_editor_of_the_network_also_sees_what_is_restricted_to_editors(area_world):
    response = client_for(area_world, "editor_x").get(search_url(area_world.intranet_x))
    assert marks_in(response) == {*INTRANET_X_MARKS, "afgeslotenotter", "afgeslotenotterpdf"}


def test_partner_finds_only_the_extranet(area_world):
    response = client_for(area_world, "partner_x").get(search_url(area_world.extranet_x))
    assert marks_in(response) == {"roerdomp", "roerdomppdf"}


def test_other_networks_member_finds_only_their_own_area(area_world):
    response = client_for(area_world, "member_y").get(search_url(area_world.intranet_y))
    assert marks_in(response) == {"narwal", "narwalpdf"}


def test_coordinator_searching_one_area_sees_nothing_of_another(area_world):
    response = client_for(area_world, "coordinator").get(search_url(area_world.intranet_y))
    assert marks_in(response) == {"narwal", "narwalpdf"}


def test_draft_area_has_no_search(area_world):
    url = search_url(area_world.intranet_x)
    # A fresh copy: the module's world keeps its own objects as they were.
    ClosedAreaPage.objects.get(pk=area_world.intranet_x.pk).unpublish()
    response = client_for(area_world, "member_x").get(url)
    assert response.status_code == 404


def test_closed_area_search_is_never_logged(area_world):
    client = client_for(area_world, "member_x")
    client.get(search_url(area_world.intranet_x))
    client.get(search_url(area_world.intranet_x, "onvindbaarwoord"))
    assert not Query.objects.exists()
    assert not QueryDailyHits.objects.exists()
    assert not ZeroResultQuery.objects.exists()


def test_no_query_and_no_results_are_empty_states(area_world):
    client = client_for(area_world, "member_x")
    empty = client.get(area_world.intranet_x.url + "zoeken/")
    assert empty.status_code == 200
    assert "search-result__title" not in empty.content.decode()
    none = client.get(search_url(area_world.intranet_x, "onvindbaarwoord"))
    assert none.status_code == 200
    assert "empty-state" in none.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "a" * 1000,
        "vergaderverslag " * 300,
        "verslag\x00nul",
        "<script>alert(1)</script>",
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '"vergaderverslag',
        "vergaderverslag*",
        "NEAR(a b)",
        "ünïcødé \u202e \U0001f600",
    ],
)
def test_bad_queries_give_a_normal_page(area_world, query):
    response = client_for(area_world, "member_x").get(
        area_world.intranet_x.url + "zoeken/", {"q": query, "page": "x"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)" not in body
    assert_private(response)


def test_only_get_is_answered(area_world):
    response = client_for(area_world, "member_x").post(search_url(area_world.intranet_x))
    assert response.status_code == 405
    # Outsiders still get the area's refusal first.
    assert (
        client_for(area_world, "member_y").post(search_url(area_world.intranet_x)).status_code
        == 403
    )


def test_long_query_is_cut_and_said_so(area_world):
    response = client_for(area_world, "member_x").get(
        area_world.intranet_x.url + "zoeken/", {"q": "woord " * 200}
    )
    assert response.status_code == 200
    assert response.context["query_shortened"] is True


def test_results_are_paginated(area_world):
    collection = closed_area_collections_for(access=area_world.access_x)[ClosedAreaPage.INTRANET]
    for number in range(8):
        _page(area_world.intranet_x, f"extra{number}")
        _document(collection, f"extrapdf{number}")
    client = client_for(area_world, "member_x")
    first = client.get(search_url(area_world.intranet_x))
    second = client.get(search_url(area_world.intranet_x) + "&page=2")
    assert first.context["area_results"].paginator.count == 19
    assert len(first.context["area_results"].object_list) == 10
    assert len(second.context["area_results"].object_list) == 9
    titles = {hit.title for hit in first.context["area_results"]} | {
        hit.title for hit in second.context["area_results"]
    }
    assert len(titles) == 19
    assert 'rel="next"' in first.content.decode()
    beyond = client.get(search_url(area_world.intranet_x) + "&page=99")
    assert beyond.status_code == 200


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queries_do_not_grow_with_the_results(area_world):
    client = client_for(area_world, "member_x")
    url = search_url(area_world.intranet_x)
    client.get(url)  # caches warmed (site root paths, locales)
    few = _queries(client, url)
    collection = closed_area_collections_for(access=area_world.access_x)[ClosedAreaPage.INTRANET]
    for number in range(12):
        _document(collection, f"meerpdf{number}")
    client.get(url)  # the new files emptied the kept parts: warm again
    # Page 1 shows the 2 pages and 8 of 13 documents: the same queries as 2 pages and 1.
    assert _queries(client, url) == few
    for number in range(12):
        _page(area_world.intranet_x, f"meer{number}")
    client.get(url)  # likewise the new pages
    # Page 1 is all pages now: no document is fetched.
    assert _queries(client, url) <= few


def test_area_page_and_its_subpages_carry_the_area_search_form(area_world):
    client = client_for(area_world, "member_x")
    action = f'action="{area_world.intranet_x.url}zoeken/"'
    assert action in client.get(area_world.intranet_x.url).content.decode()
    child = area_world.intranet_x.get_children().live().first()
    assert action in client.get(child.url).content.decode()


def test_public_content_pages_have_no_area_form(area_world):
    page = factories.ContentPageFactory(parent=area_world.home, slug="openbaar")
    assert "area-search" not in Client().get(page.url).content.decode()


def test_search_results_header_does_not_carry_the_query_to_the_site_search(area_world):
    response = client_for(area_world, "member_x").get(search_url(area_world.intranet_x))
    assert 'id="header-search-q" type="search" name="q" value=""' in response.content.decode()


def test_sub_route_is_resolved_to_the_area_page(area_world):
    """Wagtail routes `zoeken/` to the area page itself, so its privacy check applies."""
    area = area_world.intranet_x
    request = RequestFactory().get(area.url + "zoeken/")
    with translation.override("nl"):
        page, args, _kwargs = area.route(request, ["zoeken"])
    assert page.pk == area.pk
    assert args[0].__name__ == "search_area"
    # A child page named like the route is still reachable by its own slug elsewhere.
    child = area.get_children().live().first()
    assert area.route(request, [child.slug]).page.pk == child.pk


def test_english_reader_finds_english_pages_and_untranslated_dutch_ones(area_world):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    area = area_world.intranet_x
    english_area = area.copy_for_translation(english, copy_parents=True)
    english_area.save_revision().publish()
    source = area.get_children().live().get(slug="kwartelkoning").specific
    translated = source.copy_for_translation(english)
    translated.title = "Meeting report Kwartelkoning"
    translated.save_revision().publish()
    english_area.refresh_from_db()
    client = client_for(area_world, "member_x")
    response = client.get(english_area.url + f"search/?q={WORD}")
    assert response.status_code == 200
    titles = [hit.title for hit in response.context["area_results"]]
    assert "Meeting report Kwartelkoning" in titles
    assert "Vergaderverslag Kwartelkoning" not in titles  # its English version stands for it
    assert "Vergaderverslag Kwartelsub" in titles  # untranslated: the Dutch page
    assert 'lang="nl"' in response.content.decode()
    # The English area is as closed as the Dutch one.
    assert client_for(area_world, "member_y").get(english_area.url + "search/").status_code == 403
    assert Client().get(english_area.url + "search/").status_code == 302
