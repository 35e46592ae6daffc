"""What a search's count statement reads on PostgreSQL (search/backend.py, `counting`): the
matching index entries from the GIN index, each looked up as a page in turn until the count
stops, so that a count of a common word reads about as many pages as it counts and one of a
rare word only its matches; with a phrase, its one-word alternatives first (no vector read);
with a theme, the theme's pages. Exact up to the cap, and nothing a visitor may not see is
counted (drafts, closed areas, other languages)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.search.query import Or, Phrase

from search.forms import SearchForm
from search.selectors import RESULTS_PER_PAGE, count_at_most, search_results, searchable_pages
from tests import factories

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's count statement"
)

# The look-up of a match's page (a subplan a row: by its key on a large site; a small table
# is scanned), with the times EXPLAIN ANALYZE counted it run.
PAGE_LOOK_UP = re.compile(r"SubPlan \d+\n\s+->  Limit \(actual [^)]*loops=(\d+)\)")


def _counted(found, **options) -> tuple[int, str, str]:
    """(count, its statement, that statement's plan as run) of `count_at_most`."""
    with CaptureQueriesContext(connection) as queries:
        counted = count_at_most(found, **options)
    (statement,) = [query["sql"] for query in queries if query["sql"].startswith("SELECT COUNT")]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + statement)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return counted, statement, plan


def _page_look_ups(plan: str) -> int:
    return sum(int(loops) for loops in PAGE_LOOK_UP.findall(plan))


def test_a_count_of_a_common_word_stops_after_about_as_many_pages_as_it_counts(site_tree):
    for number in range(20):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Okapi {number}")
    found = Page.objects.live().search("okapi")

    counted, statement, plan = _counted(found, cap=4)

    assert (counted, found.count()) == (5, 20)
    # The matches from the index (no function that gives all of them first), each looked up
    # as a page until the count has 5 (one of these look-ups each): not every match joined
    # with every page.
    assert "search_matching_objects" not in statement
    assert "search_indexentry_vector_gin" in plan, plan
    assert _page_look_ups(plan) == 5, plan


def test_a_count_of_a_rare_word_looks_up_its_matches_only(site_tree):
    for number in range(20):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Zebra {number}")
    factories.ContentPageFactory(parent=site_tree.home, title="Okapi")
    factories.ContentPageFactory(parent=site_tree.home, title="Okapi in de zoo")

    counted, _statement, plan = _counted(Page.objects.live().search("okapi"))

    assert counted == 2
    # Two look-ups by key, no scan of every page.
    assert _page_look_ups(plan) == 2, plan
    assert "Seq Scan on wagtailcore_page" not in plan.split("SubPlan")[0], plan


def _phrase_pages(site_tree, *, lynxes: int) -> None:
    """`lynxes` pages with "lynx", three with "groene stroom", one with both, and two with the
    phrase's words apart."""
    titles = [f"Lynx {number}" for number in range(lynxes)]
    titles += [f"Groene stroom {number}" for number in range(3)]
    titles += [f"Stroom, groen {number}" for number in range(2)] + ["Lynx en groene stroom"]
    for title in titles:
        factories.ContentPageFactory(parent=site_tree.home, title=title)


GREEN_OR_LYNX = Or([Phrase("groene stroom"), Phrase("lynx")])


def test_a_phrase_count_counts_the_one_word_alternatives_first_and_each_page_once(site_tree):
    _phrase_pages(site_tree, lynxes=5)
    found = Page.objects.live().search(GREEN_OR_LYNX)

    counted, statement, plan = _counted(found, cap=3)

    # Every page with the phrase or the word, the one with both once; not the two with the
    # phrase's words apart.
    assert found.count() == 5 + 3 + 1
    assert counted == 4
    # The entries with "lynx" (the index alone) counted first, then the rest of the query
    # without them (each phrase checked on its entry's stored vector): not read here, the
    # first part reached the count's end.
    assert "&& !!(" in statement
    second_part = plan.split("Bitmap Heap Scan")[2]
    assert "never executed" in second_part.split("\n")[0], plan


def test_a_phrase_count_below_the_cap_checks_the_phrase(site_tree):
    _phrase_pages(site_tree, lynxes=0)
    found = Page.objects.live().search(GREEN_OR_LYNX)

    assert count_at_most(found) == 4
    assert count_at_most(Page.objects.live().search(Phrase("groene stroom"))) == 4


