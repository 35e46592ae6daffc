"""Reads of the role model: a person's groups, and the network a page belongs to.

A network is whatever page carries a translation key that has a `NetworkAccess` record, so
this app never names the network page's model and sits below every app that does. Each
function costs a fixed number of queries, whatever the number of pages asked about.
"""

from collections.abc import Iterable
from uuid import UUID

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.db.models import QuerySet
from wagtail.models import Locale, Page

from access import roles
from access.models import NetworkAccess

User = AbstractBaseUser | AnonymousUser


def user_group_ids(user: User) -> set[int]:
    """The ids of the groups `user` is in (none when anonymous); one query."""
    if not user.is_authenticated:
        return set()
    return set(user.groups.values_list("pk", flat=True))


def coordinator_group() -> Group:
    """The DKC coordinators' group (made when missing, so a rule never fails open)."""
    group, _ = Group.objects.get_or_create(name=roles.COORDINATOR_GROUP)
    return group


def network_keys() -> QuerySet:
    """The translation keys of every provisioned network, as a subquery."""
    return NetworkAccess.objects.values("translation_key")


def network_access_for(*, page: Page) -> NetworkAccess | None:
    """The access record of the network `page` belongs to (the page itself or an ancestor)."""
    keys = page.get_ancestors(inclusive=True).values("translation_key")
    return (
        NetworkAccess.objects.filter(translation_key__in=keys)
        .select_related("editors", "members", "partners", "collection")
        .first()
    )


def network_page_for(*, page: Page) -> Page | None:
    """The network page above `page` (or `page` itself), in the page's own language."""
    return (
        Page.objects.ancestor_of(page, inclusive=True)
        .filter(translation_key__in=network_keys())
        .order_by("-depth")
        .first()
    )


def network_pages_by_path(paths: Iterable[str]) -> dict[str, Page]:
    """The network each tree path lies in (the network page itself or an ancestor).

    Two queries whatever the number of paths; the pages are specific (NetworkPage).
    """
    paths = set(paths)
    steplen = Page.steplen
    prefixes = {
        path[:length] for path in paths for length in range(steplen, len(path) + 1, steplen)
    }
    if not prefixes:
        return {}
    networks = {
        network.path: network
        for network in Page.objects.filter(
            path__in=prefixes, translation_key__in=network_keys()
        ).specific()
    }
    found = {}
    for path in paths:
        for length in range(len(path), 0, -steplen):
            if path[:length] in networks:
                found[path] = networks[path[:length]]
                break
    return found


def network_page_per_key(
    *, keys: Iterable[UUID] | None = None, locale: Locale | None = None, live: bool = False
) -> dict[UUID, Page]:
    """One network page per network: in `locale` where it exists, else in the site's source
    language (Dutch), else whichever comes first in the tree. All networks when `keys` is None.

    Two queries; the pages are specific and ordered as the tree orders them.
    """
    default_locale_id = Locale.get_default().pk
    wanted_locale_id = locale.pk if locale is not None else default_locale_id
    pages = Page.objects.filter(
        translation_key__in=network_keys() if keys is None else list(keys)
    ).order_by("path")
    if live:
        pages = pages.live()

    def rank(page: Page) -> int:
        if page.locale_id == wanted_locale_id:
            return 0
        return 1 if page.locale_id == default_locale_id else 2

    chosen: dict[UUID, Page] = {}
    for page in pages.specific():
        current = chosen.get(page.translation_key)
        if current is None or rank(page) < rank(current):
            chosen[page.translation_key] = page
    return dict(sorted(chosen.items(), key=lambda item: item[1].path))


def network_pages_edited_by(*, user: User) -> list[Page]:
    """The network pages (every language) whose editors' group `user` is in, in tree order."""
    if not user.is_authenticated:
        return []
    keys = NetworkAccess.objects.filter(editors__user=user).values("translation_key")
    # Plain pages with their locale, one query: callers need tree paths and languages only.
    return list(
        Page.objects.filter(translation_key__in=keys).select_related("locale").order_by("path")
    )


def network_translations(*, network: Page) -> QuerySet:
    """The network page in every language: one network's subtree spans all of them."""
    return Page.objects.filter(translation_key=network.translation_key).order_by("path")


def network_access_for_collection(*, collection) -> NetworkAccess | None:
    """The access record of the network whose collection is `collection` or an ancestor of it
    (a network's own collection and its intranet and extranet collections); one query."""
    return (
        NetworkAccess.objects.filter(collection__in=collection.get_ancestors(inclusive=True))
        .order_by("-collection__depth")
        .first()
    )
