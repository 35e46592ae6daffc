"""Closed pages, their titles and their text never show where they must not.

Nowhere public (search, menus, breadcrumbs, listings, sitemap, feeds, the API, previews,
<link rel=alternate>, error pages) and never in a cache: every answer about a closed page is
`Cache-Control: private, no-store`. Each check runs for an anonymous visitor and for a member
of another network (Y); X's readers do see what is theirs.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation
from django.utils.cache import get_max_age
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from core.documents import documents_published
from networks.models import ClosedAreaPage
from tests import factories
from tests.closedareas.conftest import (
    CHILD_TITLE,
    CONTROL_TEXT,
    CONTROL_TITLE,
    DOCUMENT_CONTENT,
    DOCUMENT_TITLE,
    EXTRANET_TEXT,
    EXTRANET_TITLE,
    INTRANET_TEXT,
    INTRANET_TITLE,
    secrets_in,
)

OUTSIDERS = ("anonymous", "member_y")
CLOSED = ("intranet", "extranet", "child")

# Every public page that lists, links or crumbs something of network X (or the whole site).
PUBLIC_PAGES = {
    "home": lambda w: w.home.url,
    "network index": lambda w: w.network_x.get_parent().url,
    "network X": lambda w: w.network_x.url,
    "network Y": lambda w: w.network_y.url,
    "project of X (breadcrumbs)": lambda w: w.project_x.url,
    "event of X (breadcrumbs)": lambda w: w.event_x.url,
    "theme index": lambda w: w.theme.get_parent().url,
    "theme": lambda w: w.theme.url,
    "agenda": lambda w: w.agenda.url,
    "agenda's iCal feed": lambda w: w.agenda.url + "ical/",
    "network X's iCal feed": lambda w: w.agenda.url + f"ical/{w.network_x.slug}/",
    "network folder": lambda w: reverse("network_folder"),
    "network X's folder": lambda w: reverse("network_folder_single", args=[w.network_x.slug]),
    "news index": lambda w: w.news_index.url,
    "control page": lambda w: w.control.url,
    "search page": lambda w: reverse("search"),
    "login page": lambda w: reverse("accounts:login"),
    "login page, next=intranet": lambda w: reverse("accounts:login") + f"?next={w.intranet.url}",
}
NOT_FOUND_PAGES = {
    "unknown page": lambda w: "/nl/bestaat-niet/",
    "unknown page below the intranet": lambda w: w.intranet.url + "bestaat-niet/",
}

# Every test is a database test, so pytest-django runs them before the browser tests
# (which flush the database) even where a test only asks for the module's world.
pytestmark = pytest.mark.django_db


def html(response) -> str:
    return response.content.decode()


def cache_directives(response) -> set[str]:
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}


def assert_private(response) -> None:
    directives = cache_directives(response)
    assert {"private", "no-store"} <= directives, response.get("Cache-Control")
    assert "public" not in directives
    assert not get_max_age(response)


def closed_urls(world) -> list[str]:
    return [getattr(world, name).url for name in CLOSED]


# --- the set-up the checks rely on -----------------------------------------------------------


def test_closed_areas_are_restricted_to_their_readers(leak_world):
    """The world is what it claims: both areas and the page below are private, so are files."""
    w = leak_world
    for area, readers in ((w.intranet, w.access_x.members), (w.extranet, w.access_x.partners)):
        restriction = PageViewRestriction.objects.get(page=area)
        assert restriction.restriction_type == PageViewRestriction.GROUPS
        groups = set(restriction.groups.all())
        assert {readers, w.access_x.editors} <= groups
        assert w.access_y.members not in groups
    assert w.child.get_view_restrictions().exists()
    assert not Page.objects.public().filter(pk__in=[w.intranet.pk, w.extranet.pk, w.child.pk])
    assert CollectionViewRestriction.objects.filter(collection=w.document.collection).exists()


def test_the_unique_words_are_indexed(leak_world):
    """Search would find the closed pages if it did not filter them out: the test has teeth."""
    found = {page.pk for page in Page.objects.live().search("Geheimwoord-Zebra")}
    assert leak_world.intranet.pk in found
    assert leak_world.child.pk in {page.pk for page in Page.objects.live().search(CHILD_TITLE)}


# --- public pages, for visitors without access -----------------------------------------------


@pytest.mark.parametrize("role", OUTSIDERS)
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_shows_nothing_closed(visitor, leak_world, role, name):
    """Menus, breadcrumbs, listings, the network page's closed-area box, <link rel=alternate>."""
    # A logged-in visitor of the login page goes straight on to `next` or "My networks"
    # (for Y's member, X's intranet answers 403): check where they land.
    response = visitor(role).get(PUBLIC_PAGES[name](leak_world), follow=True)
    assert response.status_code == (403 if "next=" in name and role != "anonymous" else 200)
    body = html(response)
    assert secrets_in(body) == []
    for url in closed_urls(leak_world):
        assert f'href="{url}"' not in body
    assert "/documents/" not in body
    assert leak_world.document.file.url not in body