def test_a_phrase_count_with_other_words_reads_the_index_once(site_tree):
    from wagtail.search.query import And, PlainText

    _phrase_pages(site_tree, lynxes=2)
    factories.ContentPageFactory(parent=site_tree.home, title="Lynx in de stroom")
    with_words = And([GREEN_OR_LYNX, PlainText("stroom", operator="and")])

    counted, statement, _plan = _counted(Page.objects.live().search(with_words))

    # "stroom" with the phrase (three pages, one of them with "lynx" too) or with "lynx".
    assert counted == 3 + 1 + 1
    # One part: a second would read "stroom" in the index again, for a few results.
    assert "&& !!(" not in statement
    assert statement.count('"search_vector" @@') == 1


@pytest.mark.parametrize("from_pages", [False, True])
def test_a_count_never_counts_a_draft_a_closed_area_or_another_language(site_tree, from_pages):
    dutch = Locale.objects.get(language_code="nl")
    english = Locale.objects.get_or_create(language_code="en")[0]
    factories.ContentPageFactory(parent=site_tree.home, title="Wombat een")
    source = factories.ContentPageFactory(parent=site_tree.home, title="Wombat twee")
    factories.ContentPageFactory(parent=site_tree.home, title="Wombat concept", live=False)
    factories.ContentPageFactory(parent=site_tree.intranet, title="Wombat intranet")
    translated = source.copy_for_translation(english, copy_parents=True)
    translated.title = "Wombat translated"
    translated.save_revision().publish()

    in_dutch = searchable_pages(locale=dutch).search("wombat")
    in_english = searchable_pages(locale=english).search("wombat")

    assert count_at_most(in_dutch, from_pages=from_pages) == 2
    # English: the translation, and the Dutch page without one.
    assert count_at_most(in_english, from_pages=from_pages) == 2
    assert count_at_most(in_dutch, cap=1, from_pages=from_pages) == 2
    assert count_at_most(in_dutch, cap=0, from_pages=from_pages) == 1


def test_a_theme_search_counts_its_results_from_the_themes_pages(site_tree):
    for number in range(3):
        factories.EventPageFactory(
            parent=site_tree.agenda, title=f"Gnoe {number}", themes=[site_tree.mobility]
        )
    for number in range(4):
        factories.ContentPageFactory(parent=site_tree.diversity, title=f"Gnoe divers {number}")
    for number in range(RESULTS_PER_PAGE):
        factories.ContentPageFactory(parent=site_tree.mobility, title=f"Gnoe mobiel {number}")
    locale = Locale.objects.get(language_code="nl")
    form = SearchForm({"q": "gnoe", "theme": site_tree.mobility.slug}, locale=locale)
    with CaptureQueriesContext(connection) as queries:
        results = search_results(form_data=form.search_data(), locale=locale)
    counts = [query["sql"] for query in queries if query["sql"].startswith("SELECT COUNT(*)")]

    assert (results.count, results.elsewhere_count) == (3 + RESULTS_PER_PAGE, 4)
    # The theme keeps few of a common word's matches: its count reads the theme's pages,
    # with the matches read from the index at once; the count elsewhere (most of the
    # matches) looks the matches up in turn.
    from_pages = 'SELECT COUNT(*) FROM (SELECT "wagtailcore_page"."id"'
    from_matches = 'SELECT COUNT(*) FROM (SELECT "wagtailsearch_indexentry"."id"'
    assert sorted(sql[: len(from_pages)] for sql in counts) == [
        from_pages,
        from_matches[: len(from_pages)],
    ]
    assert all("search_matching_objects" not in sql for sql in counts)
    # The theme's tagged pages as lists of keys, found in the pages' index (with its places),
    # in the count from the pages only: the results and the count elsewhere test pages
    # against the theme.
    (in_theme,) = [sql for sql in counts if sql.startswith(from_pages)]
    assert in_theme.count("= ANY (ARRAY(SELECT") == 4, in_theme
    others = [query["sql"] for query in queries if query["sql"] != in_theme]
    assert not any("= ANY (ARRAY(SELECT V0" in sql for sql in others)


def test_the_exact_part_of_a_query_leaves_out_its_phrases_of_several_words():
    from wagtail.search.query import And, Not, PlainText

    from search.backend import _without_phrases

    lynx, green = Phrase("lynx"), Phrase("groene stroom")
    words = PlainText("werk", operator="and")
    either = Or([green, lynx])
    both = And([either, words])
    not_green = And([words, Not(green)])

    # A subset of the query's matches: an alternative left out, an And with one gone.
    assert _without_phrases(either) is lynx
    assert _without_phrases(green) is None
    assert _without_phrases(And([green, words])) is None
    exact = _without_phrases(both)
    assert isinstance(exact, And)
    assert exact.subqueries == [lynx, words]
    # Nothing to leave out (no phrase, or one under a Not): the query itself.
    assert _without_phrases(words) is words
    assert _without_phrases(not_green) is not_green
    # "CO2-uitstoot" is two words to PostgreSQL's phrase.
    assert _without_phrases(Phrase("CO2-uitstoot")) is None
