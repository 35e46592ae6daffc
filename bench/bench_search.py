"""How fast is the site search on a site of 1,000 and of 10,000 pages of Dutch text, and how
many database queries does one search request make at each size?

Needs PostgreSQL (`DATABASE_URL=postgres://...`): the search runs on PostgreSQL's full-text
search there (the Dutch configuration of search/migrations), and that is what the site runs
in production. On SQLite the script says so and stops.

The site is built like the demo's page tree (demo/loader.py): themes under the theme index,
knowledge pages under the themes (some nested), networks with projects, closed areas (view
restricted, with pages inside that must never be found), events in the agenda and under
networks and projects, news; a few pages are drafts. The text is realistic Dutch: sentences
of Faker's nl_NL words, with CSR terms (a vocabulary below, drawn with Zipf-like weights, so
"duurzaamheid" is common and "ecodesign" rare), as editors write them. The pages are written
with bulk inserts (treebeard's `add_child` costs several queries a page) and indexed with the
search backend's bulk indexing (`add_bulk`, what `update_index` calls).

Every search is a full request through Django's test client (`/nl/zoeken/?q=...`: URL
routing, middleware, the form, the selector, the search log, the template), measured after a
warm-up with the page cache off (`PAGE_CACHE_ENABLED=False`): search result pages are kept
there briefly (PAGE_CACHE_SEARCH_SECONDS), and a repeated query would otherwise be a stored
hit, not a search. The same searches are then timed by calling the selector alone
(`search_results`), which shows what the page around it costs, and served stored (page cache
on) for comparison. Per kind of search: p50/p95 in ms, the request's CPU time in this process,
the number of results, and the database queries of one request (CaptureQueriesContext), at
each site size, so a reader sees that the count does not grow with the site or the results.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dkc .venv/bin/python \
        bench/bench_search.py [--sizes 1000,10000] [--requests 30] [--explain] [--keep]
        bench/bench_search.py --reuse bench_search_dkc_1234 --sizes 10000 [--requests 30]

`--explain` prints EXPLAIN (ANALYZE, BUFFERS) of the slowest SQL statement of each kind at the
largest size. `--keep` keeps the scratch database and prints its name; `--reuse NAME` measures
on such a database (migrated first, not built again: `--sizes` names its size), so that two
versions of the code can be compared on the same site, one run after the other.

The table is printed and written to bench/results/search-<date>.md with the machine's load
average and the commit. The database named in DATABASE_URL is not touched: the script makes
its own scratch database next to it and drops it at the end (unless `--keep`).
"""

import argparse
import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20

# Dutch CSR vocabulary, most common first: term i is drawn with weight 1 / (i + 1).
CSR_TERMS = [
    "duurzaamheid",
    "maatschappelijk verantwoord ondernemen",
    "MVO",
    "kmo",
    "medewerkers",
    "energie",
    "klimaat",
    "mobiliteit",
    "diversiteit",
    "circulaire economie",
    "stakeholders",
    "afval",
    "transparantie",
    "duurzame aankoop",
    "lokale gemeenschap",
    "welzijn op het werk",
    "mensenrechten",
    "CO2-uitstoot",
    "hernieuwbare energie",
    "ketenverantwoordelijkheid",
    "inclusie",
    "woon-werkverkeer",
    "eerlijke handel",
    "biodiversiteit",
    "sociale economie",
    "duurzaamheidsverslag",
    "rapportering",
    "fietsvergoeding",
    "waterverbruik",
    "gelijke kansen",
    "levenslang leren",
    "ISO 26000",
    "GRI-richtlijnen",
    "ecodesign",
    "ethisch beleggen",
    "groene stroom",
    "verpakkingsafval",
    "anderstaligen",
    "arbeidsbeperking",
    "telewerk",
]
THEMES = [
    ("Mobiliteit", "mobiliteit"),
    ("Diversiteit", "diversiteit"),
    ("Energie en klimaat", "energie-en-klimaat"),
    ("Circulaire economie", "circulaire-economie"),
    ("Duurzame aankoop", "duurzame-aankoop"),
    ("Welzijn op het werk", "welzijn-op-het-werk"),
    ("Mensenrechten in de keten", "mensenrechten"),
    ("Lokale gemeenschap", "lokale-gemeenschap"),
    ("Rapportering en transparantie", "rapportering"),
    ("Sociale economie", "sociale-economie"),
    ("Biodiversiteit", "biodiversiteit"),
    ("Afval en materialen", "afval"),
]
TITLE_OPENINGS = [
    "Aan de slag met",
    "Praktijkvoorbeeld:",
    "Checklist",
    "Zo pakt een kmo",
    "Tien tips voor",
    "Lerend netwerk rond",
    "Studiedag over",
    "Infosessie",
    "Nieuws:",
    "Handleiding",
    "Werkgroep",
    "Subsidie voor",
]

