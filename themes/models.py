"""The one list of narrow CSR themes: the terminology every tagged thing uses."""

from typing import ClassVar

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage
from themes import selectors


class ThemeIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels: ClassVar[list] = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types: ClassVar[list[str]] = ["home.HomePage"]
    subpage_types: ClassVar[list[str]] = ["themes.ThemePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("theme index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the kept cards are rendered again (theme_index_page.html).
        context["themes"] = SimpleLazyObject(lambda: selectors.theme_card_list(locale=self.locale))
        return context


class ThemePage(BasePage):
    """One narrow theme. Projects and events are tagged with theme pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types: ClassVar[list[str]] = ["themes.ThemeIndexPage"]
    subpage_types: ClassVar[list[str]] = ["core.ContentPage"]

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page's kept content is rendered again (theme_page.html).
        context["knowledge_pages"] = SimpleLazyObject(
            lambda: selectors.knowledge_page_list(theme=self)
        )
        return context
