"""What each public page type costs: database queries, render time, size and requests per
second over HTTP, at two site sizes, beside a bare Django view of the same size (the floor).

Needs PostgreSQL (`DATABASE_URL=postgres://...`); on SQLite it says so and stops. The database
named there is not touched: the script makes a scratch database next to it and drops it.

In one run:

1. **Site.** The demo content (`demo.loader.demo_load`, what `manage.py load_demo` builds):
   the "demo" size, a handful of events, projects and news items. Then 1,000 more of each
   (bulk inserts as in bench_search.py, indexed for search): the "large" size. The extra
   events (upcoming) and projects go under the measured network and carry the measured theme,
   so the network, theme, agenda and news pages are the ones that would grow.
2. **In process.** Each public page type (home, themes, a theme, networks, a network, a
   project, agenda, an event, news, a news item, search with a query), in Dutch and English,
   through Django's test client with DEBUG off (cms.settings.test), anonymous (cookies cleared
   before each request), with the objects made before the measurements frozen as in a
   gunicorn worker (`_as_in_a_worker`). The page cache is bypassed with `PAGE_CACHE_ENABLED=False`:
   `pagecache.middleware.request_page_key` then gives no key, so nothing is read from or
   stored in it and every request renders. The search log is written as in production, every
   `SEARCH_LOG_WRITE_SECONDS` (cms.settings.base), not at each search as in the tests'
   settings. Per page and size: median and p95 ms of
   `--requests` requests after two warm-up requests, the database queries of one request
   (CaptureQueriesContext) and of the first request after a purge (`page_cache_purge`: the
   kept parts, core.fragments, forgotten), and the page's size. Right after each page, the
   in-process floor: bench/floor.py's bare view returning as many bytes, through the same
   test client, without middleware and behind the site's MIDDLEWARE (the ratio column tells
   a slow machine, which raises the floor too, from a slow page).
3. **Over HTTP** (at the large size): the site under gunicorn with our gunicorn.conf.py
   (production settings: DEBUG off, WhiteNoise with the manifest of `collectstatic`, the
   JSON access log; plain HTTP on loopback, local hosts, 2 workers, local-memory cache unless
   `--redis-url` is given), loaded with wrk (1 thread, 2 connections, `--seconds` per page
   after four requests one after the other), once with the page cache on (the anonymous
   reader's normal path) and once with it off. Then the floor (bench/floor.py: a Django view
   without middleware that returns as many bytes) under the same gunicorn settings, at each
   page's size. Without wrk (`apt-get install wrk`) this part is skipped with a message.

The table is printed and written to bench/results/pages-<date>.md, with the machine's load
average, its CPUs and the commit, and the budgets of issue #21 as pass/fail columns:
at most 12 queries, the same count at both sizes, in-process median <= 15 ms, and over HTTP
(page cache on) at least 30 % of the floor's requests per second.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dkc .venv/bin/python \
        bench/bench_pages.py [--extra 1000] [--requests 20] [--seconds 3] [--no-http] [--keep]
"""

import argparse
import datetime
import gc
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_search import CSR_TERMS, SEED, SiteBuilder, _commit, _percentile  # noqa: E402

MAX_QUERIES = 12
MAX_MEDIAN_MS = 15
MIN_FLOOR_RATIO = 0.30
SEARCH_QUERY = "duurzaamheid"
SEARCH_NOT_KEPT = "search, not kept"
PAGE_TYPES = [
    "home",
    "themes",
    "a theme",
    "networks",
    "a network",
    "a project",
    "agenda",
    "an event",
    "news",
    "a news item",
    "search",
    # The same search with its rows and headlines forgotten before each request (search/
    # statements.py's kept rows, search/highlight.py's headlines): a query nobody asked since
    # the last change of the site, on a warm site (its statements and the results' displays
    # kept). In process only.
    SEARCH_NOT_KEPT,
]
LANGUAGES = ["nl", "en"]


