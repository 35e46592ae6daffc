"""What is left to translate: the Dutch pages without an English version, per network."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from access.selectors import network_access_for
from tests import factories
from translations.selectors import untranslated_page_list
from translations.services import page_translation_save

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/translations/out-of-date/"


def listed(groups) -> dict:
    return {
        (group.network.title if group.network else None): {page.title for page in group.pages}
        for group in groups
    }


def test_only_live_dutch_pages_without_a_translation_are_listed_per_network(english_tree):
    tree = english_tree.site
    factories.ProjectPageFactory(parent=tree.tracer, title="Nog een concept", live=False)

    groups = listed(untranslated_page_list())

    assert groups["Tracer"] == {
        tree.tracer_project.title,
        tree.extranet.title,
        "Studiedag werkend leren",
    }
    assert tree.diamond.title in groups[None] or tree.diamond.title in groups.get("Diamond", set())
    assert "Nog een concept" not in groups["Tracer"]  # not live
    every_listed = set().union(*groups.values())
    for translated in (tree.tracer, tree.mobility, tree.intranet, tree.home, tree.agenda):
        assert translated.title not in every_listed


def test_the_network_editor_sees_only_their_networks_pages(client, english_tree):
    tree = english_tree.site
    editor = factories.RoleUserFactory(access=network_access_for(page=tree.tracer), role="editors")

    assert set(listed(untranslated_page_list(user=editor))) == {"Tracer"}

    client.force_login(editor)
    html = client.get(LIST_URL).content.decode()
    assert f'data-untranslated-page="{tree.tracer_project.pk}"' in html
    assert f'data-untranslated-page="{tree.diamond_project.pk}"' not in html
    translate_url = reverse(
        "wagtail_localize:submit_page_translation", args=[tree.tracer_project.pk]
    )
    assert f'href="{translate_url}"' in html


def test_the_list_says_so_when_everything_is_translated(client, english_tree):
    network = factories.NetworkPageFactory(parent=english_tree.site.network_index, title="Leeg")
    page_translation_save(page=network, strings={"title": "Empty", "slug": "empty"})
    editor = factories.RoleUserFactory(access=network_access_for(page=network), role="editors")
    client.force_login(editor)

    html = client.get(LIST_URL).content.decode()

    with translation.override("nl"):
        assert gettext("Every Dutch page you can edit has a translation.") in html
    assert "data-untranslated-page" not in html
