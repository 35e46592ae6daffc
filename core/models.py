"""Shared page foundation and site settings. Imports no app of ours."""

from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.pages import CopyForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.visibility import public_pages


class Audience(models.TextChoices):
    """Whom a page is made for (events, publications); the agenda's and search's audience
    filter. Individuals are never excluded: "everyone" is the default, and a filter on one size
    still shows what is for everyone."""

    EVERYONE = "everyone", _("Everyone")
    SMALL = "small", _("Small organisations")
    LARGE = "large", _("Large organisations")


def reserved_slug_refusal(*, parent: Page, slug: str) -> str | None:
    """Why a child of `parent` may not be slugged `slug` (in the active language), or None:
    the one rule behind the page forms, a save, a move and a copy."""
    refusal = getattr(parent.specific_class, "child_slug_refusal", None)
    return refusal(slug) if refusal is not None else None


def reserved_slug_move_refusal(*, page: Page, parent: Page) -> str | None:
    """Why `page` may not be moved under `parent` (its slug is an address `parent` serves
    itself), or None. Reordering a page among its siblings is no move."""
    if page.path and page.path[: -page.steplen] == parent.path:
        return None
    if reserved_slug_refusal(parent=parent, slug=page.slug) is None:
        return None
    return gettext(
        "“%(title)s” cannot be moved there: the site already uses the address “%(slug)s/” "
        "under that page for something of its own (a search, a form or a PDF). Change its "
        "slug first."
    ) % {"title": page.title, "slug": page.slug}


def reserved_slug_refuse_on_move(sender, instance: Page, parent_page_after: Page, **kwargs) -> None:
    """`pre_page_move`: every way of moving a page (the admin's move and bulk move, the admin
    API, `Page.move`) ends in Wagtail's MovePageAction, which saves without the page's own
    `clean`. Refused before anything moves; the admin's screens say it first (wagtail_hooks)."""
    if message := reserved_slug_move_refusal(page=instance, parent=parent_page_after):
        raise ValidationError({"slug": message})


class PageCopyForm(CopyForm):
    """Wagtail's copy form (every page type's: `BasePage.copy_form_class`), refusing a slug the
    new parent serves itself; the copy's own save would refuse it with a server error."""

    def clean(self):
        cleaned_data = super().clean()
        parent = cleaned_data.get("new_parent_page") or self.page.get_parent()
        slug = cleaned_data.get("new_slug")
        if slug and (message := reserved_slug_refusal(parent=parent, slug=slug)):
            self.add_error("new_slug", message)
        return cleaned_data


class BasePage(Page):
    """Fields and panels every page type of the site has: how it looks in listings."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences shown where this page is listed."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels: ClassVar[list] = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Listings"),
        ),
    ]

    search_fields: ClassVar[list] = [*Page.search_fields, index.SearchField("listing_summary")]

    copy_form_class = PageCopyForm

    class Meta:
        abstract = True

    @property
    def summary(self) -> str:
        """The text a listing shows: the editor's summary, else the search description."""
        return self.listing_summary or self.search_description or getattr(self, "intro", "")

    @classmethod
    def child_slugs_reserved(cls) -> set[str]:
        """Slugs a child of this page type may not take: the first part of each of its
        sub-routes (RoutablePageMixin) in every language, which Wagtail serves before the
        children, so such a child could never be reached."""
        if not hasattr(cls, "get_subpage_urls"):
            return set()
        reserved = set()
        for language_code, _name in settings.LANGUAGES:
            with translation.override(language_code):
                for pattern in cls.get_subpage_urls():
                    first = str(pattern.pattern).lstrip("^").split("/", 1)[0]
                    if first and not any(mark in first for mark in "<($"):
                        reserved.add(first)
        return reserved

    @classmethod
    def child_slug_refusal(cls, slug: str) -> str | None:
        """Why a child of this page type may not have `slug` (in the editor's language)."""
        if slug not in cls.child_slugs_reserved():
            return None
        return gettext(
            "The site already uses the address “%(slug)s/” here for something of its own "
            "(a search, a form or a PDF). Choose another slug."
        ) % {"slug": slug}

    def _reserved_slug_check(self) -> None:
        # A new page in the admin has no parent yet: access.forms.PageForm asks the same.
        parent = self.get_parent()
        if parent is not None and (message := reserved_slug_refusal(parent=parent, slug=self.slug)):
            raise ValidationError({"slug": message})

    def clean(self):
        super().clean()
        self._reserved_slug_check()

    def minimal_clean(self):
        """What Wagtail checks when a draft is saved (a copy, say): the slug here too."""
        super().minimal_clean()
        self._reserved_slug_check()

    def view_restrictions_remember(self) -> None:
        """Read this page's view restrictions once, for the rest of the request that serves
        it: our refusal, Wagtail's own check and the `hreflang` alternates each ask.

        The same restrictions as Wagtail's `get_view_restrictions` (this page's and its
        ancestors', an alias's taken from the page it is an alias of), in one query.
        """
        if getattr(self, "_remembered_view_restrictions", None) is not None:
            return  # read with the page (core.routing)
        prefixes = [
            self.path[:length] for length in range(self.steplen, len(self.path) + 1, self.steplen)
        ]
        restrictions = PageViewRestriction.objects.filter(
            Q(page__path__in=prefixes) | Q(page__aliases__path__in=prefixes)
        ).distinct()
        bool(restrictions)  # evaluated here; later `exists()` and loops use the result
        self._remembered_view_restrictions = restrictions

    def get_view_restrictions(self):
        remembered = getattr(self, "_remembered_view_restrictions", None)
        return remembered if remembered is not None else super().get_view_restrictions()

    def route(self, request, path_components):
        """Wagtail's routing in a fixed number of queries (core.routing)."""
        from core.routing import route_below

        if path_components:
            result = route_below(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)