@dataclass
class Rendered:
    """One page at one site size, in process."""

    status: int
    ms: list[float]
    queries: int
    # The first render after a purge: what the kept parts (core.fragments) cost to rebuild.
    cold_queries: int
    size: int
    # The in-process floor at this page's size, measured right after it (`_floor`): a bare
    # Django view through the same test client, without and with the site's middleware.
    floor_ms: list[float] = field(default_factory=list)
    floor_middleware_ms: list[float] = field(default_factory=list)


@dataclass
class Served:
    """One page over HTTP: requests per second with the page cache on and off, the floor's."""

    cached_rps: float | None = None
    uncached_rps: float | None = None
    floor_rps: float | None = None
    errors: list[str] = field(default_factory=list)


@dataclass
class Row:
    kind: str
    language: str
    url: str | None
    rendered: dict[str, Rendered] = field(default_factory=dict)  # by size label
    served: Served | None = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra", type=int, default=1000, help="events, projects, news added")
    parser.add_argument("--requests", type=int, default=20, help="measured requests per page")
    parser.add_argument("--seconds", type=int, default=3, help="wrk seconds per page")
    parser.add_argument("--no-http", action="store_true", help="in-process measurements only")
    parser.add_argument("--redis-url", default="", help="REDIS_URL for the served site")
    parser.add_argument(
        "--keep", action="store_true", help="keep the scratch database (the large size)"
    )
    args = parser.parse_args()

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        print(
            "bench_pages: skipped, it needs PostgreSQL. Run it with "
            "DATABASE_URL=postgres://USER@HOST:PORT/NAME (a scratch database is made next to "
            "NAME and dropped afterwards)."
        )
        return
    wrk = shutil.which("wrk")
    http_note = ""
    if args.no_http:
        http_note = "HTTP part not run (--no-http)."
    elif wrk is None:
        http_note = (
            "HTTP part skipped: wrk is not installed (Debian: `apt-get install wrk`). "
            "The in-process figures below are complete."
        )
        print(f"bench_pages: {http_note}", flush=True)

    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    # A stopped run still drops its scratch database and stops its gunicorn (the finally's).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    import django

    django.setup()

    from django.db import connection

    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    connection.settings_dict["TEST"]["NAME"] = (
        f"bench_pages_{connection.settings_dict['NAME']}_{os.getpid()}"
    )
    print("migrating a scratch PostgreSQL database ...", flush=True)
    started = time.perf_counter()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    try:
        rows, sizes, counts = _run(args, wrk=wrk if not http_note else None, database_url=url)
        report = _report(rows, sizes, counts, args, http_note)
        print("\n" + report)
        _write(report)
    finally:
        connection.close()
        if args.keep:
            print(f"kept the scratch database {connection.settings_dict['NAME']}")
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def _run(args, *, wrk: str | None, database_url: str):
    from demo.loader import demo_load
    from pagecache.store import page_cache_purge

    started = time.perf_counter()
    demo_load()
    print(f"demo content loaded in {time.perf_counter() - started:.1f} s", flush=True)
    _count_check()
    _as_in_a_worker()
    rows = _rows()
    counts = {"demo": _item_counts()}
    for row in rows:
        row.rendered["demo"] = _render(row, args.requests) if row.url else None
    print("measured at the demo size", flush=True)

    started = time.perf_counter()
    _grow(args.extra)
    print(
        f"{args.extra} events, projects and news items added in "
        f"{time.perf_counter() - started:.1f} s",
        flush=True,
    )
    # The bulk inserts send no signal: purge as a publish would, so that the large size is
    # rendered with its own lists, not the demo size's kept ones (core.fragments).
    page_cache_purge()
    _as_in_a_worker()
    counts["large"] = _item_counts()
    for row in rows:
        row.rendered["large"] = _render(row, args.requests) if row.url else None
    print("measured at the large size", flush=True)

    if wrk is not None:
        _serve_all(rows, args, wrk=wrk, database_url=database_url)
    return rows, ["demo", "large"], counts