@pytest.mark.parametrize("role", OUTSIDERS)
@pytest.mark.parametrize("name", NOT_FOUND_PAGES)
def test_not_found_page_shows_nothing_closed(visitor, leak_world, role, name):
    response = visitor(role).get(NOT_FOUND_PAGES[name](leak_world))
    assert response.status_code == 404
    assert secrets_in(html(response)) == []


def test_control_page_is_seen_where_closed_pages_are_not(visitor, leak_world):
    """The same checks do find a public page's words."""
    body = html(visitor("anonymous").get(leak_world.control.url))
    assert CONTROL_TITLE in body
    assert CONTROL_TEXT in body


# --- site search -----------------------------------------------------------------------------

SEARCHES = (
    "Geheimwoord-Zebra",
    "zebra",
    INTRANET_TEXT,
    "Schuilnaam-Okapi",
    EXTRANET_TEXT,
    "Binnenkamer-Narwal",
    "wielewaal-kindpagina",
    DOCUMENT_TITLE,
)


@pytest.mark.parametrize("role", [*OUTSIDERS, "member_x"])
@pytest.mark.parametrize("query", SEARCHES)
def test_search_never_finds_a_closed_page(visitor, leak_world, role, query):
    """Site search lists public pages only, for every visitor (X's members included)."""
    response = visitor(role).get(reverse("search"), {"q": query})
    assert response.status_code == 200
    results = response.context["search_results"]
    assert results.paginator.count == 0
    # The page repeats the query; apart from that, not a word of the closed places.
    rest = re.sub(re.escape(query), "", html(response), flags=re.IGNORECASE)
    assert secrets_in(rest) == []


FILTERS = (
    {"network": "network_x"},
    {"theme": "theme"},
    {"kind": "knowledge"},
    {"kind": "networks"},
    {"kind": "documents"},
    {"audience": "small"},
    {"order": "date"},
)


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("query", [INTRANET_TEXT, "Binnenkamer-Narwal", "zebra"])
def test_search_with_any_filter_never_counts_a_closed_page(visitor, leak_world, filters, query):
    """Neither a result nor the "more in other themes" count nor a filter shows closed pages."""
    params = {
        key: getattr(leak_world, value).slug if key in ("network", "theme") else value
        for key, value in filters.items()
    }
    response = visitor("member_x").get(reverse("search"), {"q": query, **params})
    assert response.status_code == 200
    results = response.context["search_results"]
    assert results is None or results.paginator.count == 0
    assert response.context["elsewhere_count"] == 0
    rest = re.sub(re.escape(query), "", html(response), flags=re.IGNORECASE)
    assert secrets_in(rest) == []


@pytest.mark.parametrize("query", [CONTROL_TITLE.split()[1], CONTROL_TEXT])
def test_search_finds_the_public_control_page(visitor, leak_world, query):
    response = visitor("member_y").get(reverse("search"), {"q": query})
    assert [page.pk for page in response.context["search_results"]] == [leak_world.control.pk]


# --- sitemap, feeds, API ---------------------------------------------------------------------


