"""The one terminology: glossary terms with their synonyms, maintained by the coordinator."""

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from glossary.text import synonyms_split, term_normalize


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A preferred term, the other words people use for it, and a short definition.

    Search expands a query with the synonyms; /nl/begrippen/ lists the terms. The slug is the
    anchor of the term's entry (`#<slug>`) and is the same in every language.
    """

    term = models.CharField(_("preferred term"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("The anchor of the entry on the glossary page.")
    )
    synonyms = models.TextField(
        _("synonyms"),
        blank=True,
        help_text=_("One per line: abbreviations and other words people use for this term."),
    )
    definition = models.TextField(_("short definition"))
    themes = models.ManyToManyField(
        "themes.ThemePage", blank=True, related_name="+", verbose_name=_("themes")
    )

    panels: ClassVar[list] = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("synonyms"),
        FieldPanel("definition"),
        FieldPanel("themes"),
    ]

    search_fields: ClassVar[list] = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("synonyms"),
        index.FilterField("locale"),
    ]

    translatable_fields: ClassVar[list] = [
        TranslatableField("term"),
        TranslatableField("synonyms"),
        TranslatableField("definition"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering: ClassVar[list[str]] = ["term"]
        constraints: ClassVar[list] = [
            models.UniqueConstraint(fields=["slug", "locale"], name="glossary_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.term

    @property
    def synonym_list(self) -> list[str]:
        return synonyms_split(self.synonyms)

    def clean(self) -> None:
        super().clean()
        self.term = " ".join(self.term.split())
        term_key = term_normalize(self.term)
        # One per line, no repeats, and not the preferred term itself.
        synonyms = [s for s in synonyms_split(self.synonyms) if term_normalize(s) != term_key]
        self.synonyms = "\n".join(synonyms)
        if not self.locale_id:
            return
        taken = _words_of_other_terms(self)
        errors: dict[str, list[str]] = {}
        if term_key in taken:
            errors["term"] = [
                _("“%(word)s” is already used by the term “%(other)s”.")
                % {"word": self.term, "other": taken[term_key]}
            ]
        for synonym in synonyms:
            other = taken.get(term_normalize(synonym))
            if other is not None:
                errors.setdefault("synonyms", []).append(
                    _("“%(word)s” is already used by the term “%(other)s”.")
                    % {"word": synonym, "other": other}
                )
        if errors:
            raise ValidationError(errors)


def _words_of_other_terms(term: GlossaryTerm) -> dict[str, str]:
    """Every preferred term and synonym of the other terms in `term`'s language, normalized,
    with the preferred term that owns it."""
    others = GlossaryTerm.objects.filter(locale_id=term.locale_id).exclude(pk=term.pk)
    words: dict[str, str] = {}
    for other_term, other_synonyms in others.values_list("term", "synonyms"):
        for word in [other_term, *synonyms_split(other_synonyms)]:
            words.setdefault(term_normalize(word), other_term)
    return words
