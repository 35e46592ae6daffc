from collections.abc import Callable, Iterator
from datetime import timedelta
from importlib import import_module
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.http import Http404
from django.test import Client
from django.urls import resolve
from django.utils import timezone, translation
from wagtail.coreutils import get_dummy_request
from wagtail.models import Collection, Locale
from wagtail.models import Page as WagtailPage
from wagtail.test.utils import WagtailPageTestCase

from core.addresses import site_address_sync
from editorial.services.provisioning import editorial_setup
from home.models import HomePage
from networks.models import ClosedAreaPage
from tests import factories, scheduling, testdb, worldcache


def pytest_configure(config):
    # WhiteNoise warns that STATIC_ROOT does not exist: tests never run collectstatic.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}


def _transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        return True
    return bool(TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())))


# The tests whose behaviour depends on the database (issue #21). CI runs the whole suite once,
# on PostgreSQL (production's database), and only these on SQLite too (`make run`'s database):
# `make test MARK=both_databases`. A test of code that branches on `connection.vendor`, sends
# its own SQL or leans on what the two databases do differently belongs here: by its file
# below, or with `@pytest.mark.both_databases` where the rest of its file does not.
BOTH_DATABASES = (
    # search/backend.py, services.py, highlight.py: full-text SQL of each database, raw SQL
    "tests/search/",
    # the demo load: the site `make run` builds on SQLite
    "tests/demo/",
    # core/health.py: its own SQL
    "tests/core/test_health.py",
    # core/documents.py: a join on a primary key cast to text
    "tests/core/test_documents.py",
    # editorial/selectors/dashboards.py: the same cast, in a subquery
    "tests/editorial/test_dashboard.py",
    # a lost connection: each backend's own errors
    "tests/pagecache/test_database_fault.py",
)


