"""Search result pages in the page cache (pagecache): an anonymous reader's repeat of a search
is served stored, yet counted in the search log as one that renders; what is personal or
closed is never stored; any change a reader could see shows at once."""

import time
from types import SimpleNamespace

import pytest
from django.core.cache.backends import locmem
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from core.lens import LENS_COOKIE
from search.models import ZeroResultQuery
from tests import factories
from tests.pagecache.test_database_fault import database_down
from tests.search.test_log import hits

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def search_url() -> str:
    with translation.override("nl"):
        return reverse("search")


def cache_status(response) -> str | None:
    return response.headers.get("X-Cache")


def log_writes(found: bool) -> int:
    """The statements one counted search costs (search.services): one on PostgreSQL."""
    if connection.vendor == "postgresql":
        return 1
    return 2 if found else 3


def test_a_repeated_search_is_served_stored_and_still_counted(
    client, site_tree, search_url, django_assert_num_queries
):
    first = client.get(search_url, {"q": "mobiliteit"})
    with django_assert_num_queries(log_writes(found=True)) as captured:
        second = client.get(search_url, {"q": "mobiliteit"})

    assert (cache_status(first), cache_status(second)) == ("miss", "hit")
    assert second.content == first.content and "Mobiliteit" in second.content.decode()
    assert all("INSERT INTO" in query["sql"] for query in captured.captured_queries)
    assert hits("mobiliteit") == 2
    # Only this cache keeps it: a CDN or a browser would answer without counting.
    for response in (first, second):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert "private" in directives and "public" not in directives


def test_a_repeated_search_without_results_is_counted_as_such(
    client, site_tree, search_url, django_assert_num_queries
):
    client.get(search_url, {"q": "okapiwolk"})
    with django_assert_num_queries(log_writes(found=False)):
        second = client.get(search_url, {"q": "okapiwolk"})
    with translation.override("en"):
        client.get(reverse("search"), {"q": "okapiwolk"})
        english = client.get(reverse("search"), {"q": "okapiwolk"})

    assert cache_status(second) == cache_status(english) == "hit"
    assert hits("okapiwolk") == 4
    assert ZeroResultQuery.objects.get(query_string="okapiwolk", language="nl").hits == 2
    assert ZeroResultQuery.objects.get(query_string="okapiwolk", language="en").hits == 2


def test_a_stored_page_two_a_prefetch_or_a_bot_is_not_counted(client, site_tree, search_url):
    for number in range(12):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Fietsplan {number}")
    client.get(search_url, {"q": "fietsplan"})
    client.get(search_url, {"q": "fietsplan", "page": "2"})
    page_two = client.get(search_url, {"q": "fietsplan", "page": "2"})
    prefetch = client.get(search_url, {"q": "fietsplan"}, headers={"Sec-Purpose": "prefetch"})
    bot = client.get(search_url, {"q": "fietsplan"}, headers={"User-Agent": "Googlebot/2.1"})

    assert cache_status(page_two) == cache_status(prefetch) == cache_status(bot) == "hit"
    assert hits("fietsplan") == 1


def test_a_logged_in_readers_search_is_never_stored_nor_served(
    client, login, site_tree, search_url
):
    client.get(search_url, {"q": "mobiliteit"})  # an anonymous reader's, stored
    member = login(factories.UserFactory())

    first = member.get(search_url, {"q": "mobiliteit"})
    second = member.get(search_url, {"q": "diversiteit"})
    third = member.get(search_url, {"q": "diversiteit"})

    assert cache_status(first) is cache_status(second) is cache_status(third) is None
    assert "private" in third["Cache-Control"]
    assert cache_status(client.get(search_url, {"q": "diversiteit"})) == "miss"
    assert hits("mobiliteit") == 2 and hits("diversiteit") == 3


def test_a_closed_areas_own_search_is_never_stored(client, login, site_tree):
    url = site_tree.intranet.url + "zoeken/"
    restriction = PageViewRestriction.objects.get(page=site_tree.intranet)
    reader = factories.UserFactory()
    reader.groups.add(*restriction.groups.all())
    member = login(reader)

    first, second = (member.get(url, {"q": "mobiliteit"}) for _ in range(2))
    anonymous = client.get(url, {"q": "mobiliteit"})

    assert first.status_code == second.status_code == 200
    assert cache_status(second) is None
    assert "no-store" in second["Cache-Control"]
    assert anonymous.status_code == 302 and cache_status(anonymous) == "skip"
    assert not Query.objects.filter(query_string="mobiliteit").exists()  # never logged


def test_a_search_with_a_filter_error_is_not_stored(client, site_tree, search_url):
    for _ in range(2):
        response = client.get(search_url, {"q": "mobiliteit", "page": "nul"})

    assert response.status_code == 200 and cache_status(response) == "skip"