@pytest.mark.parametrize("role", [*OUTSIDERS, "member_x"])
def test_sitemap_lists_no_closed_page(visitor, leak_world, role):
    response = visitor(role).get("/sitemap.xml")
    assert response.status_code == 200
    body = html(response)
    locations = {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", body)}
    assert leak_world.network_x.url in locations  # the sitemap does list public pages
    assert locations.isdisjoint(closed_urls(leak_world))
    assert secrets_in(body) == []


FEED_PATTERN = re.compile(r"feed|rss|atom|ical|\.ics|calendar|kalender", re.IGNORECASE)


def _url_patterns(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _url_patterns(pattern, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern


# The feeds that are routes of a page (RoutablePageMixin), each checked through PUBLIC_PAGES
# above or through the event page's own access check (a closed event's .ics needs a login).
PAGE_ROUTE_FEEDS = {
    ("events.EventIndexPage", "ical"),
    ("events.EventIndexPage", "ical_network"),
    ("events.EventPage", "ical"),
}


def test_no_feed_lists_a_closed_page(visitor, leak_world):
    """Every feed (RSS/Atom/iCal) lists public pages only: a feed in the URL configuration is
    fetched here; a feed that is a page's route must be one of those checked above."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import get_page_models

    feeds = [
        (route, pattern)
        for route, pattern in _url_patterns()
        if FEED_PATTERN.search(route) or FEED_PATTERN.search(pattern.name or "")
    ]
    for route, pattern in feeds:
        if pattern.pattern.regex.groups or not pattern.name:
            pytest.fail(f"feed {route!r} needs its own leak test (it takes arguments)")
        for role in OUTSIDERS:
            response = visitor(role).get(reverse(pattern.name))
            assert secrets_in(html(response)) == [], route
    route_feeds = {
        (model._meta.label, pattern.name)
        for model in get_page_models()
        if issubclass(model, RoutablePageMixin)
        for pattern in model.get_subpage_urls()
        if FEED_PATTERN.search(str(pattern.pattern)) or FEED_PATTERN.search(pattern.name or "")
    }
    assert route_feeds == PAGE_ROUTE_FEEDS, "a new feed route needs a leak check here"


# Every sub-route of a page (RoutablePageMixin), classified. Wagtail routes a sub-route to its
# page, so the page's own privacy check (and access.wagtail_hooks) runs before the route's view.
PAGE_ROUTES = {
    # Public pages' routes, checked through PUBLIC_PAGES and the feed test above.
    ("events.EventIndexPage", "index_route"): "public",
    ("events.EventIndexPage", "upcoming"): "public",
    ("events.EventIndexPage", "archive"): "public",
    ("events.EventIndexPage", "ical"): "public",
    ("events.EventIndexPage", "ical_network"): "public",
    ("events.EventPage", "index_route"): "public",
    ("events.EventPage", "register"): "public",
    ("events.EventPage", "ical"): "public",
    # The thesis prize call and its form (tests/thesisprize: the form stores nothing public).
    ("thesisprize.ThesisCallPage", "index_route"): "public",
    ("thesisprize.ThesisCallPage", "submit"): "public",
    # A closed area's own routes: checked below, for every role, as the area page itself.
    ("networks.ClosedAreaPage", "index_route"): "closed area",
    ("networks.ClosedAreaPage", "search"): "closed area",
}


def test_every_page_route_is_classified():
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import get_page_models

    routes = {
        (model._meta.label, pattern.name)
        for model in get_page_models()
        if issubclass(model, RoutablePageMixin)
        for pattern in model.get_subpage_urls()
    }
    assert routes == set(PAGE_ROUTES), "classify the new page route in PAGE_ROUTES"


AREA_SEARCH_REFUSALS = [
    ("anonymous", "intranet", "login"),
    ("anonymous", "extranet", "login"),
    ("member_y", "intranet", 403),
    ("member_y", "extranet", 403),
    ("partner_x", "intranet", 403),
    ("member_x", "extranet", 403),
    ("editor_y", "intranet", 403),
    ("editor_y", "extranet", 403),
]


def area_search_url(area, query: str) -> str:
    return area.url + ("zoeken/?q=" + query)


@pytest.mark.parametrize(("role", "page", "expected"), AREA_SEARCH_REFUSALS)
@pytest.mark.parametrize("query", ["Binnenkamer", "Pelikaanverslag", "kwartelkoning", "intranet"])
def test_area_search_refuses_as_the_area_does(visitor, leak_world, role, page, expected, query):
    client = visitor(role)
    area = getattr(leak_world, page)
    response = client.get(area_search_url(area, query))
    assert response.status_code == client.get(area.url).status_code
    assert_private(response)
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    body = html(response).replace(query, "").replace(query.lower(), "")
    assert secrets_in(body) == []
    assert "/documents/" not in body
    if expected == "login":
        assert urlsplit(response["Location"]).path == reverse("accounts:login")
    else:
        assert response.status_code == expected


def test_member_of_x_finds_the_intranets_page_and_document_in_its_search(visitor, leak_world):
    client = visitor("member_x")
    page_hit = client.get(area_search_url(leak_world.intranet, "Binnenkamer"))
    assert page_hit.status_code == 200
    assert CHILD_TITLE in html(page_hit)
    assert_private(page_hit)
    document_hit = client.get(area_search_url(leak_world.intranet, "Pelikaanverslag"))
    assert DOCUMENT_TITLE in html(document_hit)
    # The extranet's search knows nothing of the intranet.
    editor = visitor("editor_x")
    other = editor.get(area_search_url(leak_world.extranet, "Binnenkamer"))
    assert other.status_code == 200
    assert CHILD_TITLE not in html(other)
    assert DOCUMENT_TITLE not in html(
        editor.get(area_search_url(leak_world.extranet, "Pelikaanverslag"))
    )


@pytest.mark.parametrize("role", [*OUTSIDERS, "member_x"])
def test_alternate_links_point_to_nothing_closed(visitor, leak_world, role):
    """A <link rel="alternate"> (translations, feeds) never leads to a closed page."""
    client = visitor(role)
    for name, url in PUBLIC_PAGES.items():
        body = html(client.get(url(leak_world)))
        for tag in re.findall(r"<link\b[^>]*\brel=[\"']?alternate[^>]*>", body, re.IGNORECASE):
            href = re.search(r"href=[\"']([^\"']+)", tag)
            assert href, f"{name}: {tag}"
            assert urlsplit(href.group(1)).path not in closed_urls(leak_world), f"{name}: {tag}"
            assert secrets_in(html(client.get(href.group(1)))) == [], f"{name}: {tag}"


@pytest.mark.parametrize("path", ["/api/", "/api/v2/", "/api/v2/pages/", "/nl/api/v2/pages/"])
def test_wagtail_api_is_off(visitor, leak_world, path):
    response = visitor("anonymous").get(path, follow=True)  # /api/ -> /nl/api/ -> 404
    assert response.status_code == 404
    assert secrets_in(html(response)) == []


# --- the closed pages themselves -------------------------------------------------------------

REFUSALS = [
    # (role, page, expected): "login" is a redirect to the front-end login and back.
    *[("anonymous", page, "login") for page in CLOSED],
    *[("member_y", page, 403) for page in CLOSED],
    ("partner_x", "intranet", 403),
    ("partner_x", "child", 403),
    ("member_x", "extranet", 403),
    ("editor_y", "intranet", 403),
]


@pytest.mark.parametrize(("role", "page", "expected"), REFUSALS)
def test_refusal_shows_nothing_and_is_never_cached(visitor, leak_world, role, page, expected):
    client = visitor(role)
    url = getattr(leak_world, page).url
    response = client.get(url)
    assert_private(response)
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert secrets_in(html(response)) == []
    if expected == "login":
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert location.path == reverse("accounts:login")
        assert secrets_in(response["Location"]) == []
        login_page = client.get(response["Location"])
        assert login_page.status_code == 200
        assert secrets_in(html(login_page)) == []
    else:
        assert response.status_code == expected
        assert "/documents/" not in html(response)


READERS = [
    ("member_x", "intranet", INTRANET_TITLE, INTRANET_TEXT),
    ("member_x", "child", CHILD_TITLE, "wielewaal-kindpagina"),
    ("partner_x", "extranet", EXTRANET_TITLE, EXTRANET_TEXT),
    ("editor_x", "extranet", EXTRANET_TITLE, EXTRANET_TEXT),
    ("coordinator", "intranet", INTRANET_TITLE, INTRANET_TEXT),
]


@pytest.mark.parametrize(("role", "page", "title", "text"), READERS)
def test_reader_sees_the_page_but_no_cache_keeps_it(visitor, leak_world, role, page, title, text):
    response = visitor(role).get(getattr(leak_world, page).url)
    assert response.status_code == 200
    body = html(response)
    assert title in body
    assert text in body
    assert_private(response)
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in body


def test_member_of_x_finds_the_intranet_on_their_pages(visitor, leak_world):
    """Where it belongs: the network page's closed-area box and "My networks"."""
    client = visitor("member_x")
    network_page = html(client.get(leak_world.network_x.url))
    assert f'href="{leak_world.intranet.url}"' in network_page
    assert INTRANET_TITLE in network_page
    assert EXTRANET_TITLE not in network_page
    my_networks = client.get(reverse("accounts:my_networks"))
    assert INTRANET_TITLE in html(my_networks)
    assert EXTRANET_TITLE not in html(my_networks)
    assert_private(my_networks)


def test_member_of_y_finds_nothing_of_x_on_my_networks(visitor, leak_world):
    response = visitor("member_y").get(reverse("accounts:my_networks"))
    assert response.status_code == 200
    assert secrets_in(html(response)) == []


# --- previews --------------------------------------------------------------------------------

PREVIEWS = {
    "preview": lambda page: reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
    "view draft": lambda page: reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
    "revision": lambda page: reverse(
        "wagtailadmin_pages:revisions_view", args=[page.pk, page.latest_revision_id]
    ),
}


@pytest.mark.parametrize("role", [*OUTSIDERS, "editor_y"])
@pytest.mark.parametrize("preview", PREVIEWS)
@pytest.mark.parametrize("page", ["intranet", "child"])
def test_preview_of_a_closed_page_is_refused(visitor, leak_world, role, preview, page):
    target = getattr(leak_world, page)
    if preview == "revision" and target.latest_revision_id is None:
        target.save_revision()
    response = visitor(role).get(PREVIEWS[preview](target))
    assert response.status_code in (302, 403, 404, 405)
    if response.status_code == 302:
        assert urlsplit(response["Location"]).path in (
            reverse("wagtailadmin_login"),
            reverse("wagtailadmin_home"),
        )
    assert secrets_in(html(response)) == []


# --- private files ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", OUTSIDERS)
@pytest.mark.parametrize("where", ["/documents/", "/media/"])
def test_private_document_is_refused_without_a_word(visitor, leak_world, role, where):
    document = leak_world.document
    url = document.url if where == "/documents/" else document.file.url
    assert url.startswith(where)
    response = visitor(role).get(url)
    assert response.status_code == (302 if role == "anonymous" else 403)
    assert_private(response)
    body = html(response)
    assert secrets_in(body) == []
    assert DOCUMENT_CONTENT.decode() not in body


def test_member_of_x_downloads_the_private_document(visitor, leak_world):
    client = visitor("member_x")
    intranet = html(client.get(leak_world.intranet.url))
    assert f'href="{leak_world.document.url}"' in intranet
    response = client.get(leak_world.document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == DOCUMENT_CONTENT
    assert_private(response)


def test_private_document_is_no_search_result(visitor, leak_world):
    assert ClosedAreaPage.objects.filter(pk=leak_world.intranet.pk).exists()
    response = visitor("anonymous").get(reverse("search"), {"q": DOCUMENT_TITLE})
    assert response.context["search_results"].paginator.count == 0


@pytest.mark.parametrize("role", [*OUTSIDERS, "member_x"])
@pytest.mark.parametrize("kind", ["", "documents"])
def test_private_document_is_in_no_documents_list_or_block(visitor, leak_world, role, kind):
    """The intranet's document is found by no one: not in the documents list, the documents
    block next to the pages, their counts, nor the page's text. Not even once a public page
    links it (an editor's mistake: the link refuses strangers): its collection keeps it out."""
    this_document = get_document_model().objects.filter(pk=leak_world.document.pk)
    assert not documents_published(this_document).exists()  # the intranet's link publishes not
    factories.page_linking(leak_world.document, parent=leak_world.home)
    # Published through a live public page: only the collection's restriction is left to fail.
    assert documents_published(this_document).exists()
    for query in (DOCUMENT_TITLE, "pelikaanverslag", "notulen"):
        response = visitor(role).get(reverse("search"), {"q": query, "kind": kind})
        assert response.status_code == 200
        documents = response.context["document_results"]
        assert documents.count == 0
        assert not documents.block
        assert documents.page is None or not documents.page.object_list
        rest = re.sub(re.escape(query), "", html(response), flags=re.IGNORECASE)
        assert secrets_in(rest) == []


@pytest.mark.parametrize("role", ["anonymous", "member_x"])
@pytest.mark.parametrize("query", SEARCHES)
def test_english_search_never_finds_a_closed_page(visitor, leak_world, role, query):
    """The English search also searches untranslated Dutch pages (another statement): still
    public pages only, in the results, the count and the "more in other themes" count."""
    with translation.override("en"):
        url = reverse("search")
    response = visitor(role).get(url, {"q": query, "theme": leak_world.theme.slug})
    assert response.status_code == 200
    results = response.context["search_results"]
    assert results is None or results.paginator.count == 0
    assert response.context["elsewhere_count"] == 0
    rest = re.sub(re.escape(query), "", html(response), flags=re.IGNORECASE)
    assert secrets_in(rest) == []
