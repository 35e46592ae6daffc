from types import SimpleNamespace

from tests import worldcache
from tests.conftest import _build_site_tree
from translations.services import page_translation_save


def _build_english_tree() -> SimpleNamespace:
    tree = _build_site_tree()

    def translate(page, title: str, slug: str, **strings):
        return page_translation_save(page=page, strings={"title": title, "slug": slug, **strings})

    english = SimpleNamespace(site=tree)
    english.home = translate(tree.home, "Home", "home")
    english.network_index = translate(tree.network_index, "Networks", "networks")
    english.tracer = translate(tree.tracer, "Tracer network", "tracer")
    english.theme_index = translate(tree.theme_index, "Themes", "themes")
    english.mobility = translate(tree.mobility, "Mobility", "mobility")
    english.agenda = translate(tree.agenda, "Events", "events")
    english.intranet = translate(tree.intranet, "Secret members corner", "members-corner")
    return english


@worldcache.fixture
def english_tree() -> SimpleNamespace:
    """English translations of part of the site tree (tests/conftest.py's `site_tree`, as
    `english_tree.site`): what the Dutch-only notice is about. Its rows are built once for
    consecutive tests that ask for it, each test in its own transaction (tests/worldcache.py)."""
    return _build_english_tree()
