"""Reads for the account pages and the people of a network: which networks a person belongs
to, which closed areas they may enter, and a network's members, partners and invitations.

"May enter" is the access app's rule (`access.rules.pages_viewable`), the one the pages
themselves answer with, so a list never offers a page that would answer 403. Each function
costs a fixed number of queries.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from access.models import NetworkAccess
from access.rules import pages_viewable, user_is_coordinator
from access.selectors import network_page_per_key, user_group_ids
from accounts.models import Invitation, invitation_token_hash
from core.fragments import shared_value
from core.localization import default_language
from networks.models import ClosedAreaPage, NetworkPage

User = AbstractBaseUser | AnonymousUser

ROLE_LABELS = {
    "editors": _("editor"),
    "members": _("member"),
    "partners": _("partner"),
}


@dataclass
class NetworkMembership:
    """One network on "My networks": the person's roles in it and the areas they may enter."""

    network: NetworkPage
    roles: list[str] = field(default_factory=list)
    areas: list[ClosedAreaPage] = field(default_factory=list)


@dataclass
class NetworkClosedAreas:
    """What a network page says about its closed areas to one visitor."""

    has_intranet: bool = False
    has_extranet: bool = False
    enterable: list[ClosedAreaPage] = field(default_factory=list)


def network_memberships(*, user: User, locale: Locale | None = None) -> list[NetworkMembership]:
    """Per network the person belongs to (every network for a coordinator), in tree order,
    the closed areas they may enter, in the visitor's language where the network has it."""
    if not user.is_authenticated:
        return []
    group_ids = user_group_ids(user)
    coordinator = user_is_coordinator(user)
    accesses = NetworkAccess.objects.all()
    if not coordinator:
        accesses = accesses.filter(
            Q(editors__in=group_ids) | Q(members__in=group_ids) | Q(partners__in=group_ids)
        )
    roles_by_key: dict = {}
    for access in accesses:
        roles_by_key[access.translation_key] = [
            str(label)
            for attribute, label in ROLE_LABELS.items()
            if getattr(access, f"{attribute}_id") in group_ids
        ]
    networks = list(
        network_page_per_key(
            keys=roles_by_key, locale=locale or Locale.get_active(), live=True
        ).values()
    )
    if not networks:
        return []

    locale = locale or Locale.get_active()
    memberships = {
        network.translation_key: NetworkMembership(
            network=network, roles=roles_by_key[network.translation_key]
        )
        for network in networks
    }
    areas = closed_areas_in_language(network_keys=list(memberships), locale=locale)
    for area in pages_viewable(pages=list(areas.values()), user=user):
        memberships[area.network_key].areas.append(area)
    return list(memberships.values())


def closed_areas_in_language(*, network_keys: list, locale: Locale) -> dict:
    """The live closed areas of these networks, each in `locale` where it has a live
    translation, else in Dutch (an English member reaches the Dutch intranet where no English
    one exists); keyed by the area's translation key, in tree order. Each area carries the
    translation key of its network as `network_key`. One query.
    """
    if not network_keys:
        return {}
    # The area's parent is a language version of one of the networks.
    parents = Page.objects.filter(
        translation_key__in=network_keys,
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen),
    )
    candidates = (
        ClosedAreaPage.objects.live()
        .filter(Exists(parents))
        .annotate(parent_key=Subquery(parents.values("translation_key")[:1]))
        .select_related("locale")
        .order_by("path")
    )
    default_language_code = default_language()

    def rank(area) -> int:
        if area.locale_id == locale.pk:
            return 0
        return 1 if area.locale.language_code == default_language_code else 2

    chosen: dict = {}
    for area in candidates:
        area.network_key = area.parent_key
        current = chosen.get(area.translation_key)
        if current is None or rank(area) < rank(current):
            chosen[area.translation_key] = area
    return chosen


def _network_areas(*, network: Page) -> list:
    return list(
        closed_areas_in_language(
            network_keys=[network.translation_key], locale=network.locale
        ).values()
    )


def _closed_area_kinds(*, network: Page) -> tuple[bool, bool]:
    kinds = {area.area for area in _network_areas(network=network)}
    return ClosedAreaPage.INTRANET in kinds, ClosedAreaPage.EXTRANET in kinds


def network_closed_areas(*, network: Page, user: User) -> NetworkClosedAreas:
    """Which closed areas a network has, and the ones `user` may enter (none when anonymous:
    a network page never links a closed area for a visitor who is not logged in). The areas
    of every language version count: a translated network page shows the Dutch intranet
    where it has no translation."""
    if not user.is_authenticated:
        # The same for every visitor who is not logged in: which kinds of area there are,
        # kept until the site changes (core.fragments; no link, so no area is read).
        has_intranet, has_extranet = shared_value(
            "network_closed_area_kinds",
            (network.pk,),
            lambda: _closed_area_kinds(network=network),
        )
        return NetworkClosedAreas(has_intranet=has_intranet, has_extranet=has_extranet)
    areas = _network_areas(network=network)
    return NetworkClosedAreas(
        has_intranet=any(area.area == ClosedAreaPage.INTRANET for area in areas),
        has_extranet=any(area.area == ClosedAreaPage.EXTRANET for area in areas),
        enterable=pages_viewable(pages=areas, user=user),
    )