def _as_in_a_worker() -> None:
    """The objects this process holds before it renders (Django, Wagtail, the demo load,
    the bulk inserts of the large size) are put out of the garbage collector's reach, as
    gunicorn.conf.py does in a worker once the application has loaded (`gc.freeze`). A
    worker holds no builder's objects: without this, the collections during the requests
    walked some 200,000 objects of the site's making (0.2-0.5 ms on the search page on a
    quiet machine, 2 ms under load, requests alternated with the collector on and off).
    What the requests make is not frozen, as in a worker."""
    gc.collect()
    gc.freeze()


# -- the site ---------------------------------------------------------------------------------


def _measured_pages() -> dict[str, object]:
    """The Dutch page of each page type that the bench measures: the first live, public one
    (by tree order) that has a live English translation, else the first one."""
    from wagtail.models import Page

    from events.models import EventIndexPage, EventPage
    from home.models import HomePage
    from networks.models import NetworkIndexPage, NetworkPage, ProjectPage
    from news.models import NewsIndexPage, NewsPage
    from themes.models import ThemeIndexPage, ThemePage

    english = Page.objects.live().filter(locale__language_code="en").values("translation_key")

    def first(model, **filters):
        dutch = model.objects.live().public().filter(locale__language_code="nl", **filters)
        return (
            dutch.filter(translation_key__in=english).order_by("path").first()
            or dutch.order_by("path").first()
        )

    network = first(NetworkPage)
    return {
        "home": first(HomePage),
        "themes": first(ThemeIndexPage),
        "a theme": first(ThemePage),
        "networks": first(NetworkIndexPage),
        "a network": network,
        "a project": first(ProjectPage, path__startswith=network.path),
        "agenda": first(EventIndexPage),
        "an event": first(EventPage),
        "news": first(NewsIndexPage),
        "a news item": first(NewsPage),
    }


def _rows() -> list[Row]:
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Locale

    pages = _measured_pages()
    rows = []
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        for kind in PAGE_TYPES:
            if kind in ("search", SEARCH_NOT_KEPT):
                with translation.override(language):
                    url = f"{reverse('search')}?q={SEARCH_QUERY}"
            else:
                page = pages[kind]
                if language != "nl":
                    page = page.get_translation_or_none(locale)
                    page = page if page is not None and page.live else None
                url = page.get_url() if page is not None else None
            rows.append(Row(kind=kind, language=language, url=url))
    return rows


def _item_counts() -> dict[str, int]:
    from events.models import EventPage
    from networks.models import ProjectPage
    from news.models import NewsPage

    return {
        "events": EventPage.objects.live().filter(locale__language_code="nl").count(),
        "projects": ProjectPage.objects.live().filter(locale__language_code="nl").count(),
        "news items": NewsPage.objects.live().filter(locale__language_code="nl").count(),
    }


def _grow(extra: int) -> None:
    """`extra` events, projects and news items, in bulk (bench_search's SiteBuilder)."""
    from django.db import connection

    from events.models import EventPage
    from networks.models import ProjectPage
    from news.models import NewsPage

    pages = _measured_pages()
    grower = _Grower(network=pages["a network"], news_index=pages["news"], theme=pages["a theme"])
    now = datetime.datetime.now(tz=datetime.UTC)
    for number in range(extra):
        start = now + datetime.timedelta(days=1 + number % 300, hours=number % 9)
        grower.add(
            grower.network,
            EventPage,
            title=grower.title(),
            event_type=grower.random.choice(EventPage.EventType.values),
            audience=grower.random.choice(["everyone", "everyone", "small", "large"]),
            start=start,
            end=start + datetime.timedelta(hours=3),
            location=grower.fake.city(),
            themes=[grower.theme],
            **grower.text_fields(),
        )
        grower.add(
            grower.network,
            ProjectPage,
            title=f"Project {grower.term()} {grower.fake.word()} {number}",
            themes=[grower.theme],
            **grower.text_fields(),
        )
        grower.add(
            grower.news_index,
            NewsPage,
            title=grower.title(),
            date=(now - datetime.timedelta(days=grower.random.randint(0, 1500))).date(),
            **grower.text_fields(),
        )
    grower._index(grower._flush(now))
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # as autovacuum keeps a running site


