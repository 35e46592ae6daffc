"""The search form: what a visitor may ask the site search, validated in one place."""

from typing import ClassVar

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.search_text import MAX_QUERY_LENGTH, search_query_clean
from events.selectors import EventFilterForm


class ContentKind:
    """The kinds of result a visitor can pick; each maps to page models (app_label, model)."""

    KNOWLEDGE = "knowledge"
    NETWORKS = "networks"
    EVENTS = "events"
    NEWS = "news"
    PUBLICATIONS = "publications"
    DOCUMENTS = "documents"

    MODELS: ClassVar[dict[str, list[tuple[str, str]]]] = {
        KNOWLEDGE: [("themes", "themepage"), ("core", "contentpage")],
        NETWORKS: [("networks", "networkpage"), ("networks", "projectpage")],
        EVENTS: [("events", "eventpage")],
        NEWS: [("news", "newspage")],
        PUBLICATIONS: [("publications", "publicationpage")],
        DOCUMENTS: [],
    }


class SearchForm(EventFilterForm):
    """The agenda's filters (network, theme, audience: the same choices and slugs) and the
    search's own: the query, the kind of result, the order, the page."""

    q = forms.CharField(label=_("What are you looking for?"), required=False, strip=False)
    page = forms.IntegerField(required=False, min_value=1)
    order = forms.ChoiceField(label=_("Order"), required=False)
    kind = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, locale=locale, **kwargs)
        self.fields["q"].widget.attrs["maxlength"] = MAX_QUERY_LENGTH
        # A NUL byte is a word break to `search_query_clean`, not an error for the visitor.
        self.fields["q"].validators = []
        self.fields["order"].choices = [("", _("Relevance")), ("date", _("Date, latest first"))]
        self.fields["kind"].choices = [
            ("", _("All")),
            (ContentKind.KNOWLEDGE, _("Themes and knowledge")),
            (ContentKind.NETWORKS, _("Networks and projects")),
            (ContentKind.EVENTS, _("Events")),
            (ContentKind.NEWS, _("News")),
            (ContentKind.PUBLICATIONS, _("Publications")),
            (ContentKind.DOCUMENTS, _("Documents")),
        ]

    def clean_q(self) -> str:
        cleaned = search_query_clean(self.cleaned_data.get("q") or "")
        self.query_shortened = cleaned.shortened
        return cleaned.text

    query_shortened = False

    def search_data(self) -> dict:
        """The valid values (an invalid filter is dropped, its error shown): never a 500."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "q": data.get("q", ""),
            "page": data.get("page") or 1,
            "order": data.get("order", ""),
            "theme": self.themes.get(data.get("theme", "")),
            "network": self.networks.get(data.get("network", "")),
            "kind": data.get("kind", ""),
            "audience": data.get("audience", ""),
        }
