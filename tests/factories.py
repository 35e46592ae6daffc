"""The factories of every page type of the site, of users, and of the access objects, for the
tests.

The page and user factories live in each app's `factories.py` (the demo loader builds through
them too); this module gathers them so that `from tests import factories` reaches all of them,
and adds what only the tests build: provisioned networks, users in a role, invitations, page
action requests, and stored files in a collection.
"""

import factory
import wagtail_factories
from wagtail.models import Collection
from wagtail.rich_text import RichText

from access.models import NetworkAccess
from access.selectors import network_access_for, network_page_for
from access.services import coordinator_group_ensure
from accounts.models import Invitation, invitation_token_hash
from core.factories import ContentPageFactory, UserFactory, home_page
from core.models import ContentPage
from editorial.models import PageActionRequest
from editorial.services.provisioning import network_provision
from events.factories import EventIndexPageFactory, EventPageFactory
from networks.factories import (
    ClosedAreaPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    ProjectPageFactory,
)
from networks.models import ClosedAreaPage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from publications.factories import PublicationDocumentFactory, PublicationPageFactory
from themes.factories import ThemeIndexPageFactory, ThemePageFactory

__all__ = [
    "ClosedAreaPageFactory",
    "ContentPageFactory",
    "CoordinatorFactory",
    "DocumentFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "ImageFactory",
    "InvitationFactory",
    "NetworkAccessFactory",
    "NetworkIndexPageFactory",
    "NetworkPageFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "PageActionRequestFactory",
    "ProjectPageFactory",
    "PublicationDocumentFactory",
    "PublicationPageFactory",
    "RoleUserFactory",
    "ThemeIndexPageFactory",
    "ThemePageFactory",
    "UserFactory",
    "document_link",
    "document_links_body",
    "home_page",
    "page_linking",
]


def _closed_area(area: str):
    """A post-generation hook: `intranet=True` (or `intranet__title="..."`) adds the area."""

    def add(access: NetworkAccess, create: bool, extracted, **kwargs) -> None:
        if create and (extracted or kwargs):
            page = ClosedAreaPageFactory(parent=access.network_page, area=area, **kwargs)
            setattr(access, area, page)

    return factory.PostGeneration(add)


class NetworkAccessFactory(factory.django.DjangoModelFactory):
    """A provisioned network: a `NetworkPage` under the network index, and the `NetworkAccess`
    (groups, collection and its closed-area collections, workflow) `network_provision` gives it.

    `NetworkAccessFactory(network_page__title="Tracer", intranet=True, extranet=True)`; the page
    is `access.network_page`, the closed areas `access.intranet` and `access.extranet`.
    """

    network_page = factory.SubFactory(NetworkPageFactory)

    class Meta:
        model = NetworkAccess
        skip_postgeneration_save = True

    intranet = _closed_area(ClosedAreaPage.INTRANET)
    extranet = _closed_area(ClosedAreaPage.EXTRANET)

    @classmethod
    def _create(cls, model_class, *, network_page, **kwargs) -> NetworkAccess:
        # The page's post_save signal has provisioned it already; this call is idempotent.
        access = network_provision(network_page=network_page)
        access.network_page = network_page
        return access


class RoleUserFactory(UserFactory):
    """A user in one of a network's groups: `RoleUserFactory(access=access, role="editors")`.

    `role` names a group of `NetworkAccess` ("editors", "members", "partners"), or is
    "coordinators" for the DKC coordinators (no `access` needed). The user has an e-mail address
    (UserFactory's `<username>@example.org`).
    """

    access = None
    role = "members"

    @classmethod
    def _create(cls, model_class, *args, access=None, role="members", **kwargs):
        user = super()._create(model_class, *args, **kwargs)
        if role == "coordinators":
            user.groups.add(coordinator_group_ensure())
        else:
            user.groups.add(getattr(access, role))
        return user


class CoordinatorFactory(RoleUserFactory):
    """A DKC coordinator, in the group `access.services.coordinator_group_ensure` makes."""

    role = "coordinators"


class InvitationFactory(factory.django.DjangoModelFactory):
    """An open invitation; pass `token="..."` to know the link's token (only its hash is kept)."""

    access = factory.SubFactory(NetworkAccessFactory)
    role = Invitation.Role.MEMBER
    email = factory.Sequence(lambda n: f"genodigde{n}@example.org")
    token_hash = factory.LazyAttribute(lambda invitation: invitation_token_hash(invitation.token))
    created_by = factory.SubFactory(
        RoleUserFactory, access=factory.SelfAttribute("..access"), role="editors"
    )

    class Meta:
        model = Invitation

    class Params:
        token = factory.Sequence(lambda n: f"uitnodiging-{n}")


class PageActionRequestFactory(factory.django.DjangoModelFactory):
    """An editor's pending request to delete (or `action=`) a page of their network."""

    page = factory.SubFactory(ProjectPageFactory)
    page_title = factory.SelfAttribute("page.title")
    network = factory.LazyAttribute(lambda request: network_page_for(page=request.page))
    action = PageActionRequest.Action.DELETE
    requested_by = factory.SubFactory(
        RoleUserFactory,
        access=factory.LazyAttribute(
            lambda user: network_access_for(page=user.factory_parent.page)
        ),
        role="editors",
    )

    class Meta:
        model = PageActionRequest


def root_collection() -> Collection:
    return Collection.get_first_root_node()


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A stored document, in the root collection unless `collection=` says otherwise.

    The file goes to MEDIA_ROOT: point that at a temporary directory (`settings.MEDIA_ROOT =
    tmp_path`). `file__filename` and `file__data` set the stored file's name and bytes.
    """

    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.FileField(filename="document.pdf", data=b"%PDF-1.4 document")


class ImageFactory(wagtail_factories.ImageFactory):
    """A stored PNG image, in the root collection unless `collection=` says otherwise (see
    DocumentFactory about MEDIA_ROOT)."""

    title = factory.Sequence(lambda n: f"Afbeelding {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.ImageField(
        filename="afbeelding.png", format="PNG", width=200, height=150, color="red"
    )


def document_link(document, text: str = "download") -> str:
    """A rich-text link to `document`, stored as Wagtail's editor stores it."""
    return f'<a linktype="document" id="{document.pk}">{text}</a>'


def document_links_body(*documents, block: str = "paragraph") -> list:
    """A StreamField body whose rich text links `documents`: in a paragraph, or in the small
    organisations' nuance of a KO/GO block (`block="ko_go"`)."""
    links = RichText("<p>Bijlagen: " + ", ".join(map(document_link, documents)) + "</p>")
    if block == "ko_go":
        return [("ko_go", {"shared": RichText("<p>Voor iedereen.</p>"), "ko": links, "go": ""})]
    return [(block, links)]


def page_linking(*documents, block: str = "paragraph", **kwargs) -> ContentPage:
    """A live content page (under the home page unless `parent=`) whose body links
    `documents`: what publishes a document to the site search."""
    return ContentPageFactory(body=document_links_body(*documents, block=block), **kwargs)