def test_each_lens_has_its_own_stored_search(client, site_tree, search_url):
    for lens in ("", "ko", "go"):
        client.cookies[LENS_COOKIE] = lens
        first = client.get(search_url, {"q": "mobiliteit"})
        second = client.get(search_url, {"q": "mobiliteit"})
        assert (cache_status(first), cache_status(second)) == ("miss", "hit")
        assert second.headers.get("X-Lens") == (lens or None)
    client.cookies[LENS_COOKIE] = "nonsense"  # no lens: the page without one

    assert cache_status(client.get(search_url, {"q": "mobiliteit"})) == "hit"
    assert hits("mobiliteit") == 7


def test_publishing_a_page_shows_in_a_stored_search_at_once(client, site_tree, search_url):
    assert "Okapiroute" not in client.get(search_url, {"q": "okapiroute"}).content.decode()
    assert cache_status(client.get(search_url, {"q": "okapiroute"})) == "hit"

    factories.ContentPageFactory(parent=site_tree.home, title="Okapiroute")

    response = client.get(search_url, {"q": "okapiroute"})
    assert cache_status(response) == "miss" and "Okapiroute" in response.content.decode()


def test_a_promotion_shows_in_a_stored_search_at_once(client, site_tree, search_url):
    client.get(search_url, {"q": "fietsen"})
    assert cache_status(client.get(search_url, {"q": "fietsen"})) == "hit"

    promotion = SearchPromotion.objects.create(
        query=Query.get("fietsen"), page=site_tree.mobility, sort_order=0
    )
    response = client.get(search_url, {"q": "fietsen"})
    assert cache_status(response) == "miss" and "Aanbevolen" in response.content.decode()

    promotion.delete()
    response = client.get(search_url, {"q": "fietsen"})
    assert cache_status(response) == "miss" and "Aanbevolen" not in response.content.decode()


def test_a_stored_search_lives_shorter_than_a_page(client, site_tree, search_url, settings):
    settings.PAGE_CACHE_SEARCH_SECONDS = 0  # stored, but never fresh
    client.get(search_url, {"q": "mobiliteit"})
    client.get(site_tree.mobility.url)

    assert cache_status(client.get(search_url, {"q": "mobiliteit"})) == "miss"
    assert cache_status(client.get(site_tree.mobility.url)) == "hit"


def _later(monkeypatch, seconds: int) -> None:
    """The cache's clock (local memory) `seconds` on: what it keeps for less has expired."""
    later = time.time() + seconds
    monkeypatch.setattr(locmem, "time", SimpleNamespace(time=lambda: later))


def test_a_stored_search_is_served_during_an_outage(
    client, site_tree, search_url, settings, monkeypatch
):
    client.raise_request_exception = False
    stored = client.get(search_url, {"q": "mobiliteit"})

    with database_down():
        served = client.get(search_url, {"q": "mobiliteit"})  # its count cannot be written
        not_stored = client.get(search_url, {"q": "diversiteit"})

    assert served.status_code == 200 and cache_status(served) == "hit"
    assert served.content == stored.content
    assert not_stored.status_code == 503
    assert hits("mobiliteit") == 1
    assert cache_status(client.get(search_url, {"q": "mobiliteit"})) == "hit"
    assert hits("mobiliteit") == 1  # the database was found down a moment ago: not tried
    _later(monkeypatch, settings.PAGE_CACHE_RETRY_AFTER + 1)
    assert cache_status(client.get(search_url, {"q": "mobiliteit"})) == "hit"
    assert hits("mobiliteit") == 2  # counted again once the database is back


def test_during_an_outage_a_stored_search_tries_its_count_once_not_on_each_hit(
    client, site_tree, search_url
):
    client.get(search_url, {"q": "mobiliteit"})

    with database_down() as connecting:
        first = client.get(search_url, {"q": "mobiliteit"})  # finds the database down
        tried = connecting.call_count
        again = client.get(search_url, {"q": "mobiliteit"})

    # A database that hangs holds each attempt for the connect timeout (5 s): one reader
    # waits, not every reader of a stored search.
    assert tried == 1 and connecting.call_count == 1
    assert [cache_status(response) for response in (first, again)] == ["hit", "hit"]
    assert again.content == first.content


def test_a_stored_search_does_not_try_its_count_after_a_page_found_the_database_down(
    client, site_tree, search_url
):
    client.raise_request_exception = False
    client.get(search_url, {"q": "mobiliteit"})

    with database_down() as connecting:
        assert client.get(site_tree.diversity.url).status_code == 503
        tried = connecting.call_count
        served = client.get(search_url, {"q": "mobiliteit"})

    assert connecting.call_count == tried
    assert served.status_code == 200 and cache_status(served) == "hit"
