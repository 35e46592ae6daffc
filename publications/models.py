"""The publications register: what the networks publish (brochures, studies, checklists...).

A publication lives under the network or project that made it, so that network's editors
manage it. Its ESF record has two parts: the logo box on the page (every way of going live
refuses a publication without it: `publication_refusal` below) and the record that the two
copies went to the ESF agency, `PublicationCopies`, kept outside the page's revisions so that
recording it needs no workflow round.
"""

from typing import ClassVar

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from access.forms import PageForm
from access.rules import documents_public
from access.selectors import network_page_for
from core.blocks import BaseStreamBlock
from core.models import Audience, BasePage


class PublicationKind(models.TextChoices):
    BROCHURE = "brochure", _("Brochure")
    STUDY = "study", _("Study")
    CHECKLIST = "checklist", _("Checklist")
    ARTICLE_SERIES = "article_series", _("Article series")
    POSTER = "poster", _("Poster")
    OTHER = "other", _("Other publication")


class PublicationLanguage(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Other language")


class PublicationRefused(ValidationError):
    """A publication may not go live: the ESF and Flemish logos are not confirmed on it.

    A ValidationError keyed by the field, so that Wagtail's admin API answers 400 with the
    message; `publications.middleware` turns it into the message and a way back elsewhere.
    """

    def __init__(self, refusal: str, *, page_id: int | None):
        super().__init__({"esf_logos_present": [refusal]})
        self.page_id = page_id


def publication_refusal(publication: "PublicationPage") -> str | None:
    """Why `publication` (as it would go live) may not be published, or None.

    The one rule behind every way a page goes live: the form's publish and approve, the
    workflow's approve from the dashboard, bulk publish, scheduled and translated publishing.
    """
    if publication.esf_logos_present:
        return None
    return _refusal_message(publication.title)


def _refusal_message(title: str) -> str:
    return gettext(
        "“%(title)s” cannot go live: the box “The ESF and Flemish logos are on this "
        "publication” is not ticked. The European Social Fund requires both logos on every "
        "publication. Check the file, tick the box (or ask the network to add the logos), "
        "then approve again."
    ) % {"title": title}


def _publishing_action(data) -> bool:
    """Does this edit form's POST publish the page (Publish, or Approve in the workflow)?"""
    if data.get("action-publish"):
        return True
    return bool(data.get("action-workflow-action")) and data.get("workflow-action-name") == (
        "approve"
    )


class PublicationPageForm(PageForm):
    """Refuses Publish and Approve, with the reason on the box, while the logo box is empty.

    Saving a draft and submitting it for approval stay possible: the network's editor may be
    waiting for a corrected file.
    """

    def clean(self):
        cleaned_data = super().clean()
        document = cleaned_data.get("document")
        if (
            document is not None
            and not documents_public(type(document).objects.filter(pk=document.pk)).exists()
        ):
            self.add_error(
                "document",
                gettext(
                    "This file is in a closed collection (an intranet or extranet): visitors "
                    "could not open it. Choose or upload a file outside the closed areas."
                ),
            )
        if _publishing_action(self.data) and not cleaned_data.get("esf_logos_present"):
            title = cleaned_data.get("title") or self.instance.title
            self.add_error("esf_logos_present", _refusal_message(title))
        return cleaned_data


class PublicationPage(BasePage):
    """One publication of a network: its file, what it is, for whom, and its ESF logo box."""

    kind = models.CharField(
        _("kind of publication"),
        max_length=20,
        choices=PublicationKind.choices,
        default=PublicationKind.BROCHURE,
    )
    # PROTECT: a live publication never loses its file; Wagtail's document delete view says
    # where it is used instead.
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The publication itself (PDF or another document)."),
    )
    publication_date = models.DateField(_("publication date"))
    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        help_text=_("Whom it is written for. This only helps visitors find it."),
    )
    publication_language = models.CharField(
        _("language of the publication"),
        max_length=10,
        choices=PublicationLanguage.choices,
        default=PublicationLanguage.DUTCH,
    )
    esf_logos_present = models.BooleanField(
        _("The ESF and Flemish logos are on this publication"),
        default=False,
        help_text=_(
            "Required by the European Social Fund: the coordinator cannot approve a "
            "publication without both logos. Tick it only after checking the file of every "
            "language version."
        ),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(
        "themes.ThemePage", verbose_name=_("themes"), blank=True, related_name="publications"
    )

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("document"),
                FieldRowPanel([FieldPanel("publication_date"), FieldPanel("publication_language")]),
                FieldPanel("audience"),
            ],
            heading=_("The publication"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("esf_logos_present")], heading=_("ESF")),
    ]

    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("document", [index.SearchField("title")]),
        index.FilterField("kind"),
        index.FilterField("publication_date"),
        index.FilterField("audience"),
    ]

    parent_page_types: ClassVar[list[str]] = ["networks.NetworkPage", "networks.ProjectPage"]
    subpage_types: ClassVar[list[str]] = []
    base_form_class = PublicationPageForm

    # The English version may carry its own file (an English edition): wagtail-localize lets
    # the translator choose another document, reviewed with the translation. Everything else
    # about the publication is one fact for both languages.
    override_translatable_fields: ClassVar[list] = [
        SynchronizedField("document", overridable=True),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("publication_date", overridable=False),
        SynchronizedField("audience", overridable=False),
        SynchronizedField("publication_language", overridable=False),
        SynchronizedField("esf_logos_present", overridable=False),
    ]

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    @cached_property
    def network_page(self) -> Page | None:
        """The network that made it (an ancestor); listings set it in bulk instead."""
        network = network_page_for(page=self)
        return network.specific if network is not None else None

    def get_context(self, request, *args, **kwargs):
        from publications import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.publication_detail_context(publication=self))
        return context

    def publish(self, revision, *args, **kwargs):
        """Every `Revision.publish()` (the workflow's approve, bulk publish, scheduled and
        translated publishing) comes through here: refused before anything is written."""
        refusal = publication_refusal(revision.as_object())
        if refusal:
            raise PublicationRefused(refusal, page_id=self.pk)
        return super().publish(revision, *args, **kwargs)

    def save(self, *args, **kwargs):
        # The last line of defence, for paths that publish without `publish()` (the edit
        # view's own action, the admin API): a live row is always one the rule admits.
        update_fields = kwargs.get("update_fields")
        touches_state = update_fields is None or {"live", "esf_logos_present"} & set(update_fields)
        if self.live and touches_state:
            refusal = publication_refusal(self)
            if refusal:
                raise PublicationRefused(refusal, page_id=self.pk)
        return super().save(*args, **kwargs)


class PublicationCopies(models.Model):
    """The coordinator's record that the two copies of a publication went to the ESF agency.

    Keyed to the publication's translation key, so both languages share it; not a page field,
    so it never enters revisions or translation sources and needs no workflow round. Written
    only through `publications.services.publication_copies_record` (logged).
    """

    publication_key = models.UUIDField(_("publication"), unique=True, editable=False)
    sent_on = models.DateField(_("copies sent on"))
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("copies sent to the ESF agency")
        verbose_name_plural = _("copies sent to the ESF agency")

    def __str__(self) -> str:
        return gettext("Copies of publication %(key)s sent on %(date)s") % {
            "key": self.publication_key,
            "date": self.sent_on,
        }
