"""The search log: what people search for, counted per day, without anything personal."""

import datetime
import html
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import ZeroResultQuery
from search.services import search_log_text
from tests import factories


@pytest.fixture
def search_url() -> str:
    with translation.override("nl"):
        return reverse("search")


def hits(text: str) -> int:
    daily = QueryDailyHits.objects.filter(query__query_string=text)
    return sum(daily.values_list("hits", flat=True))


def zero_hits(text: str) -> int:
    return sum(ZeroResultQuery.objects.filter(query_string=text).values_list("hits", flat=True))


def test_a_query_is_counted_once_a_day_per_normalised_text(client, site_tree, search_url):
    client.get(search_url, {"q": "Mobiliteit"})
    client.get(search_url, {"q": "  mobiliteit "})
    client.get(search_url, {"q": "MOBILITEIT"})

    assert Query.objects.filter(query_string="mobiliteit").count() == 1
    assert QueryDailyHits.objects.get(query__query_string="mobiliteit").hits == 3
    assert QueryDailyHits.objects.get().date == timezone.localdate()
    assert ZeroResultQuery.objects.count() == 0  # it found something


def test_pager_clicks_and_prefetches_and_bots_do_not_count(client, site_tree, search_url):
    for number in range(12):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Fietsplan {number}")
    client.get(search_url, {"q": "fietsplan"})
    client.get(search_url, {"q": "fietsplan", "page": "2"})
    client.get(search_url, {"q": "fietsplan"}, headers={"Sec-Purpose": "prefetch"})
    client.get(search_url, {"q": "fietsplan"}, headers={"User-Agent": "Googlebot/2.1"})

    assert hits("fietsplan") == 1


def pager_link(response, rel: str) -> str:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}"', response.content.decode())
    assert found, f"no {rel} link"
    return html.unescape(found[1])


def test_following_the_pager_there_and_back_counts_the_search_once(client, site_tree, search_url):
    for number in range(12):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Fietsroute {number}")
    first = client.get(search_url, {"q": "fietsroute", "theme": ""})
    second = client.get(search_url + pager_link(first, "next"))
    client.get(search_url + pager_link(second, "prev"))  # back to page 1: only the number changed

    assert second.context["search_results"].number == 2
    assert hits("fietsroute") == 1


def test_a_query_without_results_is_counted_as_such(client, site_tree, search_url):
    client.get(search_url, {"q": "Okapiwolk"})
    client.get(search_url, {"q": "okapiwolk"})
    with translation.override("en"):
        english_url = reverse("search")
    client.get(english_url, {"q": "okapiwolk"})

    assert hits("okapiwolk") == 3
    assert ZeroResultQuery.objects.get(query_string="okapiwolk", language="nl").hits == 2
    assert ZeroResultQuery.objects.get(query_string="okapiwolk", language="en").hits == 1


def test_an_email_address_or_a_long_number_is_never_stored(client, site_tree, search_url):
    client.get(search_url, {"q": "inschrijving jan.peeters@example.be 0475 12 34 56"})

    stored = " ".join(
        [*Query.objects.values_list("query_string", flat=True)]
        + [*ZeroResultQuery.objects.values_list("query_string", flat=True)]
    )
    assert "peeters" not in stored
    assert "example" not in stored
    assert "0475" not in stored and "34 56" not in stored
    assert "inschrijving [e-mail] [nummer]" in stored


@pytest.mark.parametrize(
    ("typed", "logged"),
    [
        ("MVO  2030", "mvo 2030"),
        ("postcode 9000", "postcode 9000"),
        ("rijksregister 85.07.30-033.61", "rijksregister [nummer]"),
        ("mail naar a@b", "mail naar [e-mail]"),
    ],
)
def test_what_the_log_keeps_of_a_query(typed, logged):
    assert search_log_text(typed) == logged


@pytest.mark.parametrize("query", ["", "   ", "\x00", "a\x00b", "mvo " * 250, "x" * 1000, "<b>"])
def test_bad_queries_answer_and_are_stored_no_longer_than_the_limit(
    client, site_tree, search_url, query
):
    response = client.get(search_url, {"q": query})

    assert response.status_code == 200
    for text in Query.objects.values_list("query_string", flat=True):
        assert len(text) <= 200
        assert "\x00" not in text
    for text in ZeroResultQuery.objects.values_list("query_string", flat=True):
        assert len(text) <= 200
    if not query.strip("\x00 "):
        assert Query.objects.count() == 0


def test_prune_keeps_the_last_days_only(site_tree, settings):
    settings.SEARCH_LOG_RETENTION_DAYS = 30
    today = timezone.localdate()
    old, recent = today - datetime.timedelta(days=31), today - datetime.timedelta(days=29)
    Query.get("oud").add_hit(date=old)
    Query.get("recent").add_hit(date=recent)
    ZeroResultQuery.objects.create(query_string="oud", language="nl", date=old, hits=1)
    ZeroResultQuery.objects.create(query_string="recent", language="nl", date=recent, hits=1)

    call_command("search_log_prune")

    assert list(Query.objects.values_list("query_string", flat=True)) == ["recent"]
    assert list(ZeroResultQuery.objects.values_list("query_string", flat=True)) == ["recent"]


@pytest.mark.parametrize("found", [True, False])
def test_a_search_is_logged_in_upserts_one_statement_on_postgresql(site_tree, found):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search.services import search_hit_record

    search_hit_record(text="Zeekat", language="nl", found=found)
    with CaptureQueriesContext(connection) as queries:
        search_hit_record(text="zeekat", language="nl", found=found)

    assert hits("zeekat") == 2
    assert zero_hits("zeekat") == (0 if found else 2)
    if connection.vendor == "postgresql":
        assert len(queries) == 1
    else:  # SQLite has no INSERT inside WITH: one upsert a table
        assert len(queries) == (2 if found else 3)


@pytest.mark.django_db(transaction=True)
def test_a_count_waits_for_no_disk_and_leaves_other_transactions_alone_on_postgresql():
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from search.services import search_hit_record

    if connection.vendor != "postgresql":
        pytest.skip("synchronous_commit is PostgreSQL's")

    def synchronous_commit() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            return cursor.fetchone()[0]

    with CaptureQueriesContext(connection) as queries:
        search_hit_record(text="zeekat", language="nl", found=False)
    assert len(queries) == 1 and "'synchronous_commit', 'off'" in queries[0]["sql"]
    assert synchronous_commit() == "on"  # its own transaction only, not the connection's
    with transaction.atomic():  # a caller's transaction keeps waiting for the disk
        search_hit_record(text="zeekat", language="nl", found=False)
        assert synchronous_commit() == "on"
    assert hits("zeekat") == zero_hits("zeekat") == 2