class ContentPage(BasePage):
    """A generic page: about, contact, ESF information, knowledge pages within a theme."""

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

    # No parent_page_types: the parents opt in through their own subpage_types, so core names
    # no page type of another app (see clean_parent_page_models).
    subpage_types: ClassVar[list[str]] = ["core.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    @classmethod
    def clean_parent_page_models(cls) -> list[type[Page]]:
        """Every page type of ours; Wagtail pairs it with those whose subpage_types allow us.

        Wagtail's bare root page takes any child, so without this a content page could be
        created as a site root; only our own page types (built on BasePage) may hold one.
        """
        return [
            model for model in super().clean_parent_page_models() if issubclass(model, BasePage)
        ]


def _footer_page(verbose_name) -> models.ForeignKey:
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="site")
class FooterSettings(BaseSiteSetting):
    """The ESF and Flemish government logos and co-financing line every public page carries.

    ESF publicity rules require both logos on every publication; left empty, the shipped
    logo files and the standard line are used, so a page can never go out without them.
    """

    cofinancing_text = models.TextField(
        _("co-financing line"),
        blank=True,
        help_text=_("Leave empty for the standard line about ESF and Flemish co-financing."),
    )
    esf_logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("European Social Fund logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the standard logo."),
    )
    flanders_logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Flemish government logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the standard logo."),
    )
    contact_text = models.TextField(
        _("contact details"),
        blank=True,
        help_text=_("Address and e-mail shown in the footer."),
    )

    contact_page = _footer_page(_("contact page"))
    esf_page = _footer_page(_("ESF information page"))
    privacy_page = _footer_page(_("privacy statement"))
    accessibility_page = _footer_page(_("accessibility statement"))

    panels: ClassVar[list] = [
        FieldPanel("cofinancing_text"),
        FieldPanel("esf_logo"),
        FieldPanel("flanders_logo"),
        FieldPanel("contact_text"),
        MultiFieldPanel(
            [
                FieldPanel("contact_page"),
                FieldPanel("esf_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Footer links"),
            help_text=_("Pages every footer links to, in the reader's language where translated."),
        ),
    ]

    class Meta:
        verbose_name = _("footer and logos")

    def footer_links(self) -> list[tuple[str, Page]]:
        """(label, page) of the chosen footer pages that are live and public, each in the
        active language where a live, public translation exists; three queries at most."""
        chosen = [
            (_("Contact"), self.contact_page_id),
            (_("European Social Fund"), self.esf_page_id),
            (_("Privacy"), self.privacy_page_id),
            (_("Accessibility"), self.accessibility_page_id),
        ]
        pages = public_pages(Page.objects.live()).in_bulk([pk for _label, pk in chosen if pk])
        if not pages:
            return []
        translations = {
            page.translation_key: page
            for page in public_pages(Page.objects.live()).filter(
                translation_key__in=[page.translation_key for page in pages.values()],
                locale__language_code=translation.get_language(),
            )
        }
        return [
            (label, translations.get(pages[pk].translation_key, pages[pk]))
            for label, pk in chosen
            if pk in pages
        ]