class _Grower(SiteBuilder):
    """bench_search's SiteBuilder (text, bulk `add`, `_flush`, `_index`) on the demo's tree."""

    def __init__(self, *, network, news_index, theme) -> None:
        import random

        from faker import Faker

        self.fake = Faker("nl_NL")
        self.fake.seed_instance(SEED)
        self.random = random.Random(SEED)  # noqa: S311 - made-up text, the same on every run
        self.weights = [1 / (rank + 1) for rank in range(len(CSR_TERMS))]
        self.locale_id = network.locale_id
        self.counter = 0
        self.pending = []
        self.page_count = 0
        self.network = self._node_of(network)
        self.news_index = self._node_of(news_index)
        self.theme = self._node_of(theme)

    def _all_nodes(self, pending) -> list:
        return [self.network, self.news_index, *(item.node for item in pending)]


# -- in process -------------------------------------------------------------------------------


def _render(row: Row, requests: int) -> Rendered:
    from django.test import Client, override_settings

    from cms.settings import base as production_defaults
    from pagecache.store import page_cache_purge
    from search.highlight import headline_marks
    from search.services import search_hits_write
    from search.statements import kept_results

    client = Client()
    url = row.url

    def get():
        client.cookies.clear()  # always an anonymous reader without cookies
        if row.kind == SEARCH_NOT_KEPT:
            kept_results.clear()
            headline_marks.cache_clear()
        started = time.perf_counter()
        response = client.get(url)
        return response, (time.perf_counter() - started) * 1000

    # The search log written as a worker writes it: every SEARCH_LOG_WRITE_SECONDS (the
    # tests' settings write each search at once).
    log_seconds = production_defaults.SEARCH_LOG_WRITE_SECONDS
    with override_settings(PAGE_CACHE_ENABLED=False, SEARCH_LOG_WRITE_SECONDS=log_seconds):
        get()
        get()
        timings = [get()[1] for _ in range(requests)]
        search_hits_write()  # the request counted is not the one in a while that writes
        response, queries = _counted(get)
        page_cache_purge()
        _response, cold_queries = _counted(get)
    size = len(response.content)
    floor_ms, floor_middleware_ms = _floor(size, requests)
    return Rendered(
        status=response.status_code,
        ms=timings,
        queries=queries,
        cold_queries=cold_queries,
        size=size,
        floor_ms=floor_ms,
        floor_middleware_ms=floor_middleware_ms,
    )


def _counted(get) -> tuple[object, int]:
    """The response of `get()` and the database queries it made."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response, _ms = get()
    # Counted now: the context only slices the connection's log, and every later request
    # (the floor's) empties that log when it starts (Django's `reset_queries`).
    return response, len(captured)


def _count_check() -> None:
    """Stops the bench when its query count is broken (it once read 0 for every page): an
    address that is no page is routed by reading the database (core.routing keeps only
    real pages), so it must count more than 0, before and after a floor's request."""
    from django.test import Client, override_settings

    client = Client()
    with override_settings(PAGE_CACHE_ENABLED=False):
        for _ in range(2):
            response, queries = _counted(lambda: (client.get("/nl/bench-geen-pagina/"), 0))
            if response.status_code != 404 or queries == 0:
                raise RuntimeError(
                    f"the query count is broken: {queries} for a missing page "
                    f"(status {response.status_code})"
                )
            _floor(1, 1)