# --- Invitations and the people of a network -----------------------------------------------


@dataclass
class ManagedNetwork:
    access: NetworkAccess
    network: NetworkPage | None

    @property
    def title(self) -> str:
        return self.network.title if self.network else str(self.access)


def managed_network_list(*, user: User, with_counts: bool = False) -> list[ManagedNetwork]:
    """The networks whose members and partners `user` manages, in tree order.

    `with_counts` adds `member_count`, `partner_count` and `open_invitation_count` to each
    access record, in the same query.
    """
    if not (user.is_authenticated and user.is_active):
        return []
    accesses = NetworkAccess.objects.select_related("editors", "members", "partners")
    if not user_is_coordinator(user):
        accesses = accesses.filter(editors__user=user)
    if with_counts:
        accesses = accesses.annotate(
            member_count=Count("members__user", distinct=True),
            partner_count=Count("partners__user", distinct=True),
            open_invitation_count=Count(
                "invitations",
                filter=Q(
                    invitations__accepted_at__isnull=True,
                    invitations__revoked_at__isnull=True,
                    invitations__expires_at__gt=timezone.now(),
                ),
                distinct=True,
            ),
        )
    accesses = list(accesses)
    networks = network_page_per_key(keys=[access.translation_key for access in accesses])
    managed = [ManagedNetwork(access=a, network=networks.get(a.translation_key)) for a in accesses]
    return sorted(managed, key=lambda m: (m.network is None, m.network.path if m.network else ""))


def managed_network_get(*, access: NetworkAccess) -> ManagedNetwork:
    return ManagedNetwork(
        access=access,
        network=network_page_per_key(keys=[access.translation_key]).get(access.translation_key),
    )


def network_title(*, access: NetworkAccess) -> str:
    return managed_network_get(access=access).title


def role_group(*, access: NetworkAccess, role: str) -> Group:
    """The group a role stands for; only members and partners exist here."""
    if role == Invitation.Role.MEMBER:
        return access.members
    if role == Invitation.Role.PARTNER:
        return access.partners
    raise field_error(
        "role", gettext("Invite someone as a member or as a partner."), "invalid_role"
    )


def network_people(*, access: NetworkAccess, role: str) -> QuerySet:
    """The accounts in a network's members' or partners' group, by name."""
    return (
        role_group(access=access, role=role)
        .user_set.all()
        .order_by("last_name", "first_name", "email", "pk")
    )


def invitation_open_list(*, access: NetworkAccess) -> QuerySet[Invitation]:
    """Invitations not yet accepted, revoked or expired, newest first."""
    return (
        Invitation.objects.filter(
            access=access,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .select_related("created_by")
        .order_by("-created_at", "-pk")
    )


def invitation_for_token(*, token: str) -> Invitation | None:
    return (
        Invitation.objects.filter(token_hash=invitation_token_hash(token))
        .select_related("access")
        .first()
    )


def email_in_use(*, email: str, exclude_pk: int | None = None) -> bool:
    """Does an account (active or not) already use `email`, ignoring case?

    One address, one account: an invitation or a password reset sent to an address then
    reaches exactly the account its owner chose it for.
    """
    accounts = get_user_model().objects.filter(email__iexact=(email or "").strip())
    if exclude_pk is not None:
        accounts = accounts.exclude(pk=exclude_pk)
    return accounts.exists()


@dataclass(frozen=True)
class AccountAccess:
    """What decides what an account may read and edit: its groups and two flags."""

    group_ids: frozenset[int]
    is_superuser: bool
    is_active: bool


def account_access_get(*, account: AbstractBaseUser) -> AccountAccess:
    return AccountAccess(
        group_ids=frozenset(account.groups.values_list("pk", flat=True)),
        is_superuser=bool(account.is_superuser),
        is_active=bool(account.is_active),
    )


def invitation_check(*, invitation: Invitation | None) -> Invitation:
    """The invitation if it can still be accepted; else a ValidationError saying why.

    Codes: "unknown", "used", "revoked", "expired" (checked in that order).
    """
    if invitation is None:
        raise ValidationError(gettext("This invitation link is not valid."), code="unknown")
    if invitation.accepted_at is not None:
        raise ValidationError(gettext("This invitation has already been used."), code="used")
    if invitation.revoked_at is not None:
        raise ValidationError(gettext("This invitation has been withdrawn."), code="revoked")
    if invitation.expires_at <= timezone.now():
        raise ValidationError(gettext("This invitation has expired."), code="expired")
    return invitation


def field_error(field: str, message: str, code: str) -> ValidationError:
    """A form-field error that keeps its code (a plain dict of strings would drop it)."""
    return ValidationError({field: ValidationError(message, code=code)})