# (kind, query parameters): several queries per kind, taken in turn, so no kind is one lucky
# query. `theme` is filled in with a theme's slug; "lens" requests carry the lens cookie.
SEARCHES = [
    ("one word", [{"q": "duurzaamheid"}, {"q": "mobiliteit"}, {"q": "energie"}]),
    ("two words", [{"q": "circulaire economie"}, {"q": "duurzame mobiliteit"}]),
    (
        "phrase-like",
        [{"q": "hoe begin ik met duurzame aankoop"}, {"q": "welzijn op het werk in een kmo"}],
    ),
    ("synonym (MVO, kmo)", [{"q": "MVO"}, {"q": "kmo"}, {"q": "CSR"}]),
    ("theme filter", [{"q": "energie", "theme": True}, {"q": "medewerkers", "theme": True}]),
    ("order=date", [{"q": "duurzaamheid", "order": "date"}, {"q": "afval", "order": "date"}]),
    ("page 2", [{"q": "duurzaamheid", "page": "2"}, {"q": "klimaat", "page": "2"}]),
    ("lens on (KO)", [{"q": "diversiteit", "lens": "ko"}, {"q": "energie", "lens": "ko"}]),
    ("zero results", [{"q": "xylofoonkwartet"}, {"q": "zeppelinhangar onderwaterfiets"}]),
]
LENS_COOKIE = "dkc_lens"
GOAL_P95_MS = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="site sizes in pages, ascending")
    parser.add_argument("--requests", type=int, default=30, help="measured requests per kind")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the slowest SQL")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--reuse", metavar="NAME", help="measure on a kept scratch database")
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        print(
            "bench_search: skipped, it needs PostgreSQL. Run it with "
            "DATABASE_URL=postgres://USER@HOST:PORT/NAME (a scratch database is made next to "
            "NAME and dropped afterwards)."
        )
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()

    from django.db import connection

    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    if args.reuse:
        _measure_kept(args.reuse, sizes[-1], args.requests, explain=args.explain)
        return
    connection.settings_dict["TEST"]["NAME"] = (
        f"bench_search_{connection.settings_dict['NAME']}_{os.getpid()}"
    )
    print("migrating a scratch PostgreSQL database ...", flush=True)
    started = time.perf_counter()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    try:
        site = SiteBuilder()
        measured = []
        for size in sizes:
            build = site.grow_to(size)
            print(
                f"site of {site.page_count} pages: built in {build.build_s:.1f} s, "
                f"indexed in {build.index_s:.1f} s",
                flush=True,
            )
            measured.append(_measure(args.requests, explain=args.explain and size == sizes[-1]))
        report = _report(sizes, measured)
        print("\n" + report)
        _write(report)
    finally:
        connection.close()
        if args.keep:
            print(f"kept the scratch database {connection.settings_dict['NAME']}")
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def _measure_kept(name: str, size: int, requests: int, *, explain: bool) -> None:
    """Measures on the scratch database `name` that a `--keep` run built, after migrating it
    (a migration of the code under test applies to the same site)."""
    from django.core.management import call_command
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = name
    call_command("migrate", verbosity=0)
    _glossary_seed()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # as autovacuum would after the migration
    report = _report([size], [_measure(requests, explain=explain)])
    print("\n" + report)
    _write(report)


