"""The learning networks: one section each, with projects per theme and two closed areas."""

from typing import ClassVar

from django import forms
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from access import roles
from access.forms import PageForm
from access.selectors import network_page_for
from core.blocks import BaseStreamBlock
from core.models import BasePage, PageCopyForm
from networks import selectors
from themes.selectors import theme_list_for

# The network folder's address of the whole folder's PDF (networks.urls), beside each network's
# folder at folder/<slug>/: no network may take it as its slug.
FOLDER_PDF_SLUG = "pdf"


class NetworkIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels: ClassVar[list] = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types: ClassVar[list[str]] = ["home.HomePage"]
    subpage_types: ClassVar[list[str]] = ["networks.NetworkPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("network index page")

    @classmethod
    def child_slugs_reserved(cls) -> set[str]:
        return {*super().child_slugs_reserved(), FOLDER_PDF_SLUG}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the kept cards are rendered again (network_index_page.html).
        context["networks"] = SimpleLazyObject(lambda: selectors.network_list(locale=self.locale))
        return context


class ExtranetAudience(models.TextChoices):
    """Whom a network opens its extranet to; each network decides."""

    PARTNERS = "partners", _("Partners")
    TARGET_GROUP = "target_group", _("Target group")


class NetworkPage(BasePage):
    """A learning network (or the mainstream team): aim, coordinator, contact, themes."""

    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_("E.g. TRACER, DIAMOND.")
    )
    aim = models.TextField(_("aim"), help_text=_("What the network works on, in a sentence."))
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    coordinator_name = models.CharField(_("coordinator"), max_length=255)
    coordinator_role = models.CharField(_("coordinator's role"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    themes = ParentalManyToManyField(
        "themes.ThemePage", verbose_name=_("themes"), blank=True, related_name="networks"
    )
    extranet_audience = models.CharField(
        _("extranet for"),
        max_length=20,
        choices=ExtranetAudience.choices,
        default=ExtranetAudience.PARTNERS,
        help_text=_("Who the network's extranet is for; the network page and the extranet say so."),
    )

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("short_name"),
        FieldPanel("aim"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("extranet_audience", widget=forms.RadioSelect),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_role"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
    ]

    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("short_name"),
        index.SearchField("aim"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("coordinator_name"),
    ]

    parent_page_types: ClassVar[list[str]] = ["networks.NetworkIndexPage"]
    subpage_types: ClassVar[list[str]] = [
        "networks.ProjectPage",
        "networks.ClosedAreaPage",
        "events.EventPage",
        "publications.PublicationPage",
        "core.ContentPage",
        "thesisprize.ThesisCallPage",
    ]

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_number = request.GET.get("page")
        # Read only when rendered: the template keeps both lists as HTML (core.fragments).
        context["projects"] = SimpleLazyObject(
            lambda: selectors.project_list(network=self, page_number=page_number)
        )
        context["network_themes"] = SimpleLazyObject(lambda: theme_list_for(page=self))
        return context


class ProjectPage(BasePage):
    """A network's project or activity on one or more themes (a module, a roadshow series)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(
        "themes.ThemePage", verbose_name=_("themes"), blank=True, related_name="projects"
    )

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types: ClassVar[list[str]] = ["networks.NetworkPage"]
    subpage_types: ClassVar[list[str]] = [
        "events.EventPage",
        "publications.PublicationPage",
        "core.ContentPage",
    ]

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    @cached_property
    def network_page(self) -> "NetworkPage | None":
        """The network the project belongs to; listings set it in bulk instead."""
        network = network_page_for(page=self)
        return network.specific if network is not None else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page's kept content is rendered again (project_page.html).
        context["project_themes"] = SimpleLazyObject(lambda: theme_list_for(page=self))
        return context


def closed_area_kind_taken(*, parent: Page, area: str, exclude_pk: int | None = None) -> bool:
    """Has the network `parent` already a closed area of kind `area` (one of each per network)?"""
    siblings = ClosedAreaPage.objects.child_of(parent).filter(area=area)
    return siblings.exclude(pk=exclude_pk).exists()


class ClosedAreaCopyForm(PageCopyForm):
    """The pages' copy form, refusing a second area of the same kind under a network."""

    def clean(self):
        cleaned_data = super().clean()
        parent = cleaned_data.get("new_parent_page") or self.page.get_parent()
        if closed_area_kind_taken(parent=parent, area=self.page.specific.area):
            self.add_error("new_parent_page", _("This network already has an area of this kind."))
        return cleaned_data


class ClosedAreaPageForm(PageForm):
    def clean(self):
        cleaned_data = super().clean()
        parent = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        area = cleaned_data.get("area")
        if (
            parent is not None
            and area
            and closed_area_kind_taken(parent=parent, area=area, exclude_pk=self.instance.pk)
        ):
            self.add_error("area", _("This network already has an area of this kind."))
        return cleaned_data


class ClosedAreaPage(RoutablePageMixin, BasePage):
    """A network's intranet (members) or extranet (partners or target groups).

    Each network has at most one of each; who may read them is set through page privacy.
    """

    INTRANET = roles.INTRANET
    EXTRANET = roles.EXTRANET
    AREA_CHOICES: ClassVar[list[tuple[str, str]]] = [
        (INTRANET, _("Intranet (network members)")),
        (EXTRANET, _("Extranet (partners or target groups)")),
    ]

    area = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("area"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    parent_page_types: ClassVar[list[str]] = ["networks.NetworkPage"]
    subpage_types: ClassVar[list[str]] = ["core.ContentPage"]
    base_form_class = ClosedAreaPageForm
    copy_form_class = ClosedAreaCopyForm

    class Meta:
        verbose_name = _("closed area")
        verbose_name_plural = _("closed areas")

    # A sub-route of the area page: Wagtail routes it to this page, so the area's privacy
    # (Wagtail's check and access.wagtail_hooks: login, 403, never cached) runs before it.
    @path(_("search/"), name="search")
    def search_area(self, request):
        from networks.views import area_search_view

        return area_search_view(request, area=self)
