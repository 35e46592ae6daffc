"""The search form: what a visitor may ask the site search, validated in one place."""

from typing import ClassVar

from django import forms
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.fragments import shared_values
from core.search_text import MAX_QUERY_LENGTH, search_query_clean
from events.selectors import ChoiceList, EventFilterForm


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


# The filters the search page shows, in this order.
FILTER_FIELDS = ("theme", "network", "kind", "audience", "order")
FILTER_FIELD_HTML = '<div class="field">\n<label for="{}">{}</label>\n{}\n</div>\n'


class SearchForm(EventFilterForm):
    """The agenda's filters (network, theme, audience: the same choices and slugs) and the
    search's own: the query, the kind of result, the order, the page."""

    q = forms.CharField(label=_("What are you looking for?"), required=False, strip=False)
    page = forms.IntegerField(required=False, min_value=1)
    order = forms.ChoiceField(label=_("Order"), required=False)
    kind = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, locale=locale, **kwargs)
        self.locale = locale
        self.fields["q"].widget.attrs["maxlength"] = MAX_QUERY_LENGTH
        # A NUL byte is a word break to `search_query_clean`, not an error for the visitor.
        self.fields["q"].validators = []
        self.fields["order"].choices = ChoiceList(
            [("", _("Relevance")), ("date", _("Date, latest first"))]
        )
        self.fields["kind"].choices = ChoiceList(
            [
                ("", _("All")),
                (ContentKind.KNOWLEDGE, _("Themes and knowledge")),
                (ContentKind.NETWORKS, _("Networks and projects")),
                (ContentKind.EVENTS, _("Events")),
                (ContentKind.NEWS, _("News")),
                (ContentKind.PUBLICATIONS, _("Publications")),
                (ContentKind.DOCUMENTS, _("Documents")),
            ]
        )

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

    def filter_fields_html(self) -> list[SafeString]:
        """Each filter's label and select, as HTML. A valid filter's is the same for every
        reader and query: kept per language and chosen value until the next purge
        (core.fragments: a publish, move or view restriction changes the themes and networks
        offered), and the five read in one cache read, as rendering a select with its options
        was most of the search form's cost. A filter with an error is rendered each time (its
        select says so)."""
        language = translation.get_language()
        kept = {}
        for name in FILTER_FIELDS:
            field = self[name]
            if not field.errors:
                value = field.value()
                chosen = "none" if value is None else f"value={value}"
                kept[name] = (self.locale.language_code, language, name, chosen)
        html = shared_values("search_filter_field", kept, self._filter_field_html)
        return [html.get(name) or self._filter_field_html(name) for name in FILTER_FIELDS]

    def _filter_field_html(self, name: str) -> SafeString:
        field = self[name]
        return format_html(FILTER_FIELD_HTML, field.id_for_label, field.label, field)