# -- building the site --------------------------------------------------------------------


@dataclass
class Node:
    """A page of the tree as the builder tracks it (treebeard's path, its child count)."""

    path: str
    depth: int
    url_path: str
    numchild: int
    pk: int | None = None
    child_count_changed: bool = False


@dataclass
class Pending:
    node: Node
    model: type
    title: str
    slug: str
    live: bool
    fields: dict
    themes: list = field(default_factory=list)
    restricted: bool = False


@dataclass
class Build:
    build_s: float
    index_s: float


class SiteBuilder:
    """Builds the demo's page tree in bulk: Page rows with their treebeard paths computed
    here, then each page type's own table, the theme tags and the closed areas' view
    restrictions, a few statements per thousand pages; then the bulk indexing."""

    def __init__(self) -> None:
        from faker import Faker

        from core.factories import home_page
        from events.factories import EventIndexPageFactory
        from networks.factories import NetworkIndexPageFactory
        from news.factories import NewsIndexPageFactory
        from themes.factories import ThemeIndexPageFactory

        self.fake = Faker("nl_NL")
        self.fake.seed_instance(SEED)
        self.random = random.Random(SEED)  # noqa: S311 - made-up text, the same on every run
        self.weights = [1 / (rank + 1) for rank in range(len(CSR_TERMS))]
        self.home = home_page()
        self.locale_id = self.home.locale_id
        self.counter = 0
        self.pending: list[Pending] = []
        self.nodes: dict[int, Node] = {}
        indexes = [
            ThemeIndexPageFactory(parent=self.home),
            NetworkIndexPageFactory(parent=self.home),
            EventIndexPageFactory(parent=self.home),
            NewsIndexPageFactory(parent=self.home),
        ]
        for page in indexes:
            page.save_revision().publish()
        self.theme_index, self.network_index, self.agenda, self.news_index = (
            self._node_of(page) for page in indexes
        )
        _glossary_seed()
        self.page_count = 0
        self.themes: list[Node] = []
        self.theme_slugs = [slug for _title, slug in THEMES]
        self.knowledge: list[Node] = []  # content pages under themes (parents for nesting)
        self.networks: list[Node] = []
        self.projects: list[Node] = []
        self.closed_areas: list[Node] = []

    def _node_of(self, page) -> Node:
        page.refresh_from_db()
        return Node(page.path, page.depth, page.url_path, page.numchild, pk=page.pk)

    # Text ---------------------------------------------------------------------------------

    def term(self) -> str:
        return self.random.choices(CSR_TERMS, self.weights)[0]

    def sentence(self) -> str:
        words = self.fake.sentence(nb_words=self.random.randint(8, 16)).rstrip(".").split()
        # One CSR term in two sentences on average, as a knowledge page would use them.
        for _ in range(self.random.choice([0, 0, 1, 1, 2])):
            words.insert(self.random.randint(1, len(words)), self.term())
        return " ".join(words) + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def title(self) -> str:
        opening = self.random.choice(TITLE_OPENINGS)
        return f"{opening} {self.term()} {self.fake.word()}"

    def body(self) -> str:
        blocks = []
        for _ in range(self.random.randint(2, 5)):
            blocks.append({"type": "heading", "value": self.term().capitalize()})
            blocks.append({"type": "paragraph", "value": f"<p>{self.paragraph(5)}</p>"})
        return json.dumps(blocks)

    def summary(self) -> str:
        return self.paragraph(2)[:290]

    # Tree ---------------------------------------------------------------------------------

    def add(self, parent: Node, model, *, title: str, live: bool = True, themes=(), **fields):
        from wagtail.models import Page

        self.counter += 1
        slug = f"{_slug(title)}-{self.counter}"
        parent.numchild += 1
        parent.child_count_changed = True
        depth = parent.depth + 1
        node = Node(
            path=Page._get_path(parent.path, depth, parent.numchild),
            depth=depth,
            url_path=f"{parent.url_path}{slug}/",
            numchild=0,
        )
        self.pending.append(Pending(node, model, title, slug, live, fields, list(themes)))
        self.page_count += 1
        return node

    def text_fields(self) -> dict:
        summary = self.summary()
        return {
            "listing_summary": summary,
            "search_description": summary,
            "intro": self.paragraph(3),
            "body": self.body(),
        }

    def grow_to(self, size: int) -> Build:
        """Adds pages until the site has `size` (the demo's proportions), then indexes them."""
        from django.db import connection

        from core.models import ContentPage
        from events.models import EventPage
        from networks.models import ClosedAreaPage, NetworkPage, ProjectPage
        from news.models import NewsPage
        from themes.models import ThemePage

        started = time.perf_counter()
        for title, slug in THEMES[len(self.themes) :]:
            node = self.add(self.theme_index, ThemePage, title=title, **self.text_fields())
            self.pending[-1].slug = slug
            node.url_path = f"{self.theme_index.url_path}{slug}/"
            self.themes.append(node)
        count = size - self.page_count
        wanted_networks = max(3, size // 400)
        now = datetime.datetime.now(tz=datetime.UTC)
        while self.page_count < size:
            roll = self.random.random()
            if len(self.networks) < wanted_networks:
                network = self.add(
                    self.network_index,
                    NetworkPage,
                    title=f"Lerend netwerk {self.fake.city()}",
                    short_name=self.fake.lexify("???").upper(),
                    aim=self.paragraph(1)[:250],
                    coordinator_name=self.fake.name(),
                    contact_email=self.fake.email(),
                    themes=self.random.sample(self.themes, 2),
                    **self.text_fields(),
                )
                self.networks.append(network)
                for area in (ClosedAreaPage.INTRANET, ClosedAreaPage.EXTRANET):
                    self.closed_areas.append(
                        self.add(network, ClosedAreaPage, title=area.capitalize(), area=area)
                    )
                    self.pending[-1].restricted = True
            elif roll < 0.40:
                # Knowledge pages under a theme, one in four nested under another one.
                nested = self.knowledge and self.random.random() < 0.25
                parent = self.random.choice(self.knowledge if nested else self.themes)
                self.knowledge.append(
                    self.add(
                        parent,
                        ContentPage,
                        title=self.title(),
                        live=self.random.random() > 0.03,
                        **self.text_fields(),
                    )
                )
            elif roll < 0.45:
                self.projects.append(
                    self.add(
                        self.random.choice(self.networks),
                        ProjectPage,
                        title=f"Project {self.term()} {self.fake.word()}",
                        themes=self.random.sample(self.themes, self.random.randint(1, 2)),
                        **self.text_fields(),
                    )
                )
            elif roll < 0.72:
                start = now + datetime.timedelta(days=self.random.randint(-700, 300))
                parent = self.random.choice(
                    [self.agenda, self.agenda, *self.random.sample(self.networks, 1)]
                    + self.projects[-3:]
                )
                self.add(
                    parent,
                    EventPage,
                    title=self.title(),
                    event_type=self.random.choice(EventPage.EventType.values),
                    audience=self.random.choice(["everyone", "everyone", "small", "large"]),
                    start=start,
                    end=start + datetime.timedelta(hours=3),
                    location=self.fake.city(),
                    themes=self.random.sample(self.themes, self.random.randint(1, 3)),
                    **self.text_fields(),
                )
            elif roll < 0.87:
                self.add(
                    self.news_index,
                    NewsPage,
                    title=self.title(),
                    date=(now - datetime.timedelta(days=self.random.randint(0, 1500))).date(),
                    **self.text_fields(),
                )
            elif roll < 0.95 and self.projects:
                self.add(
                    self.random.choice(self.projects),
                    ContentPage,
                    title=self.title(),
                    **self.text_fields(),
                )
            else:
                # Closed content: must never be found by the public search.
                self.add(
                    self.random.choice(self.closed_areas),
                    ContentPage,
                    title=self.title(),
                    **self.text_fields(),
                )
        new_pks = self._flush(now)
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        self._index(new_pks)
        # The planner's statistics and no dead rows (the indexing updates each entry once), as
        # autovacuum keeps them on a running site.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print(f"  {count} pages added", flush=True)
        return Build(build_s=build_s, index_s=time.perf_counter() - started)

    def _flush(self, now) -> list[int]:
        """Writes the pending pages: a few bulk statements per thousand pages."""
        from django.contrib.contenttypes.models import ContentType
        from django.db import transaction
        from wagtail.models import Page, PageViewRestriction

        pending, self.pending = self.pending, []
        with transaction.atomic():
            rows = [
                Page(
                    title=item.title,
                    draft_title=item.title,
                    slug=item.slug,
                    path=item.node.path,
                    depth=item.node.depth,
                    numchild=0,
                    url_path=item.node.url_path,
                    live=item.live,
                    has_unpublished_changes=not item.live,
                    first_published_at=now if item.live else None,
                    last_published_at=(
                        now - datetime.timedelta(minutes=self.random.randint(0, 10**6))
                        if item.live
                        else None
                    ),
                    content_type=ContentType.objects.get_for_model(item.model),
                    locale_id=self.locale_id,
                    search_description=item.fields.get("search_description", ""),
                )
                for item in pending
            ]
            Page.objects.bulk_create(rows, batch_size=1000)
            for item, row in zip(pending, rows, strict=True):
                item.node.pk = row.pk
            by_model: dict[type, list[Pending]] = {}
            for item in pending:
                by_model.setdefault(item.model, []).append(item)
            for model, items in by_model.items():
                local = model._meta.local_concrete_fields
                names = {f.name for f in local}
                objects = [
                    model(
                        page_ptr_id=item.node.pk,
                        **{k: v for k, v in item.fields.items() if k in names},
                    )
                    for item in items
                ]
                for start in range(0, len(objects), 500):
                    # Django's bulk_create refuses multi-table models; this is the insert it
                    # would make for the page type's own table (the Page rows exist above).
                    model._base_manager._insert(objects[start : start + 500], fields=local)
                tags = model._meta.get_field("themes") if hasattr(model, "themes") else None
                if tags is not None:
                    through = tags.remote_field.through
                    source, target = tags.m2m_column_name(), tags.m2m_reverse_name()
                    through.objects.bulk_create(
                        [
                            through(**{source: item.node.pk, target: theme.pk})
                            for item in items
                            for theme in item.themes
                        ],
                        batch_size=1000,
                    )
            PageViewRestriction.objects.bulk_create(
                [
                    PageViewRestriction(page_id=item.node.pk, restriction_type="login")
                    for item in pending
                    if item.restricted
                ]
            )
            changed = list(
                {
                    id(node): node for node in self._all_nodes(pending) if node.child_count_changed
                }.values()
            )
            Page.objects.bulk_update(
                [Page(pk=node.pk, numchild=node.numchild) for node in changed],
                ["numchild"],
                batch_size=1000,
            )
            for node in changed:
                node.child_count_changed = False
        return [item.node.pk for item in pending]

    def _all_nodes(self, pending: list[Pending]) -> list[Node]:
        fixed = [self.theme_index, self.network_index, self.agenda, self.news_index]
        return (
            fixed
            + [item.node for item in pending]
            + self.themes
            + self.knowledge
            + (self.networks + self.projects + self.closed_areas)
        )

    def _index(self, pks: list[int]) -> None:
        """The search backend's bulk indexing of the new pages, per page type (as
        `update_index` does it, for these pages only)."""
        from wagtail.models import Page
        from wagtail.search.backends import get_search_backend

        backend = get_search_backend()
        by_type: dict[type, list[int]] = {}
        for pk, content_type_id in Page.objects.filter(pk__in=pks).values_list(
            "pk", "content_type_id"
        ):
            from django.contrib.contenttypes.models import ContentType

            model = ContentType.objects.get_for_id(content_type_id).model_class()
            by_type.setdefault(model, []).append(pk)
        for model, model_pks in by_type.items():
            for start in range(0, len(model_pks), 500):
                chunk = model.get_indexed_objects().filter(pk__in=model_pks[start : start + 500])
                backend.add_bulk(model, list(chunk))


def _glossary_seed() -> None:
    """The demo's Dutch glossary (demo/data/glossary.yaml: MVO with maatschappelijk verantwoord
    ondernemen and CSR, kmo with KO and SME, ...), so that searches expand synonyms as on the
    site. A term whose slug exists is left alone."""
    from wagtail.models import Locale

    from demo.content import demo_content
    from glossary.models import GlossaryTerm

    dutch = Locale.get_default()
    for data in demo_content("glossary")["terms"]:
        if not GlossaryTerm.objects.filter(locale=dutch, slug=data["slug"]).exists():
            GlossaryTerm.objects.create(
                locale=dutch,
                term=data["term"],
                slug=data["slug"],
                synonyms="\n".join(data.get("synonyms", [])),
                definition=data["definition"],
            )


def _slug(title: str) -> str:
    from django.utils.text import slugify

    return slugify(title)[:40]


# -- measuring ----------------------------------------------------------------------------


@dataclass
class KindResult:
    kind: str
    http_ms: list[float]
    cpu_ms: list[float]
    selector_ms: list[float]
    stored_ms: list[float]
    queries: int
    results: int
    elsewhere: int
    slowest_sql_ms: float
    slowest_sql: str
    capped: bool = False
    elsewhere_capped: bool = False


def _params(query: dict) -> tuple[dict, str]:
    params = {key: value for key, value in query.items() if key != "lens"}
    if params.get("theme"):
        params["theme"] = THEMES[2][1]  # "Energie en klimaat"
    return params, query.get("lens", "")


def _get(client, params: dict, lens: str, *, cpu_ms=None, cache_status=None):
    """ms of one GET of the search page; its CPU time in this process (the site's Python,
    not PostgreSQL's work) appended to `cpu_ms`, its X-Cache header to `cache_status`."""
    from django.test import Client

    client = client or Client()
    if lens:
        client.cookies[LENS_COOKIE] = lens
    else:
        client.cookies.pop(LENS_COOKIE, None)
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get("/nl/zoeken/", params)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{params}: status {response.status_code}")
    if cpu_ms is not None:
        cpu_ms.append((time.process_time() - cpu) * 1000)
    if cache_status is not None:
        cache_status.append(response.headers.get("X-Cache", ""))
    return elapsed


def _selector(params: dict):
    """The selector alone, as the view calls it: (ms, results)."""
    from wagtail.models import Locale

    from search.forms import SearchForm
    from search.selectors import search_results

    locale = Locale.objects.get(language_code="nl")
    form_data = SearchForm(params, locale=locale).search_data()
    started = time.perf_counter()
    results = search_results(form_data=form_data, locale=locale)
    return (time.perf_counter() - started) * 1000, results


def _measure(requests: int, *, explain: bool) -> dict[str, KindResult]:
    """Every request and the query count with the page cache off (`PAGE_CACHE_ENABLED=False`:
    each search is rendered, as a new query is; the shared fragments of core.fragments are
    kept, as on the site); then the same searches served stored (page cache on, the first
    request of each query storing it), for comparison."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client()
    measured = {}
    for kind, queries in SEARCHES:
        http_ms, cpu_ms, selector_ms, stored_ms, statuses = [], [], [], [], []
        with override_settings(PAGE_CACHE_ENABLED=False):
            for query in queries:  # warm-up: imports, template cache, the search log's rows
                params, lens = _params(query)
                _get(client, params, lens)
                _get(client, params, lens)
            for number in range(requests):
                params, lens = _params(queries[number % len(queries)])
                http_ms.append(_get(client, params, lens, cpu_ms=cpu_ms, cache_status=statuses))
            for number in range(requests):
                params, _lens = _params(queries[number % len(queries)])
                selector_ms.append(_selector(params)[0])
            params, lens = _params(queries[0])
            with CaptureQueriesContext(connection) as captured:
                _get(client, params, lens)
            # Read now: `captured_queries` reads the connection's log, which the next
            # request empties (Django's reset_queries on request_started).
            request_queries = list(captured.captured_queries)
        if any(statuses):
            raise RuntimeError(f"{kind}: a measured request went through the page cache")
        with override_settings(PAGE_CACHE_ENABLED=True):
            for query in queries:
                _get(client, *_params(query))  # stored
            for number in range(requests):
                params, lens = _params(queries[number % len(queries)])
                stored_ms.append(_get(client, params, lens, cache_status=statuses))
        if statuses.count("hit") != requests:
            raise RuntimeError(f"{kind}: a stored search was not served from the page cache")
        _ms, results = _selector(params)
        slowest = max(request_queries, key=lambda query: float(query["time"]))
        measured[kind] = KindResult(
            kind=kind,
            http_ms=http_ms,
            cpu_ms=cpu_ms,
            selector_ms=selector_ms,
            stored_ms=stored_ms,
            queries=len(request_queries),
            results=results.count,
            capped=getattr(results, "count_capped", False),
            elsewhere=results.elsewhere_count,
            elsewhere_capped=getattr(results, "elsewhere_capped", False),
            slowest_sql_ms=float(slowest["time"]) * 1000,
            slowest_sql=slowest["sql"],
        )
        if explain:
            _explain(kind, slowest["sql"])
    return measured


def _explain(kind: str, sql: str) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    print(f"\n-- {kind}: the slowest statement of one request\n{sql}\n{plan}\n", flush=True)


# -- reporting ----------------------------------------------------------------------------


def _percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (p95 of 30 values is the 29th smallest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))
    return ordered[int(rank) - 1]


def _commit() -> str:
    try:
        head = subprocess.run(  # noqa: S603 - fixed arguments
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(  # noqa: S603 - fixed arguments
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}{' (with uncommitted changes)' if dirty else ''}"


def _report(sizes: list[int], measured: list[dict[str, KindResult]]) -> str:
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    from networks.models import ClosedAreaPage, NetworkPage
    from search import backend as search_backend

    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = %s)",
            ["search_indexentry_vector_gin"],
        )
        (gin_index,) = cursor.fetchone()
    lines = [
        f"# Search benchmark, {datetime.date.today().isoformat()}",
        "",
        f"Commit {_commit()}; PostgreSQL {connection.pg_version // 10000}, "
        f"{os.cpu_count()} CPUs, load average {load} (1, 5, 15 min) at the end. "
        f"Goal: p95 of a search request <= {GOAL_P95_MS} ms at 10,000 pages. "
        f"GIN index on the stored title || body (search_vector, search/migrations/0005): "
        f"{'yes' if gin_index else 'no'}; search backend "
        f"{type(get_search_backend()).__name__}"
        + (
            f", full ranking bounded to {search_backend.RANK_CANDIDATES} candidates "
            f"({search_backend.RANK_CANDIDATES_BROAD} without filters; search/backend.py)."
            if isinstance(get_search_backend(), search_backend.BoundedRankSearchBackend)
            else "."
        ),
        "",
        "ms per search: *request* is a full GET of /nl/zoeken/ through Django's test client "
        "(routing, middleware, form, selector, search log, template) with the page cache off "
        "(`PAGE_CACHE_ENABLED=False`: every request is rendered, as a query nobody asked "
        "before; the parts kept until the next purge, core.fragments, are kept); *request CPU* "
        "is that request's CPU time in the benchmark's process (the site's Python, without "
        "PostgreSQL's work: less dependent on other load); *stored* is the same search served "
        "by the page cache (PAGE_CACHE_SEARCH_SECONDS), for comparison only; *selector* is "
        "`search.selectors.search_results` alone. *queries*: database queries of one request. "
        "*results*: what the search finds (+ N in other themes). The demo's glossary is loaded: "
        "a query with a term of it (MVO, kmo, mobiliteit, ...) searches its synonyms too.",
        "",
    ]
    header = "| kind | pages | request p50 | request p95 | request CPU p50 | stored p50 | "
    header += "selector p50 | selector p95 | queries | results | slowest SQL ms |"
    lines += [header, "|" + "---|" * 11]
    for size, kinds in zip(sizes, measured, strict=True):
        for result in kinds.values():
            # A count that stopped at the page's search.selectors.count_cap: "200+".
            found = f"{result.results}" + ("+" if result.capped else "")
            if result.elsewhere:
                found += f" (+{result.elsewhere}" + ("+" if result.elsewhere_capped else "") + ")"
            lines.append(
                f"| {result.kind} | {size:,} | {statistics.median(result.http_ms):.1f} | "
                f"{_percentile(result.http_ms, 0.95):.1f} | "
                f"{statistics.median(result.cpu_ms):.1f} | "
                f"{statistics.median(result.stored_ms):.1f} | "
                f"{statistics.median(result.selector_ms):.1f} | "
                f"{_percentile(result.selector_ms, 0.95):.1f} | {result.queries} | {found} | "
                f"{result.slowest_sql_ms:.1f} |"
            )
        every = [ms for result in kinds.values() for ms in result.http_ms]
        selectors = [ms for result in kinds.values() for ms in result.selector_ms]
        cpu = [ms for result in kinds.values() for ms in result.cpu_ms]
        stored = [ms for result in kinds.values() for ms in result.stored_ms]
        lines.append(
            f"| **all** | {size:,} | **{statistics.median(every):.1f}** | "
            f"**{_percentile(every, 0.95):.1f}** | {statistics.median(cpu):.1f} | "
            f"{statistics.median(stored):.1f} | {statistics.median(selectors):.1f} | "
            f"{_percentile(selectors, 0.95):.1f} |  |  |  |"
        )
    lines.append("")
    ranges = [
        f"{min(r.queries for r in kinds.values())}-{max(r.queries for r in kinds.values())} "
        f"at {size:,} pages"
        for size, kinds in zip(sizes, measured, strict=True)
    ]
    grows = max(r.queries for r in measured[-1].values()) > max(
        r.queries for r in measured[0].values()
    ) + len(SEARCHES)
    lines.append(
        f"Queries per request: {', '.join(ranges)}"
        + (
            " (GROWING with the site: look at the queries above)."
            if grows
            else " (not growing with the site: the spread between kinds comes from the page "
            "types among the ten results shown, one query per type for the page, its themes "
            "and its network)."
        )
        + f" The site had {NetworkPage.objects.count()} networks and "
        f"{ClosedAreaPage.objects.count()} closed areas at the end."
    )
    if os.getloadavg()[0] > (os.cpu_count() or 1):
        lines.append(
            "The load average was above the number of CPUs: other work shared the machine, so "
            "the times above are longer than the site's own."
        )
    final = measured[-1]
    p95 = _percentile([ms for result in final.values() for ms in result.http_ms], 0.95)
    lines.append(
        f"p95 over all kinds at {sizes[-1]:,} pages: {p95:.1f} ms "
        + ("(goal met)." if p95 <= GOAL_P95_MS else f"(goal of {GOAL_P95_MS} ms MISSED).")
    )
    return "\n".join(lines) + "\n"


def _write(report: str) -> None:
    folder = ROOT / "bench" / "results"
    folder.mkdir(exist_ok=True)
    target = folder / f"search-{datetime.date.today().isoformat()}.md"
    target.write_text(report, encoding="utf-8")
    print(f"written to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
