"""Wagtail's and wagtail-localize's reports that list pages of every network, leaving out the
pages `access.rules.closed_pages_hidden_from` hides from the user (another network's closed
areas). editorial.middleware hands their URLs to these views."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Q, Subquery
from wagtail.admin.views.reports.page_types_usage import (
    PageTypesUsageReportView as WagtailPageTypesUsageReportView,
)
from wagtail.models import Page
from wagtail_localize.views.report import TranslationsReportView as LocalizeTranslationsReportView

from access.rules import closed_pages_hidden_from


class PageTypesUsageReportView(WagtailPageTypesUsageReportView):
    """Each page type's count and last edited page, among the pages the user may know of."""

    def get_queryset(self):
        # Wagtail's get_queryset, with its annotations computed without the hidden pages.
        queryset = ContentType.objects.filter(model__in=self.page_models)
        if not Page.objects.filter(
            depth__gt=1, content_type=ContentType.objects.get_for_model(Page)
        ).exists():
            queryset = queryset.exclude(model="page", app_label="wagtailcore")
        self.queryset = queryset
        queryset = self.filter_queryset(queryset)
        hidden = closed_pages_hidden_from(self.request.user).values("pk")
        language_code = self.filters.form.cleaned_data.get("page_locale", None)
        site_root_path = self.filters.form.cleaned_data.get("site", None)
        pages = Page.objects.exclude(pk__in=hidden)
        counted = ~Q(pages__pk__in=hidden)
        if language_code:
            pages = pages.filter(locale__language_code=language_code)
            counted &= Q(pages__locale__language_code=language_code)
        if site_root_path:
            pages = pages.filter(path__startswith=site_root_path)
            counted &= Q(pages__path__startswith=site_root_path)
        last_edited = pages.filter(content_type=OuterRef("pk")).order_by(
            F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
        )
        return queryset.annotate(
            count=Count("pages", filter=counted),
            last_edited_page_id=Subquery(last_edited.values("pk")[:1]),
        ).order_by("-count", "app_label", "model")


class TranslationsReportView(LocalizeTranslationsReportView):
    """wagtail-localize's translations, without those of pages hidden from the user."""

    def get_queryset(self):
        hidden_keys = closed_pages_hidden_from(self.request.user).values("translation_key")
        return super().get_queryset().exclude(source__object_id__in=hidden_keys)
