from types import SimpleNamespace

import pytest

from translations.services import page_translation_save


@pytest.fixture
def english_tree(site_tree) -> SimpleNamespace:
    """English translations of part of `site_tree`: what the Dutch-only notice is about."""
    tree = site_tree

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