def _floor(size: int, requests: int) -> tuple[list[float], list[float]]:
    """The in-process floor: bench/floor.py's view (`size` bytes of HTML, no template, no
    database) through Django's test client like the pages, once without middleware and once
    behind the site's own MIDDLEWARE (the page cache off, as for the pages). What a page
    costs above the first is ours; the second tells the middleware's share. Alternated
    request by request, so both see the same moments of the machine."""
    from django.conf import settings
    from django.test import Client, override_settings

    with override_settings(ROOT_URLCONF="bench.floor_urls", MIDDLEWARE=[]):
        bare = Client()  # a client loads the middleware of the settings it starts under
        bare.get(f"/floor/{size}/")
    with override_settings(ROOT_URLCONF="bench.floor_urls", MIDDLEWARE=settings.MIDDLEWARE):
        behind = Client()
        behind.get(f"/floor/{size}/")

    def timed(client: Client) -> float:
        client.cookies.clear()
        started = time.perf_counter()
        response = client.get(f"/floor/{size}/")
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200 and len(response.content) == size
        return elapsed

    bare_ms, middleware_ms = [], []
    with override_settings(ROOT_URLCONF="bench.floor_urls", PAGE_CACHE_ENABLED=False):
        for _ in range(requests):
            bare_ms.append(timed(bare))
            middleware_ms.append(timed(behind))
    return bare_ms, middleware_ms


# -- over HTTP --------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _scratch_database_url(database_url: str) -> str:
    from django.db import connection

    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{connection.settings_dict['NAME']}"))


class Gunicorn:
    """gunicorn with our gunicorn.conf.py, 2 workers on a free loopback port."""

    def __init__(self, app: str, env: dict[str, str], log: Path) -> None:
        self.port = _free_port()
        self.log = log
        environment = {
            **os.environ,
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": "2",
            # Never restarted during a measurement.
            "GUNICORN_MAX_REQUESTS": "0",
        }
        environment.pop("PYTHONPATH", None)
        with log.open("ab") as output:
            self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
                [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", app],
                cwd=ROOT,
                env=environment,
                stdout=output,
                stderr=output,
                start_new_session=True,
            )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait(self, path: str) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped; see {self.log}")
            try:
                with urllib.request.urlopen(self.url(path), timeout=5):  # noqa: S310 - loopback
                    return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer in 60 s; see {self.log}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def _wrk(wrk: str, url: str, seconds: int) -> tuple[float, str]:
    """(requests per second, a problem or "") of a `seconds` run of wrk, after four requests
    one after the other: they warm both workers up and wait out the requests the previous
    run left in flight (a sync worker finishes a request its client gave up), which would
    otherwise be counted against this page."""
    for _ in range(4):
        try:
            with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - loopback
                response.read()
        except OSError:
            break
    # As many connections as workers: nothing waits in gunicorn's queue.
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [wrk, "-t1", "-c2", f"-d{seconds}s", "--timeout", "30s", url],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    problems = []
    if bad := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        problems.append(f"{bad.group(1)} non-2xx answers")
    if errors := re.search(r"Socket errors:.*", output):
        problems.append(errors.group(0).strip())
    if match is None:
        problems.append(f"wrk failed: {result.stderr.strip() or output.strip()}")
    return (float(match.group(1)) if match else 0.0), "; ".join(problems)


def _site_env(database_url: str, *, page_cache: bool, redis_url: str) -> dict[str, str]:
    from django.conf import settings

    env = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "bench-pages-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": _scratch_database_url(database_url),
        # Production refuses a SITE_URL that is not https; the bench speaks plain HTTP on
        # loopback, so the redirect to HTTPS is off (the only production setting changed).
        "SITE_URL": "https://localhost",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
        "LOG_LEVEL": "WARNING",
    }
    env["REDIS_URL"] = redis_url
    return env


def _collectstatic(env: dict[str, str], log: Path) -> None:
    """WhiteNoise's manifest storage needs `collectstatic` before it can render a page."""
    with log.open("ab") as output:
        subprocess.run(  # noqa: S603 - fixed arguments
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=output,
            stderr=output,
            check=True,
        )


