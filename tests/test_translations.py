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


# --- Every interface string of the code is in both catalogues ---------------------------------

PROJECT_DIR = LOCALE_DIR.parent
SKIPPED_DIRS = {".venv", "staticfiles", "media", "node_modules", ".git", "locale"}
GETTEXT_FUNCTIONS = {
    "_": (0, None, None),
    "gettext": (0, None, None),
    "gettext_lazy": (0, None, None),
    "gettext_noop": (0, None, None),
    "ngettext": (0, 1, None),
    "ngettext_lazy": (0, 1, None),
    "pgettext": (1, None, 0),
    "pgettext_lazy": (1, None, 0),
    "npgettext": (1, 2, 0),
    "npgettext_lazy": (1, 2, 0),
}
# What django.utils.translation.template.templatize turns {% translate %} and
# {% blocktranslate %} into: gettext(u'...'), ngettext(u'...', u'...', count), pgettext(...).
TEMPLATIZED_CALL = re.compile(r"\b(n?p?gettext)\(((?:u'(?:[^'\\]|\\.)*'(?:, )?)+)", re.DOTALL)


def _project_files(*suffixes: str) -> list[Path]:
    return [
        path
        for path in PROJECT_DIR.rglob("*")
        if path.suffix in suffixes
        and not SKIPPED_DIRS.intersection(path.relative_to(PROJECT_DIR).parts)
    ]


def _python_messages(path: Path) -> set[tuple]:
    import ast

    messages = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in GETTEXT_FUNCTIONS:
            continue
        singular, plural, context = GETTEXT_FUNCTIONS[name]
        arguments = [
            arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
            for arg in node.args
        ]
        if len(arguments) <= singular or arguments[singular] is None:
            continue  # a variable, not a literal: nothing for makemessages either
        messages.add(
            (
                arguments[context] if context is not None else None,
                arguments[singular],
                arguments[plural] if plural is not None else "",
            )
        )
    return messages


def _template_messages(path: Path) -> set[tuple]:
    import ast

    from django.utils.translation.template import templatize

    messages = set()
    for function, argument_text in TEMPLATIZED_CALL.findall(templatize(path.read_text())):
        arguments = ast.literal_eval(f"({argument_text.rstrip(', ')},)")
        if function.startswith("np"):
            messages.add((arguments[0], arguments[1], arguments[2]))
        elif function.startswith("p"):
            messages.add((arguments[0], arguments[1], ""))
        elif function.startswith("n"):
            messages.add((None, arguments[0], arguments[1]))
        else:
            messages.add((None, arguments[0], ""))
    return messages


def _code_messages() -> set[tuple]:
    messages = set()
    for path in _project_files(".py"):
        messages |= _python_messages(path)
    for path in _project_files(".html", ".txt"):
        messages |= _template_messages(path)
    return messages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_has_a_translation(language):
    """A new {% translate %} or gettext string fails here until `make messages` has been
    run and the new entries are translated (a string missing from the .po shows untranslated)."""
    translated = {
        (entry.msgctxt, entry.msgid, entry.msgid_plural or "")
        for entry in _entries(_po(language))
        if entry.translated() and not entry.fuzzy
    }

    missing = sorted(_code_messages() - translated, key=str)

    assert missing == []


def test_the_extractor_finds_strings_in_python_and_templates():
    messages = _code_messages()
    assert (None, "search/", "") in messages  # cms/urls.py
    assert (None, "Available in Dutch only", "") in messages  # a {% translate %} in a template
    assert (
        None,
        "The Dutch original was updated on %(date)s; this translation may be out of date.",
        "",
    ) in messages  # a {% blocktranslate trimmed %}