def _both_databases(item: pytest.Item) -> bool:
    path = item.path.relative_to(item.config.rootpath).as_posix()
    return path.startswith(BOTH_DATABASES)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _both_databases(item):
            item.add_marker(pytest.mark.both_databases)
    # A transactional test ends with a flush that empties the rows of the data migrations
    # (home page, locales, groups); the tests after it in the same process would miss them.
    # Every process runs them after its other tests (tests/scheduling.py), and each puts the
    # rows back first (`site_root`).
    for item in items:
        if _transactional(item):
            item.add_marker(pytest.mark.serial)
    scheduling.order(items, worldcache.cacheable_world)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadfile` hands out the files in the order of `scheduling.order`, each
    process's transactional tests after its other tests."""
    if config.getvalue("dist") == "loadfile":
        return scheduling.RunScheduling(config, log)
    return None


def pytest_terminal_summary(terminalreporter):
    if any(worldcache.COUNTS.values()):  # one process (-n 0): how the fixture worlds were made
        counts = ", ".join(f"{number} {what}" for what, number in worldcache.COUNTS.items())
        terminalreporter.write_line(f"fixture worlds: {counts}")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    # Before any fixture of the next test: a cached world it does not ask for goes.
    worldcache.before_setup(item)
    return (yield)


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_use_migrations,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
) -> Iterator[None]:
    """pytest-django's, but a copy of the template `make test` migrated once (tests/testdb.py)."""
    yield from testdb.setup(
        request,
        django_db_blocker,
        keepdb=django_db_keepdb and not django_db_createdb,
        use_migrations=django_db_use_migrations,
    )


@pytest.fixture(scope="session")
def _world_cache(django_db_setup, django_db_blocker) -> Iterator[worldcache.WorldCache]:
    yield from worldcache.session_cache(django_db_blocker)


@pytest.fixture
def _world_opened(request, _world_cache) -> None:
    worldcache.open_for(request.node)


@pytest.fixture
def _django_db_helper(_world_opened, _django_db_helper) -> None:  # noqa: PT019
    """pytest-django's per-test transaction, inside the cached world's when the test asks for
    one (tests/worldcache.py): the world's rows must be there before the test's transaction."""
    return _django_db_helper


@pytest.fixture
def home_page(db) -> HomePage:
    return factories.home_page()


def _build_site_tree() -> SimpleNamespace:
    home_page = factories.home_page()
    now = timezone.now()
    tree = SimpleNamespace(home=home_page)

    tree.theme_index = factories.ThemeIndexPageFactory(parent=home_page)
    tree.mobility = factories.ThemePageFactory(parent=tree.theme_index, title="Mobiliteit")
    tree.diversity = factories.ThemePageFactory(parent=tree.theme_index, title="Diversiteit")

    tree.network_index = factories.NetworkIndexPageFactory(parent=home_page)
    tree.tracer = factories.NetworkPageFactory(
        parent=tree.network_index, title="Tracer", short_name="TRACER", themes=[tree.mobility]
    )
    tree.diamond = factories.NetworkPageFactory(
        parent=tree.network_index, title="Diamond", short_name="DIAMOND", themes=[tree.diversity]
    )
    tree.tracer_project = factories.ProjectPageFactory(
        parent=tree.tracer, title="Werkend leren", themes=[tree.mobility]
    )
    tree.diamond_project = factories.ProjectPageFactory(
        parent=tree.diamond, title="Woon-werkverkeer", themes=[tree.diversity]
    )
    tree.intranet = factories.ClosedAreaPageFactory(
        parent=tree.tracer, area=ClosedAreaPage.INTRANET
    )
    tree.extranet = factories.ClosedAreaPageFactory(
        parent=tree.tracer, area=ClosedAreaPage.EXTRANET
    )

    tree.agenda = factories.EventIndexPageFactory(parent=home_page)
    tree.network_event = factories.EventPageFactory(
        parent=tree.tracer,
        title="Studiedag werkend leren",
        start=now + timedelta(days=10),
        themes=[tree.mobility],
    )
    tree.agenda_event = factories.EventPageFactory(
        parent=tree.agenda,
        title="Roadshow diversiteit",
        start=now + timedelta(days=20),
        themes=[tree.diversity],
    )
    tree.past_event = factories.EventPageFactory(
        parent=tree.agenda, title="Infosessie van vorig jaar", start=now - timedelta(days=30)
    )

    tree.news_index = factories.NewsIndexPageFactory(parent=home_page)
    tree.news_old = factories.NewsPageFactory(
        parent=tree.news_index,
        title="Oproep thesisprijs",
        date=timezone.localdate() - timedelta(days=3),
    )
    tree.news_new = factories.NewsPageFactory(
        parent=tree.news_index, title="Nieuwe folder van de netwerken"
    )

    tree.content_page = factories.ContentPageFactory(parent=home_page, title="Over ons")
    return tree


@worldcache.fixture
def site_tree() -> SimpleNamespace:
    """A small site: two themes, two networks with a project each, closed areas, events, news
    (its rows built once for consecutive tests that ask for it: tests/worldcache.py)."""
    return _build_site_tree()


@pytest.fixture
def media_root(settings, tmp_path, tmp_path_factory):
    """Stored files (factories.DocumentFactory, ImageFactory) go to a temporary directory;
    private ones (privatemedia/storage.py) to another, beside it."""
    settings.MEDIA_ROOT = tmp_path
    settings.PRIVATE_MEDIA_ROOT = tmp_path_factory.mktemp("private-media")
    # Wagtail caches renditions by image id and file hash; ids repeat between tests.
    for cache in caches.all():
        cache.clear()
    return tmp_path


@pytest.fixture
def superuser_client(client, db):
    client.force_login(factories.UserFactory(superuser=True))
    return client


@pytest.fixture
def login(db) -> Callable[..., Client]:
    """A separate browser per user, logged in: `login(world.editor_x)`."""

    def client_for(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return client_for


class I18nPageTestCase(WagtailPageTestCase):
    def assertPageIsRoutable(self, page, route_path="/", msg=None):  # noqa: N802
        """Like Wagtail's, but with the language prefix left to Django's URL resolver.

        Wagtail's own check routes every path component, so "/nl/themas/" looks for a page
        with the slug "nl" under the home page: a false 404 on any site using i18n_patterns.
        """
        path = page.get_url(self.dummy_request)
        if route_path != "/":
            path = path.rstrip("/") + "/" + route_path.lstrip("/")
        with translation.override(page.locale.language_code):
            serve_path = resolve(path).kwargs.get("path", "")
            root = page.get_site().root_page.localized.specific
            try:
                root.route(self.dummy_request, [part for part in serve_path.split("/") if part])
            except Http404 as error:
                raise self.failureException(
                    self._formatMessage(msg, f"{path} does not route to {page!r}")
                ) from error


@pytest.fixture
def page_test(client) -> WagtailPageTestCase:
    """Wagtail's page assertions (assertCanCreateAt, assertPageIsRenderable, ...) in pytest.

    Use together with a database fixture (`db`, `home_page`, `site_tree`).
    """
    checks = I18nPageTestCase()
    checks.client = client
    checks.dummy_request = get_dummy_request()
    return checks


@pytest.fixture
def site_root(transactional_db) -> None:
    """The rows of the data migrations (root page and collection, locales, home page, site).

    A transactional test that ran before (a browser test, the concurrent invitation test on
    PostgreSQL, the mail worker test) flushed them; every transactional test asks for this.
    """
    if WagtailPage.objects.filter(depth=2).exists():
        return
    dutch, _ = Locale.objects.get_or_create(language_code="nl")
    if not WagtailPage.objects.filter(depth=1).exists():
        WagtailPage.add_root(instance=WagtailPage(title="Root", slug="root", locale=dutch))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    loader = MigrationLoader(connection)
    migration = "0002_create_locales_and_homepage"
    state = loader.project_state(("home", migration))
    import_module(f"home.migrations.{migration}").create_locales_and_homepage(state.apps, None)
    # wagtail-localize makes its "submit translation" permission in a migration, not in a
    # model's Meta, so the flush's post_migrate does not bring it back. It reads only content
    # types, permissions and groups, unchanged since: today's models will do. (The migration
    # state at that point does not render in a process that has not migrated, one that copied
    # the template: tests/testdb.py.)
    migration = "0006_create_submit_translation_permission"
    import_module(f"wagtail_localize.migrations.{migration}").create_submit_translation_permission(
        django_apps, None
    )
    editorial_setup()
    site_address_sync()


@pytest.fixture(autouse=True)
def _rate_limits_cleared():
    """Rate limits (core.ratelimit) live in the cache: each test starts with none counted."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _kept_searches_forgotten():
    """Each test's searches run their statements the first time, whatever ran before in the
    process (search/statements.py's kept rows, search/highlight.py's headlines)."""
    from tests.search.test_core import kept_searches_forgotten

    kept_searches_forgotten()


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's first language (Dutch): a request to an /en/ address
    leaves English active in the thread (LocaleMiddleware), which a later test would inherit."""
    with translation.override(settings.LANGUAGE_CODE):
        yield