def _serve_all(rows: list[Row], args, *, wrk: str, database_url: str) -> None:
    log = Path(tempfile.gettempdir()) / f"bench-pages-gunicorn-{os.getpid()}.log"
    measured = [row for row in rows if row.url and row.kind != SEARCH_NOT_KEPT]
    for row in measured:
        row.served = Served()
    print(f"collectstatic, then gunicorn (its log: {log}) ...", flush=True)
    _collectstatic(_site_env(database_url, page_cache=True, redis_url=args.redis_url), log)
    for page_cache in (True, False):
        env = _site_env(database_url, page_cache=page_cache, redis_url=args.redis_url)
        server = Gunicorn("cms.wsgi", env, log)
        try:
            server.wait("/healthz")
            for row in measured:
                rps, problem = _wrk(wrk, server.url(row.url), args.seconds)
                if page_cache:
                    row.served.cached_rps = rps
                else:
                    row.served.uncached_rps = rps
                if problem:
                    row.served.errors.append(f"cache {'on' if page_cache else 'off'}: {problem}")
        finally:
            server.stop()
        print(f"  served with the page cache {'on' if page_cache else 'off'}", flush=True)
    server = Gunicorn("bench.floor_wsgi", {"DJANGO_SETTINGS_MODULE": "bench.floor"}, log)
    try:
        server.wait("/1/")
        for row in measured:
            rps, problem = _wrk(wrk, server.url(f"/{row.rendered['large'].size}/"), args.seconds)
            row.served.floor_rps = rps
            if problem:
                row.served.errors.append(f"floor: {problem}")
    finally:
        server.stop()
    print("  the floor measured", flush=True)


# -- the report -------------------------------------------------------------------------------


def _mark(passed: bool) -> str:
    return "pass" if passed else "**FAIL**"


