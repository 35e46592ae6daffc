"""How results are ordered: the reader's KO/GO lens first (nothing hidden), the date order
(an event by its start, other pages by publication), promotions on the first page only."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from core.lens import LENS_COOKIE
from events.models import Audience
from tests import factories
from tests.search.test_core import search_url


def results(client, params: dict, *, lens: str | None = None):
    if lens:
        client.cookies[LENS_COOKIE] = lens
    else:
        client.cookies.pop(LENS_COOKIE, None)
    response = client.get(search_url(), params)
    assert response.status_code == 200
    return response


def titles(response) -> list[str]:
    page = response.context["search_results"]
    return [result.title for result in page] if page else []


def _quokka_site(site_tree) -> None:
    factories.EventPageFactory(parent=site_tree.agenda, title="Quokka groot", audience="large")
    factories.EventPageFactory(parent=site_tree.agenda, title="Quokka klein", audience="small")
    factories.EventPageFactory(
        parent=site_tree.agenda, title="Quokka iedereen", audience=Audience.EVERYONE
    )
    factories.ContentPageFactory(
        parent=site_tree.home,
        title="Over iets",
        intro="Een lange inleiding over heel veel andere onderwerpen, en terloops een quokka.",
    )


def test_without_a_lens_the_order_is_relevance_alone(client, site_tree):
    _quokka_site(site_tree)

    found = titles(results(client, {"q": "quokka"}))

    # Title matches above the body match, the large-organisation event among them.
    assert found[-1] == "Over iets", found
    assert "Quokka groot" in found[:3]


def test_a_lens_puts_events_for_the_other_size_last_and_hides_nothing(client, site_tree):
    _quokka_site(site_tree)
    plain = results(client, {"q": "quokka"})

    small = results(client, {"q": "quokka"}, lens="ko")
    large = results(client, {"q": "quokka"}, lens="go")

    assert titles(small)[-1] == "Quokka groot"
    # Relevance kept within the favoured part: the title matches above the body match.
    assert titles(small)[2] == "Over iets"
    assert titles(large)[-1] == "Quokka klein"
    assert titles(large)[2] == "Over iets"
    for response in (small, large):
        assert sorted(titles(response)) == sorted(titles(plain))
        assert response.context["search_results"].paginator.count == 4
    html = small.content.decode()
    assert "Uw lens staat aan: resultaten voor kleine organisaties eerst" in html


def test_the_lens_order_holds_across_the_page_boundary(client, site_tree):
    for number in range(12):
        factories.EventPageFactory(
            parent=site_tree.agenda, title=f"Wallaby klein {number}", audience="small"
        )
    for number in range(3):
        factories.EventPageFactory(
            parent=site_tree.agenda, title=f"Wallaby groot {number}", audience="large"
        )

    first = results(client, {"q": "wallaby"}, lens="ko")
    second = results(client, {"q": "wallaby", "page": 2}, lens="ko")

    assert all("klein" in title for title in titles(first))
    assert len(titles(first)) == 10
    assert [title.split()[1] for title in titles(second)] == ["klein"] * 2 + ["groot"] * 3
    assert len(set(titles(first)) | set(titles(second))) == 15
    assert second.context["search_results"].paginator.num_pages == 2


def test_the_lens_keeps_the_date_order_within_each_part(client, site_tree):
    now = timezone.now()
    for days, audience in ((3, "small"), (9, "large"), (6, "small"), (12, "everyone")):
        factories.EventPageFactory(
            parent=site_tree.agenda,
            title=f"Dingo {days}",
            audience=audience,
            start=now + timedelta(days=days),
        )

    found = titles(results(client, {"q": "dingo", "order": "date"}, lens="ko"))

    assert found == ["Dingo 12", "Dingo 6", "Dingo 3", "Dingo 9"]


def _queries(client, params: dict, lens: str | None) -> int:
    # Caches filled: the first request also makes the footer's settings row, whose save
    # renews the page cache's generation (pagecache.signals), and with it the filter choices.
    results(client, params, lens=lens)
    results(client, params, lens=lens)
    with CaptureQueriesContext(connection) as queries:
        results(client, params, lens=lens)
    return len(queries)


def test_a_lens_search_costs_the_same_at_11_and_40_matches(client, site_tree):
    # Eleven: a page that holds every result costs one count less (tests/search/test_cost.py).
    for number in range(11):
        factories.EventPageFactory(
            parent=site_tree.agenda,
            title=f"Koekoek {number}",
            audience="large" if number % 3 else "small",
        )
    small = _queries(client, {"q": "koekoek"}, "ko")
    # Only events for large organisations: the first page still spans both parts.
    for number in range(11, 40):
        factories.EventPageFactory(
            parent=site_tree.agenda, title=f"Koekoek {number}", audience="large"
        )
    large = _queries(client, {"q": "koekoek"}, "ko")
    plain = _queries(client, {"q": "koekoek"}, None)

    assert small == large
    # At the boundary one more slice than without a lens; the count is one statement.
    assert large <= plain + 1


def test_the_date_order_puts_events_by_their_start_and_pages_by_publication(client, site_tree):
    now = timezone.now()
    page = factories.ContentPageFactory(parent=site_tree.home, title="Emoe pagina")
    Page.objects.filter(pk=page.pk).update(last_published_at=now - timedelta(days=1))
    factories.EventPageFactory(
        parent=site_tree.agenda, title="Emoe later", start=now + timedelta(days=30)
    )
    # Published last, but it took place a month ago.
    factories.EventPageFactory(
        parent=site_tree.agenda, title="Emoe voorbij", start=now - timedelta(days=30)
    )

    found = titles(results(client, {"q": "emoe", "order": "date"}))

    assert found == ["Emoe later", "Emoe pagina", "Emoe voorbij"]


def test_the_date_option_says_what_it_does(client, site_tree):
    html = results(client, {"q": "emoe"}).content.decode()

    assert "Datum, laatste eerst" in html


def test_promotions_show_on_the_first_page_only(client, site_tree):
    for number in range(12):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Gazelle {number}")
    SearchPromotion.objects.create(query=Query.get("gazelle"), page=site_tree.mobility)

    first = results(client, {"q": "gazelle"})
    second = results(client, {"q": "gazelle", "page": 2})

    assert [promotion.title for promotion in first.context["search_promotions"]] == ["Mobiliteit"]
    assert second.context["search_promotions"] == []
    assert "Aanbevolen" not in second.content.decode()


def test_the_lens_shows_nothing_closed_or_draft(client, site_tree):
    factories.EventPageFactory(parent=site_tree.agenda, title="Okapi open", audience="large")
    factories.EventPageFactory(parent=site_tree.intranet, title="Okapi besloten", audience="large")
    draft = factories.EventPageFactory(parent=site_tree.agenda, title="Okapi concept")
    draft.unpublish()

    for lens in (None, "ko", "go"):
        response = results(client, {"q": "okapi"}, lens=lens)
        assert titles(response) == ["Okapi open"]
        assert response.context["search_results"].paginator.count == 1
