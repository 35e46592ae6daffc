"""Wagtail's and wagtail-localize's views that list pages or tags of every network, leaving
out what `access.rules` hides from the user (another network's closed pages, and the tags
found only on its private files). editorial.middleware hands their URLs to these views."""

import json

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.http import HttpRequest, JsonResponse
from taggit.models import Tag
from wagtail.admin.views.reports.page_types_usage import (
    PageTypesUsageReportView as WagtailPageTypesUsageReportView,
)
from wagtail.admin.views.tags import autocomplete as wagtail_tag_autocomplete
from wagtail.documents.views import documents as documents_views
from wagtail.images.views import chooser as image_chooser
from wagtail.images.views import images as images_views
from wagtail.models import Page
from wagtail_localize.views.report import TranslationsReportView as LocalizeTranslationsReportView

from access.rules import closed_pages_hidden_from, tags_admin_visible


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
    """wagtail-localize's translations, without those of pages hidden from the user; the
    newest first, in an order its pages keep (wagtail-localize's own has none)."""

    def get_queryset(self):
        hidden_keys = closed_pages_hidden_from(self.request.user).values("translation_key")
        visible = super().get_queryset().exclude(source__object_id__in=hidden_keys)
        return visible.order_by("-created_at", "-pk")


def popular_tags_visible(model, *, user, count: int = 10) -> list[Tag]:
    """Wagtail's popular_tags_for_model, without tags found only on files hidden from `user`."""
    tags = Tag.objects.filter(
        taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(model)
    ).annotate(item_count=Count("taggit_taggeditem_items"))
    return list(tags_admin_visible(tags, user=user).order_by("-item_count")[:count])


class VisibleTagsFilterSetMixin:
    """A media listing's "Tag" filter offers no tag found only on hidden files."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "tag" not in self.filters:
            return
        tags = popular_tags_visible(self._meta.model, user=self.request.user)
        if tags:
            self.filters["tag"].extra["choices"] = [(tag.name, tag.name) for tag in tags]
        else:
            del self.filters["tag"]


class DocumentsFilterSet(VisibleTagsFilterSetMixin, documents_views.DocumentsFilterSet):
    pass


class ImagesFilterSet(VisibleTagsFilterSetMixin, images_views.ImagesFilterSet):
    pass


class DocumentsIndexView(documents_views.IndexView):
    filterset_class = DocumentsFilterSet


class ImagesIndexView(images_views.IndexView):
    filterset_class = ImagesFilterSet


class ImageChooseView(image_chooser.ImageChooseView):
    """The image chooser's tag cloud, without tags found only on hidden images."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["popular_tags"] = popular_tags_visible(self.model, user=self.request.user)
        return context


def tag_autocomplete(
    request: HttpRequest, app_name: str | None = None, model_name: str | None = None
) -> JsonResponse:
    """Wagtail's tag autocomplete, without tags found only on files hidden from the user."""
    response = wagtail_tag_autocomplete(request, app_name=app_name, model_name=model_name)
    names = json.loads(response.content)
    if not names:
        return response
    visible = tags_admin_visible(Tag.objects.filter(name__in=names), user=request.user)
    shown = set(visible.values_list("name", flat=True))
    return JsonResponse([name for name in names if name in shown], safe=False)
