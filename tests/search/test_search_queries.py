"""Issue #21's budget for the search page: at most 12 queries, in Dutch and English, with and
without a lens, a theme filter, the documents block and "N more in other themes", the same
count with 11 and with 1,000 matching events, projects and news items (the results of every
type on one page: their fields and themes in one statement, whatever the types shown)."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.utils import timezone
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from core.lens import LENS_COOKIE
from tests import factories
from tests.budgets import BUDGET, children_bulk_add, render_queries
from tests.search.test_core import search_url

WORD = "zeearend"
# In the large-audience events and in three knowledge pages only: with the lens "small", the
# favoured part (the knowledge pages) is shorter than the first page, the whole set fills it.
RARE = "visarend"
SMALL, LARGE = 11, 1000


def _grow(site_tree, total: int) -> None:
    """`total` projects and news items whose title has WORD, more events (half of them for
    small organisations: a lens fills the first page with them at either size), knowledge
    pages below the theme Mobiliteit, indexed for search as `update_index` does it."""
    from core.models import ContentPage
    from events.models import EventPage
    from networks.models import ProjectPage
    from news.models import NewsPage

    now = timezone.now()

    def event(number: int) -> dict:
        start = now + timedelta(days=number % 90 + 1)
        audience = "small" if number % 2 else "large"
        return {
            "title": f"{WORD} dag {number}" + ("" if number % 2 else f" {RARE}"),
            "start": start,
            "end": start + timedelta(hours=2),
            "audience": audience,
        }

    def _knowledge(number: int) -> dict:
        return {"title": f"{WORD} kennis {number}" + (f" {RARE}" if number % 4 == 0 else "")}

    kinds = (
        (EventPage, site_tree.agenda, event, [site_tree.mobility], total + 2 * SMALL),
        (ProjectPage, site_tree.tracer, lambda n: {"title": f"{WORD} project {n}"}, (), total),
        (NewsPage, site_tree.news_index, lambda n: {"title": f"{WORD} bericht {n}"}, (), total),
        (ContentPage, site_tree.mobility, _knowledge, (), SMALL),
    )
    backend = get_search_backend()
    for model, parent, fields, themes, wanted in kinds:
        existing = model.objects.child_of(parent).filter(title__startswith=WORD).count()
        if wanted > existing:
            children_bulk_add(parent, model, wanted - existing, fields, themes=themes)
        backend.add_bulk(model, list(model.objects.filter(title__startswith=WORD)))


def _urls(site_tree) -> dict[str, str]:
    nl, en = search_url("nl"), search_url("en")
    theme = site_tree.mobility.slug
    return {
        "nl": f"{nl}?q={WORD}",
        "en": f"{en}?q={WORD}",
        "nl theme": f"{nl}?q={WORD}&theme={theme}",
        "en theme": f"{en}?q={WORD}&theme={theme}",
        "nl events by date": f"{nl}?q={WORD}&kind=events&order=date",
        "nl page 2": f"{nl}?q={WORD}&page=2",
        "nl documents": f"{nl}?q={WORD}&kind=documents",
        "nl nothing found": f"{nl}?q=zeearendnest",
        "nl favoured part short": f"{nl}?q={RARE}",
    }


# With the lens on as well (the searches it changes: two parts read as one list).
LENS_SEARCHES = ("nl", "en", "nl theme", "nl events by date", "nl favoured part short")


def _measure(client, urls: dict[str, str]) -> dict[str, int]:
    measured = {name: render_queries(client, url)[0] for name, url in urls.items()}
    client.cookies[LENS_COOKIE] = "ko"
    for name in LENS_SEARCHES:
        measured[f"{name}, lens ko"] = render_queries(client, urls[name])[0]
    client.cookies.pop(LENS_COOKIE, None)
    return measured


@pytest.mark.usefixtures("media_root")
def test_the_search_page_keeps_its_budget_at_11_and_1000_items(client, site_tree):
    for number in range(4):  # the documents block, its count and "all N documents"
        document = factories.DocumentFactory(title=f"{WORD} verslag {number} {RARE}")
        factories.page_linking(document)
    urls = _urls(site_tree)
    measured = {}
    for size in (SMALL, LARGE):
        _grow(site_tree, size)
        measured[size] = _measure(client, urls)

    for label, small in measured[SMALL].items():
        large = measured[LARGE][label]
        print(f"budget search {label}: {small}/{large} queries")
        assert small <= BUDGET, (label, small)
        assert large == small, (label, small, large)


def test_the_filter_fields_render_without_a_query(site_tree, django_assert_num_queries):
    """The theme, network, type and audience choices are kept per language until the next
    purge (core.fragments), also when the stored pages are forgotten without one."""
    from search.forms import SearchForm
    from search.views import FILTER_FIELDS

    locale = Locale.objects.get(language_code="nl")
    SearchForm({}, locale=locale)  # the first reader
    caches["pages"].clear()
    with django_assert_num_queries(0):
        form = SearchForm({"q": WORD, "theme": site_tree.mobility.slug}, locale=locale)
        form.search_data()
        html = "".join(str(form[name]) for name in FILTER_FIELDS)
    assert site_tree.mobility.title in html
