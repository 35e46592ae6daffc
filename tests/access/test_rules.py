"""Every who-may rule of the access app, as a matrix: role x rule x section, each cell asserted.

The rules are the only place these answers are derived (editorial, accounts, privatemedia,
translations and networks call them), so this is where each cell is pinned.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from taggit.models import Tag
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from access import roles
from access.rules import (
    Refusal,
    closed_area_readers,
    closed_collections_hidden_from,
    closed_pages_hidden_from,
    collection_is_restricted,
    collections_refused_below,
    collections_restricted,
    documents_public,
    event_attendees_visible,
    file_move_changes_readers,
    media_admin_visible,
    network_keys_reported_to,
    page_review_locks_out,
    page_viewable,
    pages_admin_visible,
    pages_refused_below,
    pages_viewable,
    restriction_admits,
    tags_admin_visible,
    thesis_submission_readers,
    thesis_submissions_visible,
    user_is_coordinator,
    user_is_network_editor,
    user_manages_any_network,
    user_may_grant_superuser,
    user_may_manage_account,
    user_may_manage_event_registrations,
    user_may_manage_people,
    user_may_move_file,
    user_may_record_publication_copies,
    user_may_replace_file,
    user_may_see_event_attendees,
    user_may_see_network_report,
    user_may_see_thesis_submissions,
    user_sees_some_event_attendees,
    user_sees_some_report,
    user_sees_some_thesis_submissions,
    view_refusal,
)
from access.selectors import (
    network_access_for,
    network_access_for_collection,
    network_page_for,
    network_page_per_key,
    network_pages_by_path,
)
from privatemedia.selectors import closed_area_collections_for
from tests import factories, worldcache
from tests.editorial.conftest import _build_world

ROLES = ("anonymous", "member_x", "partner_x", "editor_x", "editor_y", "coordinator", "superuser")


@worldcache.fixture
def world() -> SimpleNamespace:
    world = _build_world()
    world.superuser = factories.UserFactory(username="beheerder", superuser=True)
    world.users["superuser"] = world.superuser
    return world


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    request.session = SessionStore()
    return request


# role: (is coordinator, is a network editor, manages X's people, manages some network)
WHO_IS_WHAT = {
    "anonymous": (False, False, False, False),
    "member_x": (False, False, False, False),
    "partner_x": (False, False, False, False),
    "editor_x": (False, True, True, True),
    "editor_y": (False, True, False, True),
    "coordinator": (True, False, True, True),
    "superuser": (True, False, True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_is_what(world, role):
    user = world.users[role]
    expected = WHO_IS_WHAT[role]
    assert (
        user_is_coordinator(user),
        user_is_network_editor(user),
        user_may_manage_people(user=user, access=world.access_x),
        user_manages_any_network(user=user),
    ) == expected


def test_an_inactive_coordinator_or_editor_is_nobody(world):
    for user in (world.coordinator, world.editor_x):
        user.is_active = False
        user.save()
    assert not user_is_coordinator(world.coordinator)
    assert not user_is_network_editor(world.editor_x)
    assert not user_may_manage_people(user=world.editor_x, access=world.access_x)


# role: records the ESF copies of publications (and sees every network's list of them)
PUBLICATION_COPIES = {
    "anonymous": False,
    "member_x": False,
    "partner_x": False,
    "editor_x": False,
    "editor_y": False,
    "coordinator": True,
    "superuser": True,
}


@pytest.mark.parametrize("role", ROLES)
def test_who_records_the_copies_of_a_publication(world, role):
    assert user_may_record_publication_copies(world.users[role]) is PUBLICATION_COPIES[role]


def test_an_inactive_coordinator_records_no_copies(world):
    world.coordinator.is_active = False
    world.coordinator.save()
    assert not user_may_record_publication_copies(world.coordinator)


# role: (manages the registrations of an event of network X, of an event under the agenda)
EVENT_REGISTRATIONS = {
    "anonymous": (False, False),
    "member_x": (False, False),
    "partner_x": (False, False),
    "editor_x": (True, False),
    "editor_y": (False, False),
    "coordinator": (True, True),
    "superuser": (True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_manages_the_registrations_of_an_event(world, role):
    user = world.users[role]
    event_x = factories.EventPageFactory(parent=world.network_x, title="Studiedag X")
    agenda_event = factories.EventPageFactory(title="Roadshow")
    assert (
        user_may_manage_event_registrations(user=user, event=event_x),
        user_may_manage_event_registrations(user=user, event=agenda_event),
    ) == EVENT_REGISTRATIONS[role]


def test_an_inactive_editor_manages_no_registrations(world):
    event_x = factories.EventPageFactory(parent=world.network_x, title="Studiedag X")
    world.editor_x.is_active = False
    world.editor_x.save()
    assert not user_may_manage_event_registrations(user=world.editor_x, event=event_x)


# role: (sees the attendees of X's event, of the agenda's event, of Y's event; sees some)
EVENT_ATTENDEES = {
    "anonymous": (False, False, False, False),
    "member_x": (False, False, False, False),
    "partner_x": (False, False, False, False),
    "editor_x": (True, False, False, True),
    "editor_y": (False, False, True, True),
    "coordinator": (True, True, True, True),
    "superuser": (True, True, True, True),
}


@pytest.fixture
def attendee_events(world) -> SimpleNamespace:
    from events.models import EventPage, RegistrationSettings

    events = SimpleNamespace(
        x=factories.EventPageFactory(parent=world.network_x, title="Studiedag X"),
        agenda=factories.EventPageFactory(title="Roadshow"),
        y=factories.EventPageFactory(parent=world.network_y, title="Infosessie Y"),
        pages=EventPage.objects.all(),
    )
    for event in (events.x, events.agenda, events.y):
        RegistrationSettings.objects.create(event_key=event.translation_key)
    events.settings = RegistrationSettings.objects.all()
    return events


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_the_attendees_of_an_event(world, attendee_events, role):
    user = world.users[role]
    expected = EVENT_ATTENDEES[role]
    events = (attendee_events.x, attendee_events.agenda, attendee_events.y)

    assert (
        *(user_may_see_event_attendees(user=user, event=event) for event in events),
        user_sees_some_event_attendees(user=user),
    ) == expected
    # The listing's filter (in the database) says the same, event by event.
    visible = set(
        event_attendees_visible(
            attendee_events.settings, user=user, events=attendee_events.pages
        ).values_list("event_key", flat=True)
    )
    assert visible == {
        event.translation_key for event, seen in zip(events, expected, strict=False) if seen
    }


def test_the_attendee_filter_costs_the_same_for_many_events(
    world, attendee_events, django_assert_num_queries
):
    for number in range(5):
        event = factories.EventPageFactory(parent=world.network_x, title=f"Sessie {number}")
        attendee_events.settings.create(event_key=event.translation_key)
    user = type(world.editor_x).objects.get(pk=world.editor_x.pk)

    # The coordinator check, the user's network pages, then the filtered rows: three queries.
    with django_assert_num_queries(3):
        keys = list(
            event_attendees_visible(
                attendee_events.settings, user=user, events=attendee_events.pages
            )
        )
    assert len(keys) == 6
    # Asked again in the same request (the explorer's buttons, per row): no query.
    pages = list(attendee_events.pages)
    with django_assert_num_queries(0):
        assert sum(user_may_see_event_attendees(user=user, event=page) for page in pages) == 6


# role: (reads the submissions to X's call, to a call whose pages are gone, to Y's call;
# reads some call's submissions; reads the files of X's thesis collection)
THESIS_SUBMISSIONS = {
    "anonymous": (False, False, False, False, False),
    "member_x": (False, False, False, False, False),
    "partner_x": (False, False, False, False, False),
    "editor_x": (True, False, False, True, True),
    "editor_y": (False, False, True, True, False),
    "coordinator": (True, True, True, True, True),
    "superuser": (True, True, True, True, True),
}


@pytest.fixture
def thesis_calls(world) -> SimpleNamespace:
    from thesisprize.factories import ThesisCallPageFactory
    from thesisprize.models import ThesisCallPage, ThesisSubmission
    from thesisprize.services import thesis_collection_ensure

    calls = SimpleNamespace(
        x=ThesisCallPageFactory(parent=world.network_x, title="Scriptieprijs X"),
        y=ThesisCallPageFactory(parent=world.network_y, title="Scriptieprijs Y"),
        pages=ThesisCallPage.objects.all(),
        collection_x=thesis_collection_ensure(access=world.access_x),
    )
    for call in (calls.x, calls.y):
        ThesisSubmission.objects.create(call_key=call.translation_key, name="Student")
    calls.rows = ThesisSubmission.objects.all()
    return calls


@pytest.mark.parametrize("role", ROLES)
def test_who_reads_thesis_submissions_and_their_files(world, thesis_calls, role):
    user = world.users[role]
    expected = THESIS_SUBMISSIONS[role]
    collection = CollectionViewRestriction.objects.get(collection=thesis_calls.collection_x)
    assert (
        user_may_see_thesis_submissions(user=user, call=thesis_calls.x),
        user_may_see_thesis_submissions(user=user, call=None),
        user_may_see_thesis_submissions(user=user, call=thesis_calls.y),
        user_sees_some_thesis_submissions(user=user, calls=thesis_calls.pages),
        restriction_admits(restriction=collection, user=user),
    ) == expected
    visible = set(
        thesis_submissions_visible(
            thesis_calls.rows, user=user, calls=thesis_calls.pages
        ).values_list("call_key", flat=True)
    )
    calls = (thesis_calls.x, thesis_calls.y)
    seen = (expected[0], expected[2])
    assert visible == {call.translation_key for call, sees in zip(calls, seen, strict=True) if sees}


def test_the_thesis_collection_admits_the_rules_readers_only(world, thesis_calls):
    restriction = CollectionViewRestriction.objects.get(collection=thesis_calls.collection_x)
    assert set(restriction.groups.all()) == set(thesis_submission_readers(access=world.access_x))
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    # Never in a public listing or search; hidden in the admin from Y's editor.
    document = Document.objects.create(title="Inzending", collection=thesis_calls.collection_x)
    assert not documents_public(Document.objects.filter(pk=document.pk)).exists()
    assert not media_admin_visible(Document.objects.all(), user=world.editor_y).exists()
    assert media_admin_visible(Document.objects.all(), user=world.editor_x).exists()


def test_an_editor_of_a_network_without_a_call_reads_no_submissions(world, thesis_calls):
    thesis_calls.y.delete()
    assert not user_sees_some_thesis_submissions(
        user=world.editor_y, calls=thesis_calls.pages.all()
    )


def test_an_inactive_editor_sees_no_attendees(world, attendee_events):
    world.editor_x.is_active = False
    world.editor_x.save()
    assert not user_may_see_event_attendees(user=world.editor_x, event=attendee_events.x)
    assert not user_sees_some_event_attendees(user=world.editor_x)
    assert not event_attendees_visible(
        attendee_events.settings, user=world.editor_x, events=attendee_events.pages
    ).exists()


# role: (sees X's report, Y's report, the report across all networks; sees some report;
#        the networks whose reports they see)
REPORTS = {
    "anonymous": (False, False, False, False, ()),
    "member_x": (False, False, False, False, ()),
    "partner_x": (False, False, False, False, ()),
    "editor_x": (True, False, False, True, ("x",)),
    "editor_y": (False, True, False, True, ("y",)),
    "coordinator": (True, True, True, True, ("x", "y")),
    "superuser": (True, True, True, True, ("x", "y")),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_which_networks_report(world, role):
    user = world.users[role]
    keys = {"x": world.access_x.translation_key, "y": world.access_y.translation_key}
    *expected, networks = REPORTS[role]
    assert (
        user_may_see_network_report(user=user, network_key=keys["x"]),
        user_may_see_network_report(user=user, network_key=keys["y"]),
        user_may_see_network_report(user=user, network_key=None),
        user_sees_some_report(user=user),
    ) == tuple(expected)
    assert network_keys_reported_to(user=user) == {keys[name] for name in networks}


def test_an_inactive_editor_sees_no_report(world):
    world.editor_x.is_active = False
    world.editor_x.save()
    key = world.access_x.translation_key
    assert not user_may_see_network_report(user=world.editor_x, network_key=key)
    assert not user_sees_some_report(user=world.editor_x)
    assert network_keys_reported_to(user=world.editor_x) == set()


# role: (grants superuser, manages member X's account, manages a superuser's account)
ACCOUNTS = {
    "anonymous": (False, False, False),
    "member_x": (False, False, False),
    "partner_x": (False, False, False),
    "editor_x": (False, False, False),
    "editor_y": (False, False, False),
    "coordinator": (False, True, False),
    "superuser": (True, True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_manages_which_account(world, role):
    user = world.users[role]
    other_superuser = factories.UserFactory(username="tweede-beheerder", superuser=True)
    assert (
        user_may_grant_superuser(user),
        user_may_manage_account(user=user, account=world.member_x),
        user_may_manage_account(user=user, account=other_superuser),
    ) == ACCOUNTS[role]


def test_an_inactive_superuser_grants_nothing(world):
    world.superuser.is_active = False
    world.superuser.save()
    assert not user_may_grant_superuser(world.superuser)
    assert not user_may_manage_account(user=world.superuser, account=world.member_x)


@pytest.mark.parametrize("role", ROLES)
def test_a_page_in_review_changes_for_the_coordinators_alone(world, role):
    """(#17 item 1) What a coordinator approves is what was submitted: a page in review is
    closed to changes by everyone else, as Wagtail's approval task locks its editor."""
    user = world.users[role]
    project = world.project_x
    assert not page_review_locks_out(user=user, page=project)  # no workflow: not in review

    project.save_revision(user=world.editor_x)
    project.get_workflow().start(project, world.editor_x)
    project = type(project).objects.get(pk=project.pk)

    in_review_locked = role not in ("coordinator", "superuser")
    assert page_review_locks_out(user=user, page=project) == in_review_locked
    project.current_workflow_task_state.reject(user=world.coordinator)
    project = type(project).objects.get(pk=project.pk)
    assert project.current_workflow_state.status == "needs_changes"
    assert not page_review_locks_out(user=user, page=project)  # the editor fixes it


# role: (reads X's intranet, reads X's extranet, reads a public page)
READS = {
    "anonymous": (False, False, True),
    "member_x": (True, False, True),
    "partner_x": (False, True, True),
    "editor_x": (True, True, True),
    "editor_y": (False, False, True),
    "coordinator": (True, True, True),
    "superuser": (True, True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_reads_which_page(world, role):
    user = world.users[role]
    pages = [world.intranet_x, world.extranet_x, world.project_x]
    expected = READS[role]
    assert tuple(page_viewable(page=page, request=_request(user)) for page in pages) == expected
    assert pages_viewable(pages=pages, user=user) == [
        page for page, readable in zip(pages, expected, strict=True) if readable
    ]


@pytest.mark.parametrize("role", ROLES)
def test_the_files_of_a_closed_area_have_the_same_readers_as_its_page(world, role):
    user = world.users[role]
    collections = closed_area_collections_for(access=world.access_x)
    for kind, page, column in (
        (roles.INTRANET, world.intranet_x, 0),
        (roles.EXTRANET, world.extranet_x, 1),
    ):
        restriction = CollectionViewRestriction.objects.get(collection=collections[kind])
        page_restriction = PageViewRestriction.objects.get(page=page)
        assert set(restriction.groups.all()) == set(page_restriction.groups.all())
        assert restriction_admits(restriction=restriction, user=user) == READS[role][column]


@pytest.mark.parametrize("role", ROLES)
def test_what_an_admin_user_may_learn_of(world, role, media_root):
    """The pages and files hidden in the admin are the closed ones a person does not read:
    another network's closed areas, with every page and file in them."""
    user = world.users[role]
    child = factories.ContentPageFactory(parent=world.intranet_x, title="Notulen")
    collections = closed_area_collections_for(access=world.access_x)
    documents = [
        factories.DocumentFactory(collection=collections[roles.INTRANET]),
        factories.DocumentFactory(collection=collections[roles.EXTRANET]),
        factories.DocumentFactory(collection=world.access_x.collection),
    ]
    reads_intranet, reads_extranet, _ = READS[role]
    pages = [world.intranet_x, world.extranet_x, world.project_x, world.network_y, child]
    expected_hidden = {
        page.pk
        for page, readable in zip(
            pages, (reads_intranet, reads_extranet, True, True, reads_intranet), strict=True
        )
        if not readable
    }

    assert set(closed_pages_hidden_from(user).values_list("pk", flat=True)) == expected_hidden
    visible = pages_admin_visible(Page.objects.filter(pk__in=[p.pk for p in pages]), user=user)
    assert set(visible.values_list("pk", flat=True)) == {p.pk for p in pages} - expected_hidden
    hidden_collections = set(closed_collections_hidden_from(user))
    assert (collections[roles.INTRANET] in hidden_collections) == (not reads_intranet)
    assert (collections[roles.EXTRANET] in hidden_collections) == (not reads_extranet)
    assert world.access_x.collection not in hidden_collections
    documents[0].tags.add("notulen-intranet", "gedeeld")
    documents[2].tags.add("gedeeld")
    tags = tags_admin_visible(
        Tag.objects.filter(name__in=["notulen-intranet", "gedeeld"]), user=user
    )
    assert set(tags.values_list("name", flat=True)) == (
        {"notulen-intranet", "gedeeld"} if reads_intranet else {"gedeeld"}
    )
    shown = media_admin_visible(
        Document.objects.filter(pk__in=[d.pk for d in documents]), user=user
    )
    assert list(shown.order_by("pk")) == [
        document
        for document, readable in zip(
            documents, (reads_intranet, reads_extranet, True), strict=True
        )
        if readable
    ]


@pytest.mark.parametrize(
    ("role", "refusal"),
    [
        ("anonymous", Refusal.LOGIN),
        ("partner_x", Refusal.FORBIDDEN),
        ("editor_y", Refusal.FORBIDDEN),
        ("member_x", None),
        ("coordinator", None),
    ],
)
def test_why_the_intranet_is_refused(world, role, refusal):
    answer = view_refusal(
        restrictions=world.intranet_x.get_view_restrictions(),
        request=_request(world.users[role]),
    )
    assert (answer[0] if answer else None) == refusal


def test_a_shared_password_is_asked_for_and_never_listed(world):
    page = factories.ContentPageFactory(parent=world.project_x)
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="geheim",  # noqa: S106
    )
    request = _request(world.coordinator)
    assert view_refusal(restrictions=[restriction], request=request)[0] == Refusal.PASSWORD
    assert pages_viewable(pages=[page], user=world.coordinator) == []
    restriction.mark_as_passed(request)
    assert page_viewable(page=page, request=request)


# role: (reads the page below the intranet, reads the editors-only page below it; the same
# for the documents of the intranet's collection and of its editors-only child collection).
# As opening them: an extra restriction a coordinator did not include refuses them too.
READS_BELOW = {
    "anonymous": (False, False),
    "member_x": (True, False),
    "partner_x": (False, False),
    "editor_x": (True, True),
    "editor_y": (False, False),
    "coordinator": (True, False),
    "superuser": (True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_which_pages_and_files_below_an_area_are_refused(
    world, role, media_root, django_assert_max_num_queries
):
    editors_only = [world.access_x.editors]
    page = factories.ContentPageFactory(parent=world.intranet_x)
    extra = factories.ContentPageFactory(parent=world.intranet_x)
    restriction = PageViewRestriction.objects.create(
        page=extra, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(editors_only)
    collection = closed_area_collections_for(access=world.access_x)[roles.INTRANET]
    board = collection.add_child(name="Bestuur")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.GROUPS
    )
    collection_restriction.groups.set(editors_only)
    document = factories.DocumentFactory(collection=collection)
    board_document = factories.DocumentFactory(collection=board)
    request = _request(world.users[role])

    with django_assert_max_num_queries(3):
        refused_pages = pages_refused_below(roots=[world.intranet_x], request=request)
    with django_assert_max_num_queries(3):
        refused_files = collections_refused_below(roots=[collection], request=request)

    readable_pages = set(
        Page.objects.filter(pk__in=[page.pk, extra.pk])
        .exclude(refused_pages)
        .values_list("pk", flat=True)
    )
    readable_files = set(
        Document.objects.filter(pk__in=[document.pk, board_document.pk])
        .exclude(refused_files)
        .values_list("pk", flat=True)
    )
    expected = READS_BELOW[role]
    assert (page.pk in readable_pages, extra.pk in readable_pages) == expected
    assert (document.pk in readable_files, board_document.pk in readable_files) == expected
    # Pages outside the roots are never matched: a public page stays.
    assert Page.objects.filter(pk=world.project_x.pk).exclude(refused_pages).exists()


@pytest.mark.parametrize(
    ("kind", "readers", "others"),
    [
        (roles.INTRANET, ["members", "editors", "coordinators"], ["partners"]),
        (roles.EXTRANET, ["partners", "editors", "coordinators"], ["members"]),
    ],
)
def test_who_reads_a_closed_area_of_each_kind(world, kind, readers, others):
    groups = {
        "members": world.access_x.members,
        "partners": world.access_x.partners,
        "editors": world.access_x.editors,
        "coordinators": world.coordinator.groups.get(name=roles.COORDINATOR_GROUP),
    }
    got_readers, got_others = closed_area_readers(access=world.access_x, kind=kind)
    assert got_readers == [groups[name] for name in readers]
    assert got_others == {groups[name] for name in others}


def test_an_area_outside_every_network_is_the_coordinators_alone(world):
    readers, others = closed_area_readers(access=None, kind=roles.INTRANET)
    assert [group.name for group in readers] == [roles.COORDINATOR_GROUP]
    assert others == set()


def test_the_network_that_owns_a_page(world):
    assert network_page_for(page=world.intranet_x).pk == world.network_x.pk
    assert network_page_for(page=world.network_y).pk == world.network_y.pk
    assert network_page_for(page=world.theme) is None
    assert network_access_for(page=world.project_x) == world.access_x
    assert network_access_for(page=world.home) is None
    found = network_pages_by_path([world.project_x.path, world.project_y.path, world.theme.path])
    assert {path: page.pk for path, page in found.items()} == {
        world.project_x.path: world.network_x.pk,
        world.project_y.path: world.network_y.pk,
    }


def test_one_network_page_per_network_in_the_asked_language(world, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        pages = network_page_per_key()
    assert [page.pk for page in pages.values()] == [world.network_x.pk, world.network_y.pk]
    assert type(pages[world.network_x.translation_key]).__name__ == "NetworkPage"


def test_anonymous_is_never_anything(world):
    anonymous = AnonymousUser()
    assert not user_is_coordinator(anonymous)
    assert not user_manages_any_network(user=anonymous)
    assert pages_viewable(pages=[world.intranet_x], user=anonymous) == []


# --- Who may change who reads a file (#17 item 3) ----------------------------------------------

# (source, target) -> does the move change who reads the file
FILE_MOVES = {
    ("intranet", "public"): True,
    ("extranet", "public"): True,
    ("intranet", "extranet"): True,
    ("public", "intranet"): True,
    ("public", "public_sub"): False,
    ("intranet", "intranet"): False,
}


@pytest.fixture
def file_places(world) -> dict:
    public = Collection.objects.get(pk=world.access_x.collection_id)
    public_sub = public.add_child(name="Tracer — foto's")
    # Collections are kept in name order: the new one moved the closed areas' paths.
    collections = closed_area_collections_for(access=world.access_x)
    return {
        "public": Collection.objects.get(pk=public.pk),
        "public_sub": Collection.objects.get(pk=public_sub.pk),
        "intranet": collections[roles.INTRANET],
        "extranet": collections[roles.EXTRANET],
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("source", "target"), list(FILE_MOVES))
def test_who_may_move_a_file_where(world, file_places, role, source, target):
    changes = FILE_MOVES[(source, target)]
    source, target = file_places[source], file_places[target]
    user = world.users[role]

    assert file_move_changes_readers(source=source, target=target) is changes
    may = role in ("coordinator", "superuser") or not changes
    assert user_may_move_file(user=user, source=source, target=target) is may


# role: (replaces an unused public file, a live one, a private one)
REPLACES = {
    "anonymous": (True, False, False),  # the admin's permissions keep them out before this rule
    "editor_x": (True, False, False),
    "coordinator": (True, True, True),
    "superuser": (True, True, True),
}


@pytest.mark.parametrize("role", list(REPLACES))
def test_who_may_replace_a_file(world, file_places, role):
    user = world.users[role]
    cells = (
        user_may_replace_file(user=user, collection=file_places["public"], in_live_use=False),
        user_may_replace_file(user=user, collection=file_places["public"], in_live_use=True),
        user_may_replace_file(user=user, collection=file_places["intranet"], in_live_use=False),
    )
    assert cells == REPLACES[role]
    assert collection_is_restricted(collection=file_places["intranet"])
    assert not collection_is_restricted(collection=file_places["public_sub"])


def test_the_network_that_owns_a_collection(world, file_places):
    for place in ("public", "public_sub", "intranet", "extranet"):
        assert network_access_for_collection(collection=file_places[place]) == world.access_x
    assert network_access_for_collection(collection=world.access_x.collection.get_parent()) is None


# --- public documents: what the site search may show -------------------------------------------


@pytest.fixture
def document_places(db, media_root) -> SimpleNamespace:
    """A document in the root collection and in a public, a login-, group- and
    password-restricted collection, and in the children of the restricted ones."""
    root = Collection.get_first_root_node()
    places = SimpleNamespace(root=root)
    places.public = root.add_child(name="Publicaties")
    places.public_child = places.public.add_child(name="Publicaties 2026")
    for kind in ("login", "groups", "password"):
        collection = root.add_child(name=f"Besloten {kind}")
        restriction = CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=kind,
            password="geheim" if kind == "password" else "",
        )
        if kind == "groups":
            restriction.groups.add(factories.RoleUserFactory(role="coordinators").groups.first())
        setattr(places, kind, collection)
        setattr(places, f"{kind}_child", collection.add_child(name=f"Besloten {kind} kind"))
    places.documents = {
        name: factories.DocumentFactory(title=f"Verslag {name}", collection=collection)
        for name, collection in vars(places).items()
        if isinstance(collection, Collection)
    }
    return places


PUBLIC_PLACES = {"root", "public", "public_child"}


def test_public_documents_are_those_of_unrestricted_collections_only(document_places):
    public = documents_public(Document.objects.all())

    names = {name for name, document in document_places.documents.items() if document in public}
    assert names == PUBLIC_PLACES
    assert {"login", "groups", "password", "groups_child", "password_child"} <= set(
        document_places.documents
    ) - names


@pytest.mark.parametrize(
    "place", ["login", "groups", "password", "login_child", "groups_child", "password_child"]
)
def test_a_restricted_or_inherited_restriction_keeps_a_document_out(document_places, place):
    document = document_places.documents[place]

    assert not documents_public(Document.objects.filter(pk=document.pk)).exists()
    assert collection_is_restricted(collection=document.collection)


def test_a_document_moved_out_of_a_restricted_collection_is_public(document_places):
    document = document_places.documents["groups_child"]
    document.collection = document_places.public
    document.save()

    assert documents_public(Document.objects.filter(pk=document.pk)).exists()


def test_the_closed_areas_documents_are_not_public(world, media_root):
    collections = closed_area_collections_for(access=world.access_x)
    intranet = factories.DocumentFactory(collection=collections[roles.INTRANET])
    extranet = factories.DocumentFactory(collection=collections[roles.EXTRANET])
    network = factories.DocumentFactory(
        collection=Collection.objects.get(pk=world.access_x.collection_id)
    )

    public = set(documents_public(Document.objects.all()))

    assert network in public
    assert intranet not in public
    assert extranet not in public


def test_public_documents_are_one_statement_whatever_the_restrictions(
    document_places, django_assert_num_queries
):
    for number in range(20):
        collection = document_places.root.add_child(name=f"Extra besloten {number}")
        CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")

    restricted = collections_restricted()
    with django_assert_num_queries(1):
        assert len(documents_public(Document.objects.all())) == len(PUBLIC_PLACES)
    assert document_places.root not in restricted
    assert document_places.public_child not in restricted
    assert document_places.password_child in restricted
