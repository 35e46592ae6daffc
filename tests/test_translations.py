"""The interface translations are complete, compiled, and the ones Django loads.

No database: the .po/.mo files are read with polib, and gettext needs only the settings.
"""

import re
from pathlib import Path

import polib
import pytest
from django.utils.translation import gettext, ngettext, override

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ["nl", "en"]

# Python's named placeholders (%(title)s, %(counter)s) and their plain kind (%s, %d).
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[sdif]")


def _po(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def _mo(language: str) -> polib.MOFile:
    return polib.mofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"))


def _entries(catalog) -> list[polib.POEntry]:
    return [entry for entry in catalog if not entry.obsolete]


def _translations(catalog) -> dict[tuple, object]:
    """(context, msgid, msgid_plural) -> msgstr, or the plural forms by index."""
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): (
            tuple(sorted(entry.msgstr_plural.items())) if entry.msgid_plural else entry.msgstr
        )
        for entry in _entries(catalog)
        if entry.msgid  # the header
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language):
    untranslated = [entry.msgid for entry in _entries(_po(language)) if not entry.translated()]

    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_fuzzy(language):
    # makemessages guesses fuzzy entries from similar strings; gettext ignores them.
    fuzzy = [entry.msgid for entry in _entries(_po(language)) if entry.fuzzy]

    assert fuzzy == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_obsolete_entries_are_kept(language):
    assert [entry.msgid for entry in _po(language).obsolete_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_msgid(language):
    mismatched = []
    for entry in _entries(_po(language)):
        if entry.msgid_plural:
            # The singular may spell "one" out; every form keeps the plural's names.
            expected = sorted(PLACEHOLDER.findall(entry.msgid_plural))
            forms = list(entry.msgstr_plural.values())[1:]
        else:
            expected = sorted(PLACEHOLDER.findall(entry.msgid))
            forms = [entry.msgstr]
        mismatched += [
            (entry.msgid, form) for form in forms if sorted(PLACEHOLDER.findall(form)) != expected
        ]

    assert mismatched == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_matches_its_po_file(language):
    # By content, not mtime: a git checkout gives both files the same age.
    po, mo = _translations(_po(language)), _translations(_mo(language))

    assert set(mo) == set(po), "run `manage.py compilemessages --ignore=.venv`"
    assert {key: mo[key] for key in po if mo[key] != po[key]} == {}


def test_dutch_interface_strings_are_translated():
    with override("nl"):
        assert gettext("search/") == "zoeken/"
        assert gettext("Awaiting approval") == "Wacht op goedkeuring"
        assert gettext("Draft") == "Concept"
        assert gettext("Reject") == "Afwijzen"
        assert gettext("Unpublish") == "Depubliceren"
        assert gettext("Request unpublish") == "Depublicatie aanvragen"
        assert gettext("Audit per network") == "Audit per netwerk"
        assert (
            ngettext(
                "This page has one subpage; it would be deleted too.",
                "This page has %(counter)s subpages; they would be deleted too.",
                3,
            )
            % {"counter": 3}
            == "Deze pagina heeft 3 subpagina's; die zouden ook worden verwijderd."
        )


def test_english_interface_strings_are_the_msgids():
    with override("en"):
        assert gettext("search/") == "search/"
        assert gettext("Audit per network") == "Audit per network"
