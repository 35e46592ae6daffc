"""Reads for the account pages: which networks a person belongs to, which closed areas they
may enter.

"May enter" is Wagtail's own rule (`PageViewRestriction.accept_request`) read for a user
instead of a request, over the restrictions of the area and its ancestors, so a list never
offers a page that would answer 403. Each function costs a fixed number of queries.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, PageViewRestriction

from editorial import roles
from editorial.models import NetworkAccess
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


def user_group_ids(user: User) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(user.groups.values_list("pk", flat=True))


def user_reads_every_network(*, user: User, group_ids: set[int] | None = None) -> bool:
    """DKC coordinators (and superusers) read every network's closed areas."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    group_ids = user_group_ids(user) if group_ids is None else group_ids
    return Group.objects.filter(pk__in=group_ids, name=roles.COORDINATOR_GROUP).exists()


def closed_area_enterable(
    *, areas: list[Page], user: User, group_ids: set[int] | None = None
) -> list[Page]:
    """The areas (any pages) whose view restrictions, theirs and their ancestors', admit `user`.

    A page behind a shared password is never listed: only the page itself can ask for it.
    """
    if not areas:
        return []
    group_ids = user_group_ids(user) if group_ids is None else group_ids
    steplen = Page.steplen
    prefixes = {
        area.path[:length]
        for area in areas
        for length in range(steplen, len(area.path) + 1, steplen)
    }
    restrictions = list(
        PageViewRestriction.objects.filter(page__path__in=prefixes)
        .select_related("page")
        .prefetch_related("groups")
    )

    def admits(restriction: PageViewRestriction) -> bool:
        kind = restriction.restriction_type
        if kind == PageViewRestriction.GROUPS:
            return bool(
                user.is_superuser
                or any(group.pk in group_ids for group in restriction.groups.all())
            )
        if kind == PageViewRestriction.LOGIN:
            return user.is_authenticated
        return kind != PageViewRestriction.PASSWORD

    return [
        area
        for area in areas
        if all(
            admits(restriction)
            for restriction in restrictions
            if area.path.startswith(restriction.page.path)
        )
    ]


def network_memberships(*, user: User, locale: Locale | None = None) -> list[NetworkMembership]:
    """Per network the person belongs to (every network for a coordinator), in tree order,
    the closed areas they may enter, in the visitor's language where the network has it."""
    if not user.is_authenticated:
        return []
    group_ids = user_group_ids(user)
    coordinator = user_reads_every_network(user=user, group_ids=group_ids)
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
    networks = _networks_in_language(keys=roles_by_key, locale=locale or Locale.get_active())
    if not networks:
        return []

    areas = list(
        ClosedAreaPage.objects.live()
        .filter(
            reduce(
                or_,
                (Q(path__startswith=n.path, depth=n.depth + 1) for n in networks),
            )
        )
        .order_by("path")
    )
    enterable = closed_area_enterable(areas=areas, user=user, group_ids=group_ids)
    memberships = {
        network.path: NetworkMembership(
            network=network, roles=roles_by_key[network.translation_key]
        )
        for network in networks
    }
    for area in enterable:
        memberships[area.path[: -Page.steplen]].areas.append(area)
    return list(memberships.values())


def network_closed_areas(*, network: Page, user: User) -> NetworkClosedAreas:
    """Which closed areas a network has, and the ones `user` may enter (none when anonymous:
    a network page never links a closed area for a visitor who is not logged in)."""
    areas = list(ClosedAreaPage.objects.child_of(network).live().order_by("path"))
    return NetworkClosedAreas(
        has_intranet=any(area.area == ClosedAreaPage.INTRANET for area in areas),
        has_extranet=any(area.area == ClosedAreaPage.EXTRANET for area in areas),
        enterable=(closed_area_enterable(areas=areas, user=user) if user.is_authenticated else []),
    )


def _networks_in_language(*, keys, locale: Locale) -> list[NetworkPage]:
    """One live page per network translation key: in `locale` if it exists, else Dutch."""
    default_locale_id = Locale.get_default().pk
    chosen: dict = {}
    for network in NetworkPage.objects.live().filter(translation_key__in=list(keys)):
        current = chosen.get(network.translation_key)
        if (
            current is None
            or network.locale_id == locale.pk
            or (network.locale_id == default_locale_id and current.locale_id != locale.pk)
        ):
            chosen[network.translation_key] = network
    return sorted(chosen.values(), key=lambda network: network.path)
