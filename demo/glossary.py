"""Demo glossary terms (demo/data/glossary.yaml): the words the seed minutes use, with English
translations made through wagtail-localize as the coordinator would. Development only.

Idempotent: a term whose slug exists is left alone, and so is an existing translation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from demo.content import demo_content
from glossary.models import GlossaryTerm

if TYPE_CHECKING:
    from demo.loader import DemoReport
    from themes.models import ThemePage


def demo_glossary_load(*, themes: dict[str, ThemePage], report: DemoReport) -> None:
    dutch = Locale.get_default()
    english = Locale.objects.get(language_code="en")
    for data in demo_content("glossary")["terms"]:
        term = GlossaryTerm.objects.filter(locale=dutch, slug=data["slug"]).first()
        if term is None:
            term = GlossaryTerm(
                locale=dutch,
                term=data["term"],
                slug=data["slug"],
                synonyms="\n".join(data.get("synonyms", [])),
                definition=data["definition"],
            )
            term.full_clean()
            term.save()
            term.themes.set([themes[slug] for slug in data.get("themes", []) if slug in themes])
            report.created["GlossaryTerm"] = report.created.get("GlossaryTerm", 0) + 1
        if "en" in data and not term.has_translation(english):
            _translate(term, english, data["en"])
            report.created["GlossaryTerm (en)"] = report.created.get("GlossaryTerm (en)", 0) + 1


def _translate(term: GlossaryTerm, locale: Locale, texts: dict[str, str]) -> None:
    """Translate `term` with wagtail-localize: its strings by field, then the target saved."""
    source, _ = TranslationSource.get_or_create_from_instance(term)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = texts.get(segment.context.path)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    translation.save_target()
    translated = term.get_translation(locale)
    translated.themes.set(term.themes.all())