def _report(rows: list[Row], sizes: list[str], counts: dict, args, http_note: str) -> str:
    from django.db import connection

    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    nproc = os.cpu_count()
    size_text = "; ".join(
        f"*{label}*: " + ", ".join(f"{count:,} {name}" for name, count in counts[label].items())
        for label in sizes
    )
    lines = [
        f"# Page benchmark, {datetime.date.today().isoformat()}",
        "",
        f"Commit {_commit()}; PostgreSQL {connection.pg_version // 10000}; {nproc} CPUs "
        f"(nproc), load average {load} (1, 5, 15 min) at the end of the run. "
        f"Sizes (live Dutch pages): {size_text}.",
        "",
        "## In process",
        "",
        "Django's test client, DEBUG off, anonymous, the page cache bypassed "
        "(`PAGE_CACHE_ENABLED=False`: every request renders), the search log written as "
        "in production (every `SEARCH_LOG_WRITE_SECONDS`, not by the request whose queries are "
        "counted). "
        f"{args.requests} requests per page after two warm-up requests; *queries* of one "
        "request, *after purge* of the first request after a purge (the kept parts rebuilt: "
        f"tests/budgets.py COLD_BUDGET). Budgets: at most {MAX_QUERIES} queries, the same "
        "count at both sizes, "
        f"median at most {MAX_MEDIAN_MS} ms (at the large size).",
        "",
        "",
        "*floor*: a bare Django view (bench/floor.py) returning as many bytes as the page at the "
        "large size, through the same test client in the same minutes, without middleware "
        "(*bare*) and behind the site's MIDDLEWARE (*mw*); *× floor*: the page's median over "
        "the bare floor's. A slow machine raises the floor as well; a slow page raises only "
        "the ratio.",
        "",
        f"*{SEARCH_NOT_KEPT}*: the search page with the search's kept rows and headlines "
        "forgotten before each request (search/statements.py, search/highlight.py), as for "
        "words nobody asked since the site last changed; its statements and the results' "
        "displays stay kept. *search*: the same words asked again (their rows kept until the "
        "index or the site changes). Not over HTTP.",
        "",
        "| page | lang | queries demo | queries large | after purge demo | after purge large | "
        "median ms demo | p95 demo | "
        "median ms large | p95 large | floor ms bare | floor ms mw | × floor | KiB demo | "
        "KiB large | ≤ 12 queries | same count | ≤ 15 ms |",
        "|" + "---|" * 18,
    ]
    for row in rows:
        demo, large = row.rendered.get("demo"), row.rendered.get("large")
        if demo is None or large is None:
            lines.append(f"| {row.kind} | {row.language} | no page in this language |" + " |" * 15)
            continue
        floor_bare = statistics.median(large.floor_ms)
        status = ""
        if demo.status != 200 or large.status != 200:
            status = f" (status {demo.status}/{large.status})"
        lines.append(
            f"| {row.kind}{status} | {row.language} | {demo.queries} | {large.queries} | "
            f"{demo.cold_queries} | {large.cold_queries} | "
            f"{statistics.median(demo.ms):.1f} | {_percentile(demo.ms, 0.95):.1f} | "
            f"{statistics.median(large.ms):.1f} | {_percentile(large.ms, 0.95):.1f} | "
            f"{floor_bare:.2f} | {statistics.median(large.floor_middleware_ms):.2f} | "
            f"{statistics.median(large.ms) / floor_bare:.0f} | "
            f"{demo.size / 1024:.0f} | {large.size / 1024:.0f} | "
            f"{_mark(max(demo.queries, large.queries) <= MAX_QUERIES)} | "
            f"{_mark(demo.queries == large.queries)} | "
            f"{_mark(statistics.median(large.ms) <= MAX_MEDIAN_MS)} |"
        )
    lines += ["", "## Over HTTP", ""]
    served_rows = [row for row in rows if row.served is not None]
    if not served_rows:
        lines.append(http_note or "Not measured.")
    else:
        lines += [
            "gunicorn with gunicorn.conf.py and cms.settings.production (plain HTTP on "
            "loopback, SECURE_SSL_REDIRECT off, local hosts, 2 sync workers, access log on, "
            f"{'Redis' if args.redis_url else 'local-memory'} cache), at the large size; "
            f"wrk -t1 -c2 for {args.seconds} s per page after four sequential requests, no cookies "
            "(anonymous). *floor*: a Django view without middleware returning as many bytes "
            "(bench/floor.py) under the same gunicorn settings. Budget: with the page cache "
            f"on, at least {MIN_FLOOR_RATIO:.0%} of the floor.",
            "",
            "| page | lang | KiB | req/s cache on | req/s cache off | req/s floor | "
            "on / floor | off / floor | ≥ 30 % of floor |",
            "|" + "---|" * 9,
        ]
        for row in served_rows:
            served = row.served
            floor = served.floor_rps or 0
            on = served.cached_rps / floor if floor else 0
            off = served.uncached_rps / floor if floor else 0
            lines.append(
                f"| {row.kind} | {row.language} | {row.rendered['large'].size / 1024:.0f} | "
                f"{served.cached_rps:.0f} | {served.uncached_rps:.1f} | {floor:.0f} | "
                f"{on:.0%} | {off:.1%} | {_mark(on >= MIN_FLOOR_RATIO)} |"
            )
        problems = [
            f"{row.kind} ({row.language}): {error}"
            for row in served_rows
            for error in row.served.errors
        ]
        if problems:
            lines += ["", "Problems seen by wrk: " + "; ".join(problems) + "."]
    lines.append("")
    if os.getloadavg()[0] > (nproc or 1):
        lines.append(
            "The load average was above the number of CPUs: other work shared the machine, so "
            "the times are longer, and the requests per second lower, than the site's own. The "
            "ratios to the floor, measured in the same minutes, are the steadier figure."
        )
    return "\n".join(lines) + "\n"


def _write(report: str) -> None:
    folder = ROOT / "bench" / "results"
    folder.mkdir(exist_ok=True)
    target = folder / f"pages-{datetime.date.today().isoformat()}.md"
    target.write_text(report, encoding="utf-8")
    print(f"written to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
