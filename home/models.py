import operator
from functools import partial
from typing import ClassVar

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage
from home import selectors


class HomePage(BasePage):
    """The site's front door: what the DKC MVO is, its themes, networks, next events, news."""

    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "glossary"]
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("tagline"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types: ClassVar[list[str]] = ["wagtailcore.Page"]
    subpage_types: ClassVar[list[str]] = [
        "themes.ThemeIndexPage",
        "networks.NetworkIndexPage",
        "events.EventIndexPage",
        "news.NewsIndexPage",
        "core.ContentPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the sections' fragment is not kept (home_page.html).
        sections = SimpleLazyObject(
            lambda: selectors.home_sections(locale=self.locale, lens=getattr(request, "lens", None))
        )
        context.update(
            {
                name: SimpleLazyObject(partial(operator.getitem, sections, name))
                for name in ("themes", "networks", "upcoming_events", "latest_news")
            }
        )
        return context
