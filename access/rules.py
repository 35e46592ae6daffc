"""Every "who may" rule of the site, each exactly once.

Other apps ask here and never re-derive an answer: who is a coordinator, who edits or
manages a network, who reads a closed area (its page *and* its files), and whether a person
may view a restricted page or file. A rule a new feature needs is added here, with its
cell in the matrix test (tests/access/test_rules.py).
"""

import functools
import operator
from collections.abc import Iterable, Sequence
from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.contrib.contenttypes.models import ContentType
from django.db import connections, models
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.http import HttpRequest
from taggit.models import TaggedItem
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

from access import roles
from access.models import NetworkAccess
from access.selectors import coordinator_group, user_group_ids

User = AbstractBaseUser | AnonymousUser


def user_is_coordinator(user: User) -> bool:
    """A DKC coordinator: an active member of the coordinators' group (the group the approval
    task assigns), or a superuser. They approve, decide requests and read every network."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=roles.COORDINATOR_GROUP).exists()


def user_may_record_publication_copies(user: User) -> bool:
    """Who records that a publication's two copies went to the ESF agency, and sees which
    publications of every network still wait for it: the coordinators alone (they send them;
    a network's editors ask them)."""
    return user_is_coordinator(user)


def page_review_locks_out(*, user: User, page: Page) -> bool:
    """Is `page` waiting for a coordinator's decision, and so closed to changes by `user`?

    What a coordinator approves is exactly what was submitted: while a page is in review
    nobody but a coordinator changes it (its draft, its translation texts, its sync), as
    Wagtail's approval task locks its page editor for everyone outside the task's group.
    """
    return page.workflow_in_progress and not user_is_coordinator(user)


def user_is_network_editor(user: User) -> bool:
    """Someone in at least one network's editors' group."""
    if not (user.is_authenticated and user.is_active):
        return False
    return NetworkAccess.objects.filter(editors__user=user).exists()


def user_may_manage_people(*, user: User, access: NetworkAccess) -> bool:
    """Who invites and removes a network's members and partners: its editors, and the
    coordinators for every network."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user_is_coordinator(user) or access.editors_id in user_group_ids(user)


EVENT_SCOPE_CACHE = "_dkc_event_scope"


def _event_scope(user: User) -> tuple[bool, tuple[str, ...]]:
    """(is a coordinator, the tree paths of the network pages, every language, whose editors'
    group `user` is in). Kept on the user object, so a listing that asks per event row (the
    page explorer's buttons) costs two queries per request, not two per row."""
    scope = getattr(user, EVENT_SCOPE_CACHE, None)
    if scope is None:
        if user_is_coordinator(user):
            scope = (True, ())
        else:
            keys = NetworkAccess.objects.filter(editors__user=user).values("translation_key")
            paths = Page.objects.filter(translation_key__in=keys).values_list("path", flat=True)
            scope = (False, tuple(paths))
        setattr(user, EVENT_SCOPE_CACHE, scope)
    return scope


def user_may_see_event_attendees(*, user: User, event: Page | None) -> bool:
    """Who sees, checks in, cancels and exports the attendees of an event (any language of
    it): the coordinators for every event, and the active editors of the network the event
    lies in. Events directly under the agenda, and registrations whose event pages are all
    gone (`event` None), belong to the coordinators alone; members, partners and other
    networks' editors never see them. No query per event once asked in a request."""
    if not (user.is_authenticated and user.is_active):
        return False
    is_coordinator, network_paths = _event_scope(user)
    if event is None:
        return is_coordinator
    return is_coordinator or any(
        event.path.startswith(path) and event.path != path for path in network_paths
    )


def user_may_manage_event_registrations(*, user: User, event: Page) -> bool:
    """Who changes an event's registration settings (capacity, dates, waitlist, closing now):
    the same people who see its attendees (`user_may_see_event_attendees`)."""
    return user_may_see_event_attendees(user=user, event=event)


def user_sees_some_event_attendees(*, user: User) -> bool:
    """Does `user` see the attendees of some event (the "Registrations" menu): a coordinator,
    or an active editor of some network."""
    if not (user.is_authenticated and user.is_active):
        return False
    is_coordinator, network_paths = _event_scope(user)
    return is_coordinator or bool(network_paths)


def event_attendees_visible(
    rows: QuerySet, *, user: User, events: QuerySet, key_field: str = "event_key"
) -> QuerySet:
    """`rows` (anything keyed by an event's translation key in `key_field`: registration
    settings, or registrations with "event_settings__event_key") without the events whose
    attendees `user` may not see (`user_may_see_event_attendees`).

    `events` is the queryset of event pages (this app names no event model). The filter
    stays in the database: the keys of the events under the user's networks, as a subquery;
    two queries before it, whatever the number of rows.
    """
    if not (user.is_authenticated and user.is_active):
        return rows.none()
    is_coordinator, network_paths = _event_scope(user)
    if is_coordinator:
        return rows
    if not network_paths:
        return rows.none()
    below = Q(pk__in=[])
    for path in network_paths:
        below |= Q(path__startswith=path) & ~Q(path=path)
    keys = events.filter(below).values("translation_key")
    return rows.filter(**{f"{key_field}__in": keys})


def thesis_submission_readers(*, access: NetworkAccess) -> list[Group]:
    """Who reads a network's thesis prize submissions and their files (the private collection
    of the call's network): its editors and the coordinators; never its members or partners."""
    return [access.editors, coordinator_group()]


def user_may_see_thesis_submissions(*, user: User, call: Page | None) -> bool:
    """Who reads, inspects and judges (marks a winner among) the submissions to a thesis prize
    call (any language of it): the coordinators, and the active editors of the network the
    call page lies in (the mainstream team's). A call whose pages are all gone (`call` None)
    is the coordinators' alone. No query per call once asked in a request."""
    if not (user.is_authenticated and user.is_active):
        return False
    is_coordinator, network_paths = _event_scope(user)
    if call is None:
        return is_coordinator
    return is_coordinator or any(
        call.path.startswith(path) and call.path != path for path in network_paths
    )


def user_sees_some_thesis_submissions(*, user: User, calls: QuerySet) -> bool:
    """Does `user` read the submissions of some call (the "Thesis submissions" menu): a
    coordinator, or an active editor of a network that has a call (`calls`: the call pages)."""
    if not (user.is_authenticated and user.is_active):
        return False
    is_coordinator, network_paths = _event_scope(user)
    if is_coordinator:
        return True
    if not network_paths:
        return False
    below = Q(pk__in=[])
    for path in network_paths:
        below |= Q(path__startswith=path) & ~Q(path=path)
    return calls.filter(below).exists()


def thesis_submissions_visible(
    rows: QuerySet, *, user: User, calls: QuerySet, key_field: str = "call_key"
) -> QuerySet:
    """`rows` (thesis submissions, keyed by their call's translation key in `key_field`)
    without those `user` may not read (`user_may_see_thesis_submissions`), in the database.
    `calls` is the queryset of call pages (this app names no page model of another app)."""
    return event_attendees_visible(rows, user=user, events=calls, key_field=key_field)


def network_keys_reported_to(*, user: User) -> set:
    """The networks (translation keys) whose ESF report `user` sees: every network for the
    coordinators, their own networks for active network editors, none for anyone else."""
    if not (user.is_authenticated and user.is_active):
        return set()
    accesses = NetworkAccess.objects.all()
    if not user_is_coordinator(user):
        accesses = accesses.filter(editors__user=user)
    return set(accesses.values_list("translation_key", flat=True))


def user_may_see_network_report(*, user: User, network_key=None) -> bool:
    """Who sees the ESF report (activities, attendees, publications) of the network keyed
    `network_key`, or of all networks together (None): the coordinators every report, a
    network's active editors their own network's only; members, partners and other
    networks' editors none."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user_is_coordinator(user):
        return True
    if network_key is None:
        return False
    return NetworkAccess.objects.filter(translation_key=network_key, editors__user=user).exists()


def user_sees_some_report(*, user: User) -> bool:
    """Does `user` see some network's report (the "Reports" menu and the deadlines panel)?"""
    return user_is_coordinator(user) or user_is_network_editor(user)


def user_manages_any_network(*, user: User) -> bool:
    """Does `user` manage the people of some network (the "Members and partners" menu)?"""
    return user_is_coordinator(user) or user_is_network_editor(user)


def user_may_grant_superuser(user: User) -> bool:
    """Who makes an account a superuser (Wagtail's "Administrator") or takes it away: only an
    active superuser. A coordinator manages accounts but never hands out more than they hold."""
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def user_may_manage_account(*, user: User, account: AbstractBaseUser) -> bool:
    """Who changes or deletes `account` in the admin (password, e-mail, groups, active): whoever
    holds Django's "change user" permission, except that only a superuser touches a superuser's
    account (else a new password or address would hand over the superuser's rights)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if account.is_superuser and not user.is_superuser:
        return False
    return user.has_perm("auth.change_user")


def closed_area_readers(
    *, access: NetworkAccess | None, kind: str
) -> tuple[list[Group], set[Group]]:
    """Who reads a network's closed area of `kind`, for its page and its files alike.

    Returns the readers (the members for the intranet, the partners for the extranet, then
    the network's editors and the coordinators) and the network's role group of the other
    kind of area, which must not read this one. An area outside every provisioned network is
    left to the coordinators alone: a set-up mistake closes a page rather than opens it.
    Groups a coordinator added by hand are neither readers nor others: they are kept.
    """
    coordinators = coordinator_group()
    if access is None:
        return [coordinators], set()
    if kind == roles.INTRANET:
        return [access.members, access.editors, coordinators], {access.partners}
    return [access.partners, access.editors, coordinators], {access.members}


class Refusal(StrEnum):
    """Why a restricted page or file is not shown, and so what the visitor gets."""

    LOGIN = "login"  # not logged in: the login page, then back
    FORBIDDEN = "forbidden"  # logged in without access: a 403
    PASSWORD = "password"  # noqa: S105 - a shared password not given yet in this session: the form


def restriction_admits(
    *,
    restriction: BaseViewRestriction,
    user: User,
    request: HttpRequest | None = None,
    group_ids: set[int] | None = None,
) -> bool:
    """Does one view restriction (of a page or a collection) admit `user`?

    Wagtail's own rule (`accept_request`), read for a user: a password restriction admits
    only a request whose session passed it, so a listing without a request never offers
    such a page. Give `group_ids` when checking many restrictions (no query per check).
    """
    kind = restriction.restriction_type
    if kind == BaseViewRestriction.PASSWORD:
        return request is not None and restriction.accept_request(request)
    if kind == BaseViewRestriction.LOGIN:
        return user.is_authenticated
    if kind == BaseViewRestriction.GROUPS:
        if not user.is_authenticated:
            return False
        if user.is_superuser:
            return True
        group_ids = user_group_ids(user) if group_ids is None else group_ids
        return any(group.pk in group_ids for group in restriction.groups.all())
    return True  # BaseViewRestriction.NONE


def view_refusal(
    *, restrictions: Iterable[BaseViewRestriction], request: HttpRequest
) -> tuple[Refusal, BaseViewRestriction] | None:
    """The first restriction that refuses the request and why; None when all admit it.

    The one rule for restricted pages (editorial's privacy hook, the Dutch-only notice) and
    restricted files (privatemedia), whose restrictions share Wagtail's base class.
    """
    for restriction in restrictions:
        if restriction_admits(restriction=restriction, user=request.user, request=request):
            continue
        if restriction.restriction_type == BaseViewRestriction.PASSWORD:
            return Refusal.PASSWORD, restriction
        if not request.user.is_authenticated:
            return Refusal.LOGIN, restriction
        return Refusal.FORBIDDEN, restriction
    return None


def page_viewable(*, page: Page, request: HttpRequest) -> bool:
    """May the person making `request` see `page` (its and its ancestors' restrictions)?"""
    return view_refusal(restrictions=page.get_view_restrictions(), request=request) is None


def _restrictions_above(pages: Sequence[Page]) -> list[PageViewRestriction]:
    """Every view restriction on these pages or their ancestors, with its page and groups;
    two queries whatever the number of pages."""
    steplen = Page.steplen
    prefixes = {
        page.path[:length]
        for page in pages
        for length in range(steplen, len(page.path) + 1, steplen)
    }
    return list(
        PageViewRestriction.objects.filter(page__path__in=prefixes)
        .select_related("page")
        .prefetch_related("groups")
    )


def pages_viewable(*, pages: Sequence[Page], user: User) -> list[Page]:
    """The pages whose view restrictions, theirs and their ancestors', admit `user`.

    Two queries whatever the number of pages. Pages behind a shared password are never
    listed: only the page itself can ask for it.
    """
    if not pages:
        return []
    group_ids = user_group_ids(user)
    restrictions = _restrictions_above(pages)
    return [
        page
        for page in pages
        if all(
            restriction_admits(restriction=restriction, user=user, group_ids=group_ids)
            for restriction in restrictions
            if page.path.startswith(restriction.page.path)
        )
    ]


def _refusing(restrictions: Iterable[BaseViewRestriction], request: HttpRequest) -> list:
    group_ids = user_group_ids(request.user)
    return [
        restriction
        for restriction in restrictions
        if not restriction_admits(
            restriction=restriction, user=request.user, request=request, group_ids=group_ids
        )
    ]


def _paths_and_prefixes(paths: Iterable[str], *, steplen: int, field: str) -> Q:
    """Restrictions on these tree paths, their ancestors or anything below them."""
    paths = list(paths)
    prefixes = {
        path[:length] for path in paths for length in range(steplen, len(path) + 1, steplen)
    }
    condition = Q(**{f"{field}__path__in": prefixes})
    for path in paths:
        condition |= Q(**{f"{field}__path__startswith": path})
    return condition


def pages_refused_below(*, roots: Sequence[Page], request: HttpRequest) -> Q:
    """A condition on pages matching those at or below `roots` that a view restriction (on a
    root, an ancestor of one, or a page below one: say a page with its own extra restriction
    inside a closed area) does not admit for `request`, as opening the page would refuse it.

    Exclude it from a queryset to keep only what the person may read, in the database;
    three queries whatever the number of pages.
    """
    if not roots:
        return Q(pk__in=[])
    restrictions = (
        PageViewRestriction.objects.filter(
            _paths_and_prefixes((root.path for root in roots), steplen=Page.steplen, field="page")
        )
        .select_related("page")
        .prefetch_related("groups")
    )
    condition = Q(pk__in=[])
    for restriction in _refusing(restrictions, request):
        condition |= Q(path__startswith=restriction.page.path)
    return condition


def collections_refused_below(
    *, roots: Sequence[Collection], request: HttpRequest, field: str = "collection"
) -> Q:
    """A condition on files (documents, images: their `field` names the collection) matching
    those in `roots` or a collection below them that a collection view restriction (on a
    root, an ancestor of one, or a collection below one) does not admit for `request`, as
    serving the file would refuse it. Three queries whatever the number of files.
    """
    if not roots:
        return Q(pk__in=[])
    restrictions = (
        CollectionViewRestriction.objects.filter(
            _paths_and_prefixes(
                (root.path for root in roots), steplen=Collection.steplen, field="collection"
            )
        )
        .select_related("collection")
        .prefetch_related("groups")
    )
    condition = Q(pk__in=[])
    for restriction in _refusing(restrictions, request):
        condition |= Q(**{f"{field}__path__startswith": restriction.collection.path})
    return condition


# --- Who reads after a move: pages and files -------------------------------------------------

ReadersKey = frozenset


def restrictions_key(restrictions: Iterable[BaseViewRestriction]) -> ReadersKey:
    """What a set of view restrictions (a page's or a file's, with their ancestors') admits,
    as a value: two places with equal keys have exactly the same readers.

    Conservative: two different sets that happen to admit the same people count as different,
    so a change is never missed.
    """
    return frozenset(
        (
            restriction.restriction_type,
            frozenset(group.pk for group in restriction.groups.all()),
            restriction.password,
        )
        for restriction in restrictions
    )


def page_readers_key(*, page: Page) -> ReadersKey:
    """Who reads `page` now: its own and its ancestors' restrictions."""
    return restrictions_key(page.get_view_restrictions().prefetch_related("groups"))


def page_readers_key_under(*, page: Page, parent: Page) -> ReadersKey:
    """Who would read `page` (with its own restrictions) if it lay under `parent`."""
    own = PageViewRestriction.objects.filter(page=page).prefetch_related("groups")
    inherited = parent.get_view_restrictions().prefetch_related("groups")
    return restrictions_key([*own, *inherited])


def move_changes_readers(*, page: Page, target: Page) -> bool:
    """Would moving `page` (and its subpages) under `target` change who may read it?

    Out of or into a closed area, between an intranet and an extranet, or into or out of any
    page with a view restriction. Such a move is the coordinator's alone (STYLE.md: who may
    read never changes without them).
    """
    return page_readers_key(page=page) != page_readers_key_under(page=page, parent=target)


def pages_readers_keys(pages: Sequence[Page]) -> dict[int, ReadersKey]:
    """`page_readers_key` for many pages at once (keyed by page pk); two queries."""
    restrictions = _restrictions_above(pages)
    return {
        page.pk: restrictions_key(
            restriction
            for restriction in restrictions
            if page.path.startswith(restriction.page.path)
        )
        for page in pages
    }


def targets_keeping_readers(*, page: Page, targets: Sequence[Page]) -> list[Page]:
    """The `targets` under which `page` would be read by exactly the people who read it now;
    three queries whatever the number of targets."""
    current = page_readers_key(page=page)
    own = restrictions_key(PageViewRestriction.objects.filter(page=page).prefetch_related("groups"))
    inherited = pages_readers_keys(targets)
    return [target for target in targets if own | inherited[target.pk] == current]


def collection_readers_key(*, collection: Collection) -> ReadersKey:
    """Who reads the files of `collection`: its own and its ancestors' restrictions."""
    return restrictions_key(
        CollectionViewRestriction.objects.filter(
            collection__in=collection.get_ancestors(inclusive=True)
        ).prefetch_related("groups")
    )


def collection_is_restricted(*, collection: Collection) -> bool:
    """Is some view restriction on `collection` or an ancestor (a closed area's files)?"""
    return CollectionViewRestriction.objects.filter(
        collection__in=collection.get_ancestors(inclusive=True)
    ).exists()


def collections_restricted() -> QuerySet:
    """The collections whose files are not for everyone: each collection with a view
    restriction of any kind (login, groups, shared password), and every collection below one.

    A subquery, evaluated inside the statement that uses it: no query of its own, whatever
    the number of collections or restrictions.
    """
    # A restriction on the collection itself or on an ancestor: its path is a prefix of ours.
    restricted_at_or_above = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("path"), 1, Length("collection__path"))
    )
    return Collection.objects.filter(Exists(restricted_at_or_above))


def pages_restricted_paths_and_aliases() -> tuple[list[str], list[str]]:
    """In one query: the paths of the pages that carry a view restriction of any kind (what
    `pages_public` leaves out, as Wagtail's `public()`), and the paths of the aliases of those
    pages. An alias is listed like any page (`public()` reads no alias), but served with its
    source's restrictions (Wagtail's `get_view_restrictions`), so serving needs both. Callers
    that render many pages read them from a cache that every change of a restriction or of
    the tree forgets (`core.visibility`)."""
    rows = PageViewRestriction.objects.values_list("page__path", "page__aliases__path")
    pages = sorted({page for page, _alias in rows})
    aliases = sorted({alias for _page, alias in rows if alias})
    return pages, aliases


def pages_restricted_paths() -> list[str]:
    """The paths of the pages that carry a view restriction of any kind: what `pages_public`
    needs."""
    return pages_restricted_paths_and_aliases()[0]


def pages_public(pages: QuerySet, *, restricted_paths: Iterable[str] | None = None) -> QuerySet:
    """`pages` without those in a view-restricted section (the restricted page and every page
    below it, restrictions of any kind): what Wagtail's `PageQuerySet.public()` keeps. The one
    rule of what every visitor may see listed or found: listings and the site search.

    `restricted_paths` are `pages_restricted_paths()` when the caller has them (kept between
    requests); without them they are read in a query of their own.

    The condition is one uncorrelated subquery of page ids, whose path ranges the path index
    serves: the database reads the restricted sections once per statement (not a look-up per
    listed row), and a search backend can filter on the id. It is written once per set of
    restricted paths (`InsideSections`): a statement that carries it, twice for a search's
    two parts, compiles it as one fixed fragment, not one `LIKE` per section.
    """
    if restricted_paths is None:
        restricted_paths = pages_restricted_paths()
    sections = _sections(tuple(restricted_paths))
    if not sections:
        return pages
    return pages.exclude(pk__in=InsideSections(sections))


@functools.lru_cache(maxsize=16)
def _sections(restricted_paths: tuple[str, ...]) -> tuple[str, ...]:
    """The restricted paths without those inside another (a section covers its inside)."""
    sections: list[str] = []
    for path in sorted(set(restricted_paths)):  # a section comes before the sections inside it
        if not sections or not path.startswith(sections[-1]):
            sections.append(path)
    return tuple(sections)


class InsideSections(models.Expression):
    """`(SELECT the ids of the pages at or below any of `sections`)`, for `pk__in`: a page at
    or below a restricted page has a path that starts with that page's path.

    The subquery's SQL is written here once per set of sections, with the sections as
    parameters: on PostgreSQL one pair of arrays (the path index read once per section with
    the byte-wise range PostgreSQL makes of `LIKE 'prefix%'`: `~>=~ prefix AND ~<~ its
    successor`), elsewhere the `LIKE`s Django writes for `path__startswith`. Compiling it
    costs nothing per section, and PostgreSQL plans one join instead of an OR of as many
    index scans (about 1 ms of planning for 50 closed areas, each time the condition is in a
    statement: twice in a page of search results)."""

    output_field = models.IntegerField()

    def __init__(self, sections: tuple[str, ...]):
        super().__init__()
        self.sections = sections

    def as_sql(self, compiler, connection):
        sql, params = _inside_sections_sql(connection.alias, self.sections)
        return f"({sql})", params


# Written once per database and set of sections (a few sets at most between two purges).
@functools.lru_cache(maxsize=16)
def _inside_sections_sql(alias: str, sections: tuple[str, ...]) -> tuple[str, tuple]:
    """The SQL of the ids of the pages at or below `sections`, and its parameters."""
    connection = connections[alias]
    table = connection.ops.quote_name(Page._meta.db_table)
    if connection.vendor == "postgresql":
        # The byte-wise successor of a prefix: every path that starts with it sorts between
        # the two (what PostgreSQL makes of `LIKE 'prefix%'` on the pattern index).
        after = [section[:-1] + chr(ord(section[-1]) + 1) for section in sections]
        sql = (
            f"SELECT r.id FROM unnest(%s::text[], %s::text[]) AS s(low, high) "  # noqa: S608
            f"JOIN {table} r ON r.path::text ~>=~ s.low AND r.path::text ~<~ s.high"
        )
        return sql, (list(sections), after)
    inside = functools.reduce(operator.or_, (Q(path__startswith=section) for section in sections))
    query = Page.objects.filter(inside).values("pk").query
    sql, params = query.get_compiler(connection=connection).as_sql()
    return sql, tuple(params)


def documents_public(documents: QuerySet) -> QuerySet:
    """`documents` without those anyone might be refused: the documents whose collection and
    every ancestor collection have no view restriction (`collections_restricted`).

    What public listings and the site search may show of the documents, to every visitor
    alike (a member finds their area's files in the area, not in the public search). A
    filter inside the same statement, so a search backend applies it in its own query.
    """
    return documents.exclude(collection__in=collections_restricted().values("pk"))


def file_move_changes_readers(*, source: Collection, target: Collection) -> bool:
    """Would moving a document or image from `source` to `target` change who may read it?"""
    if source.pk == target.pk:
        return False
    return collection_readers_key(collection=source) != collection_readers_key(collection=target)


def user_may_move_file(*, user: User, source: Collection, target: Collection) -> bool:
    """A file's readers change only by the coordinator's hand: anyone else may move a file
    only between collections with the same readers (out of a closed area, into one, or from
    the intranet to the extranet is theirs alone)."""
    return user_is_coordinator(user) or not file_move_changes_readers(source=source, target=target)


def user_may_replace_file(*, user: User, collection: Collection, in_live_use: bool) -> bool:
    """Replacing a file shown on the live site, or one in a closed area, is the coordinator's:
    the new file would be live (or read by the area's readers) at once, unreviewed."""
    if user_is_coordinator(user):
        return True
    return not in_live_use and not collection_is_restricted(collection=collection)


# --- what an admin user may learn about ---------------------------------------------------------


def _closed_roots_hidden_from(user: User, restrictions: QuerySet) -> list[str]:
    """The tree paths of the group restrictions (closed areas and their collections) in
    `restrictions` that do not admit `user`. None for coordinators, who see everything."""
    if user_is_coordinator(user):
        return []
    group_ids = user_group_ids(user)
    return sorted(
        restriction.path
        for restriction in restrictions.filter(
            restriction_type=BaseViewRestriction.GROUPS
        ).prefetch_related("groups")
        if not restriction_admits(restriction=restriction, user=user, group_ids=group_ids)
    )


def _below_any(paths: Iterable[str]) -> Q:
    below = Q(pk__in=[])
    for path in paths:
        below |= Q(path__startswith=path)
    return below


def _hidden_page_paths(user: User) -> list[str]:
    return _closed_roots_hidden_from(
        user, PageViewRestriction.objects.annotate(path=models.F("page__path"))
    )


def _hidden_collection_paths(user: User) -> list[str]:
    return _closed_roots_hidden_from(
        user, CollectionViewRestriction.objects.annotate(path=models.F("collection__path"))
    )


def closed_pages_hidden_from(user: User) -> QuerySet:
    """The pages an admin user may not even learn about: every page in or below a closed area
    (a group-restricted page) whose readers they are not, e.g. another network's intranet.

    Titles, slugs, draft titles and status of these pages show nowhere in the admin to this
    user: no listing, chooser, report or bulk screen. Coordinators see everything; a network's
    editors see their own closed areas (they are among the readers). Two queries.
    """
    paths = _hidden_page_paths(user)
    return Page.objects.filter(_below_any(paths)) if paths else Page.objects.none()


def closed_collections_hidden_from(user: User) -> QuerySet:
    """The collections (closed areas' private files) an admin user may not learn about: every
    collection in or below a group-restricted collection that does not admit them. Their
    documents and images show nowhere in the admin to this user. Two queries."""
    paths = _hidden_collection_paths(user)
    return Collection.objects.filter(_below_any(paths)) if paths else Collection.objects.none()


def pages_admin_visible(pages: QuerySet, *, user: User) -> QuerySet:
    """`pages` (a queryset of pages of any type) without those hidden from `user`."""
    paths = _hidden_page_paths(user)
    return pages.exclude(_below_any(paths)) if paths else pages


def media_admin_visible(files: QuerySet, *, user: User) -> QuerySet:
    """`files` (documents or images) without those in collections hidden from `user`."""
    paths = _hidden_collection_paths(user)
    if not paths:
        return files
    return files.exclude(collection__in=Collection.objects.filter(_below_any(paths)).values("pk"))


def tags_admin_visible(tags: QuerySet, *, user: User) -> QuerySet:
    """`tags` (taggit's) without those found only on documents or images hidden from `user`:
    a private file's tag names what is in it. A tag also used on a visible file stays."""
    paths = _hidden_collection_paths(user)
    if not paths:
        return tags
    hidden_collections = Collection.objects.filter(_below_any(paths)).values("pk")
    on_hidden_files = Q(pk__in=[])
    for model in (get_document_model(), get_image_model()):
        on_hidden_files |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=model.objects.filter(collection__in=hidden_collections).values("pk"),
        )
    on_hidden = TaggedItem.objects.filter(on_hidden_files).values("tag_id")
    elsewhere = TaggedItem.objects.exclude(on_hidden_files).values("tag_id")
    return tags.exclude(Q(pk__in=on_hidden) & ~Q(pk__in=elsewhere))


def references_hidden_from(user: User, references: Iterable[tuple[type, str]]) -> list:
    """Which of `references` ((model, pk) pairs: pages, documents, images) name content
    hidden from `user` (see `closed_pages_hidden_from`). A page or chooser value that names one
    would show its URL, file name or title back to them in the editor. Three queries at most.
    """
    wanted: dict[str, set[str]] = {"page": set(), "document": set(), "image": set()}
    for model, pk in references:
        if issubclass(model, Page):
            wanted["page"].add(str(pk))
        elif issubclass(model, get_document_model()):
            wanted["document"].add(str(pk))
        elif issubclass(model, get_image_model()):
            wanted["image"].add(str(pk))
    hidden = []
    if wanted["page"]:
        hidden += list(closed_pages_hidden_from(user).filter(pk__in=wanted["page"]))
    for kind, model in (("document", get_document_model()), ("image", get_image_model())):
        if wanted[kind]:
            hidden_collections = closed_collections_hidden_from(user).values("pk")
            hidden += list(
                model.objects.filter(pk__in=wanted[kind], collection__in=hidden_collections)
            )
    return hidden
