"""Page action requests: a network editor asks to unpublish, delete or move; a coordinator decides.

Uses the editorial world of `tests/editorial/conftest.py`: network X (Tracer) with a live
project, network Y (Diamond) with a live project, and one user per role.
"""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from access.rules import user_is_coordinator
from editorial.models import PageActionRequest
from editorial.selectors.requests import (
    page_action_request_can_create,
    page_action_request_move_targets,
)
from editorial.services.requests import (
    page_action_request_approve,
    page_action_request_create,
    page_action_request_reject,
)
from tests import factories

Action = PageActionRequest.Action
Status = PageActionRequest.Status


def create_url(page, action: str) -> str:
    return reverse("editorial:request_create", args=[page.pk, action])


def detail_url(action_request) -> str:
    return reverse("editorial:request_detail", args=[action_request.pk])


def approve_url(action_request) -> str:
    return reverse("editorial:request_approve", args=[action_request.pk])


def reject_url(action_request) -> str:
    return reverse("editorial:request_reject", args=[action_request.pk])


def recipients() -> list[str]:
    return [address for message in mail.outbox for address in message.to]


def is_live(page) -> bool:
    return Page.objects.get(pk=page.pk).live


def log_actions(page) -> list[str]:
    return list(
        PageLogEntry.objects.filter(page_id=page.pk).order_by("pk").values_list("action", flat=True)
    )


@pytest.fixture
def named(world):
    """Give the requester and the coordinator names, as the e-mails and the log show them."""
    for user, first, last in [
        (world.editor_x, "Els", "Redacteur"),
        (world.coordinator, "Jef", "Coördinator"),
    ]:
        user.first_name, user.last_name = first, last
        user.save()
    return world


@pytest.fixture
def move_world(named):
    """Network X gets a second project and a content page under its first project."""
    named.project_x2 = factories.ProjectPageFactory(parent=named.network_x, title="Roadshow")
    named.content_x = factories.ContentPageFactory(parent=named.project_x, title="Verslag")
    return named


def unpublish_request(world, reason="Het project is afgelopen."):
    return page_action_request_create(
        user=world.editor_x, page=world.project_x, action=Action.UNPUBLISH, reason=reason
    )


# --- Who may ask, who may decide -----------------------------------------------------------


@pytest.mark.parametrize("action", Action.values)
def test_an_editor_may_ask_for_each_action_on_a_live_page_of_their_network(world, action):
    assert page_action_request_can_create(user=world.editor_x, page=world.project_x, action=action)


@pytest.mark.parametrize("role", ["editor_y", "member_x", "partner_x", "coordinator"])
@pytest.mark.parametrize("action", Action.values)
def test_no_one_else_may_ask_for_an_action_on_a_page_of_network_x(world, role, action):
    user = world.users[role]

    assert not page_action_request_can_create(user=user, page=world.project_x, action=action)


@pytest.mark.parametrize("action", Action.values)
def test_nobody_asks_for_the_home_page(world, action):
    assert not page_action_request_can_create(user=world.editor_x, page=world.home, action=action)


def test_unpublishing_a_draft_cannot_be_asked(world):
    draft = factories.ContentPageFactory(parent=world.project_x, live=False)

    assert not page_action_request_can_create(
        user=world.editor_x, page=draft, action=Action.UNPUBLISH
    )


def test_only_coordinators_decide(world):
    assert user_is_coordinator(world.coordinator)
    assert user_is_coordinator(factories.UserFactory(superuser=True))
    for role in ["editor_x", "editor_y", "member_x", "partner_x"]:
        assert not user_is_coordinator(world.users[role])


# --- Unpublish -----------------------------------------------------------------------------


def test_asking_to_unpublish_leaves_the_page_live_and_mails_the_coordinators(named, login):
    response = login(named.editor_x).post(
        create_url(named.project_x, Action.UNPUBLISH), {"reason": "Het project is afgelopen."}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[named.network_x.pk])
    action_request = PageActionRequest.objects.get()
    assert action_request.status == Status.PENDING
    assert action_request.requested_by == named.editor_x
    assert action_request.network.pk == named.network_x.pk
    assert action_request.reason == "Het project is afgelopen."
    assert is_live(named.project_x)
    assert recipients() == [named.coordinator.email]
    message = mail.outbox[0]
    assert "Werkend leren" in message.subject
    assert "Els Redacteur" in message.body
    assert "Het project is afgelopen." in message.body
    assert f"http://testserver{detail_url(action_request)}" in message.body
    assert "dkc.request_unpublish" in log_actions(named.project_x)


def test_the_request_form_shows_a_reason_field(world, login):
    response = login(world.editor_x).get(create_url(world.project_x, Action.UNPUBLISH))

    assert response.status_code == 200
    assert 'name="reason"' in response.content.decode()
    assert 'name="target_parent"' not in response.content.decode()


def test_an_approved_unpublish_request_unpublishes_logs_both_names_and_tells_the_editor(
    named, login
):
    action_request = unpublish_request(named)
    mail.outbox.clear()

    response = login(named.coordinator).post(
        approve_url(action_request), {"comment": "Goed dat je het meldt."}
    )

    assert response.status_code == 302
    assert not is_live(named.project_x)
    action_request.refresh_from_db()
    assert action_request.status == Status.APPROVED
    assert action_request.decided_by == named.coordinator
    assert action_request.decided_at is not None
    assert action_request.comment == "Goed dat je het meldt."
    assert "wagtail.unpublish" in log_actions(named.project_x)
    approval = PageLogEntry.objects.get(page_id=named.project_x.pk, action="dkc.request_approved")
    assert approval.user == named.coordinator
    assert approval.data["requester"] == "Els Redacteur"
    assert approval.data["approver"] == "Jef Coördinator"
    assert approval.data["action"] == "unpublish"
    assert approval.data["comment"] == "Goed dat je het meldt."
    assert Page.objects.get(pk=named.project_x.pk).live is False
    assert recipients() == [named.editor_x.email]
    assert "Goed dat je het meldt." in mail.outbox[0].body


def test_the_page_history_shows_the_request_and_the_decision(named, login):
    page_action_request_approve(
        action_request=unpublish_request(named), user=named.coordinator, comment="Akkoord."
    )

    response = login(named.coordinator).get(
        reverse("wagtailadmin_pages:history", args=[named.project_x.pk])
    )

    content = response.content.decode()
    assert response.status_code == 200
    assert "Els Redacteur" in content
    assert "Jef Coördinator" in content
    assert "Akkoord." in content


def test_a_rejected_request_leaves_the_page_and_tells_the_editor_why(named, login):
    action_request = unpublish_request(named)
    mail.outbox.clear()

    response = login(named.coordinator).post(
        reject_url(action_request), {"comment": "Het project loopt nog tot juni."}
    )

    assert response.status_code == 302
    assert is_live(named.project_x)
    action_request.refresh_from_db()
    assert action_request.status == Status.REJECTED
    assert action_request.decided_by == named.coordinator
    assert "dkc.request_rejected" in log_actions(named.project_x)
    assert "wagtail.unpublish" not in log_actions(named.project_x)
    assert recipients() == [named.editor_x.email]
    assert "Het project loopt nog tot juni." in mail.outbox[0].body


def test_rejecting_without_a_comment_is_refused_and_changes_nothing(named, login):
    action_request = unpublish_request(named)
    mail.outbox.clear()

    response = login(named.coordinator).post(reject_url(action_request), {"comment": "  "})

    assert response.status_code == 200  # the detail page again, with the error
    assert response.context["reject_form"].errors["comment"]
    action_request.refresh_from_db()
    assert action_request.status == Status.PENDING
    assert is_live(named.project_x)
    assert mail.outbox == []
    with pytest.raises(ValidationError):
        page_action_request_reject(
            action_request=action_request, user=named.coordinator, comment=""
        )
    action_request.refresh_from_db()
    assert action_request.status == Status.PENDING


def test_approving_what_can_no_longer_be_done_fails_clearly_and_changes_nothing(named, login):
    action_request = unpublish_request(named)
    named.project_x.unpublish()  # a coordinator unpublished it directly meanwhile
    entries_before = log_actions(named.project_x)
    mail.outbox.clear()

    response = login(named.coordinator).post(approve_url(action_request), {"comment": ""})

    assert response.status_code == 200
    assert response.context["approve_form"].non_field_errors()
    action_request.refresh_from_db()
    assert action_request.status == Status.PENDING
    assert log_actions(named.project_x) == entries_before
    assert mail.outbox == []


def test_a_second_identical_request_is_refused(world, login):
    unpublish_request(world)

    assert not page_action_request_can_create(
        user=world.editor_x, page=world.project_x, action=Action.UNPUBLISH
    )
    with pytest.raises(PermissionDenied):
        unpublish_request(world)
    response = login(world.editor_x).post(
        create_url(world.project_x, Action.UNPUBLISH), {"reason": "Nogmaals."}
    )
    assert response.status_code == 302  # back, with a message that it is already asked
    assert PageActionRequest.objects.count() == 1
    # Another action on the same page is a request of its own.
    assert page_action_request_can_create(
        user=world.editor_x, page=world.project_x, action=Action.DELETE
    )


# --- Delete --------------------------------------------------------------------------------


def test_an_approved_deletion_deletes_the_page_and_keeps_its_log(named, login):
    page_pk = named.project_x.pk
    action_request = page_action_request_create(
        user=named.editor_x, page=named.project_x, action=Action.DELETE, reason="Dubbel."
    )
    mail.outbox.clear()

    response = login(named.coordinator).post(approve_url(action_request), {"comment": "Weg."})

    assert response.status_code == 302
    assert not Page.objects.filter(pk=page_pk).exists()
    action_request.refresh_from_db()
    assert action_request.status == Status.APPROVED
    assert action_request.page is None
    assert action_request.page_title == "Werkend leren"
    approval = PageLogEntry.objects.get(page_id=page_pk, action="dkc.request_approved")
    assert approval.data["requester"] == "Els Redacteur"
    assert approval.data["approver"] == "Jef Coördinator"
    assert PageLogEntry.objects.filter(page_id=page_pk, action="wagtail.delete").exists()
    assert recipients() == [named.editor_x.email]
    # The record of a deleted page still opens.
    assert login(named.editor_x).get(detail_url(action_request)).status_code == 200


# --- Move ----------------------------------------------------------------------------------


def test_the_move_form_offers_only_pages_of_the_editors_network_that_accept_the_page(
    move_world, login
):
    world = move_world
    targets = set(page_action_request_move_targets(user=world.editor_x, page=world.content_x))

    assert {page.pk for page in targets} >= {world.network_x.pk, world.project_x2.pk}
    assert world.project_x.pk not in {page.pk for page in targets}  # its current parent
    assert world.content_x.pk not in {page.pk for page in targets}  # itself
    assert world.project_y.pk not in {page.pk for page in targets}  # another network
    assert world.network_y.pk not in {page.pk for page in targets}
    assert world.intranet_x.pk in {page.pk for page in targets}  # accepts content pages
    response = login(world.editor_x).get(create_url(world.content_x, Action.MOVE))
    assert response.status_code == 200
    options = response.context["form"].fields["target_parent"].queryset
    assert {page.pk for page in options} == {page.pk for page in targets}
    assert "Tracer › Roadshow" in response.content.decode()


def test_a_project_can_only_be_asked_to_move_to_a_network(move_world):
    # A project lives under a network; the editor adds only to their own network, its parent.
    targets = page_action_request_move_targets(user=move_world.editor_x, page=move_world.project_x)

    assert list(targets) == []


def test_an_approved_move_moves_the_page(move_world, login):
    world = move_world
    response = login(world.editor_x).post(
        create_url(world.content_x, Action.MOVE),
        {"target_parent": world.project_x2.pk, "reason": "Hoort bij de roadshow."},
    )
    assert response.status_code == 302
    action_request = PageActionRequest.objects.get()
    assert action_request.target_parent.pk == world.project_x2.pk
    assert Page.objects.get(pk=world.content_x.pk).get_parent().pk == world.project_x.pk
    mail.outbox.clear()

    response = login(world.coordinator).post(approve_url(action_request), {"comment": ""})

    assert response.status_code == 302
    assert Page.objects.get(pk=world.content_x.pk).get_parent().pk == world.project_x2.pk
    assert "wagtail.move" in log_actions(world.content_x)
    approval = PageLogEntry.objects.get(page_id=world.content_x.pk, action="dkc.request_approved")
    assert approval.data["target"]["id"] == world.project_x2.pk
    assert recipients() == [world.editor_x.email]


def test_a_move_into_another_network_is_refused_and_writes_nothing(move_world, login):
    world = move_world

    response = login(world.editor_x).post(
        create_url(world.content_x, Action.MOVE), {"target_parent": world.project_y.pk}
    )

    assert response.status_code == 200  # the form again, with the error
    assert response.context["form"].errors["target_parent"]
    with pytest.raises(ValidationError):
        page_action_request_create(
            user=world.editor_x,
            page=world.content_x,
            action=Action.MOVE,
            target_parent=world.project_y,
        )
    with pytest.raises(ValidationError):
        page_action_request_create(user=world.editor_x, page=world.content_x, action=Action.MOVE)
    assert not PageActionRequest.objects.exists()
    assert mail.outbox == []
    assert "dkc.request_move" not in log_actions(world.content_x)


def test_a_move_whose_target_was_deleted_fails_clearly(move_world):
    world = move_world
    action_request = page_action_request_create(
        user=world.editor_x,
        page=world.content_x,
        action=Action.MOVE,
        target_parent=world.project_x2,
    )
    Page.objects.get(pk=world.project_x2.pk).delete()
    action_request.refresh_from_db()

    with pytest.raises(ValidationError) as excinfo:
        page_action_request_approve(action_request=action_request, user=world.coordinator)

    assert excinfo.value.code == "target_gone"
    action_request.refresh_from_db()
    assert action_request.status == Status.PENDING
    assert Page.objects.get(pk=world.content_x.pk).get_parent().pk == world.project_x.pk


def test_a_move_onto_a_page_with_the_same_slug_is_refused(move_world, login):
    world = move_world
    factories.ContentPageFactory(parent=world.project_x2, title="Ander verslag", slug="verslag")

    response = login(world.editor_x).post(
        create_url(world.content_x, Action.MOVE), {"target_parent": world.project_x2.pk}
    )

    assert response.status_code == 200
    assert "verslag" in str(response.context["form"].errors["target_parent"])
    assert not PageActionRequest.objects.exists()


# --- Refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize("action", Action.values)
def test_an_editor_of_another_network_cannot_ask(world, login, action):
    response = login(world.editor_y).get(create_url(world.project_x, action))
    assert response.status_code == 403
    response = login(world.editor_y).post(create_url(world.project_x, action), {"reason": "x"})
    assert response.status_code == 403

    with pytest.raises(PermissionDenied):
        page_action_request_create(user=world.editor_y, page=world.project_x, action=action)
    assert not PageActionRequest.objects.exists()
    assert mail.outbox == []


def test_a_coordinator_does_not_ask_but_acts(world, login):
    response = login(world.coordinator).get(create_url(world.project_x, Action.UNPUBLISH))

    assert response.status_code == 403
    with pytest.raises(PermissionDenied):
        page_action_request_create(
            user=world.coordinator, page=world.project_x, action=Action.UNPUBLISH
        )


def test_an_unknown_action_is_not_found(world, login):
    # Followed: Django's LocaleMiddleware first tries the URL again under /nl/.
    response = login(world.editor_x).get(create_url(world.project_x, "publish"), follow=True)

    assert response.status_code == 404
    assert not PageActionRequest.objects.exists()


@pytest.mark.parametrize("role", ["editor_x", "editor_y"])
def test_an_editor_cannot_decide(world, login, role):
    action_request = unpublish_request(world)
    mail.outbox.clear()
    client = login(world.users[role])

    assert client.post(approve_url(action_request), {"comment": "ok"}).status_code == 403
    assert client.post(reject_url(action_request), {"comment": "nee"}).status_code == 403
    with pytest.raises(PermissionDenied):
        page_action_request_approve(action_request=action_request, user=world.users[role])
    with pytest.raises(PermissionDenied):
        page_action_request_reject(
            action_request=action_request, user=world.users[role], comment="nee"
        )
    action_request.refresh_from_db()
    assert action_request.status == Status.PENDING
    assert is_live(world.project_x)
    assert mail.outbox == []


def test_a_decided_request_cannot_be_decided_again(world, login):
    action_request = page_action_request_reject(
        action_request=unpublish_request(world), user=world.coordinator, comment="Nee."
    )

    with pytest.raises(PermissionDenied):
        page_action_request_approve(action_request=action_request, user=world.coordinator)
    response = login(world.coordinator).post(approve_url(action_request), {"comment": ""})
    assert response.status_code == 302
    assert is_live(world.project_x)


def test_anonymous_visitors_are_sent_to_the_login(world, client):
    action_request = unpublish_request(world)
    urls = [
        reverse("editorial:request_list"),
        create_url(world.project_x, Action.UNPUBLISH),
        detail_url(action_request),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    response = client.post(approve_url(action_request), {"comment": ""})
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    action_request.refresh_from_db()
    assert action_request.status == Status.PENDING


def test_no_mail_goes_to_whoever_decided_their_own_request(world):
    """A superuser who is also the requester (say, after a role change) gets no mail."""
    action_request = unpublish_request(world)
    mail.outbox.clear()
    world.editor_x.is_superuser = True
    world.editor_x.save()

    page_action_request_approve(action_request=action_request, user=world.editor_x)

    assert mail.outbox == []


# --- Listing, detail, buttons, menu --------------------------------------------------------


def test_coordinators_see_every_request_and_editors_their_own(world, login):
    mine = unpublish_request(world)
    theirs = page_action_request_create(
        user=world.editor_y, page=world.project_y, action=Action.DELETE
    )
    list_url = reverse("editorial:request_list")

    coordinator_page = login(world.coordinator).get(list_url)
    assert list(coordinator_page.context["pending_requests"]) == [mine, theirs]  # oldest first
    filtered = login(world.coordinator).get(list_url, {"network": world.network_y.pk})
    assert list(filtered.context["pending_requests"]) == [theirs]

    editor_page = login(world.editor_x).get(list_url)
    assert list(editor_page.context["pending_requests"]) == [mine]
    assert login(world.editor_x).get(detail_url(mine)).status_code == 200
    assert login(world.editor_x).get(detail_url(theirs)).status_code == 403

    page_action_request_reject(action_request=mine, user=world.coordinator, comment="Nee.")
    editor_page = login(world.editor_x).get(list_url)
    assert list(editor_page.context["pending_requests"]) == []
    assert list(editor_page.context["decided_requests"]) == [mine]


def test_the_detail_page_has_the_decision_forms_for_coordinators_only(world, login):
    action_request = unpublish_request(world)

    coordinator_view = login(world.coordinator).get(detail_url(action_request)).content.decode()
    editor_view = login(world.editor_x).get(detail_url(action_request)).content.decode()

    assert approve_url(action_request) in coordinator_view
    assert reject_url(action_request) in coordinator_view
    assert approve_url(action_request) not in editor_view
    assert "Het project is afgelopen." in editor_view


def test_the_explorer_offers_the_request_buttons_to_the_editor_only(move_world, login):
    world = move_world
    for page, parent in [(world.project_x, world.network_x), (world.content_x, world.project_x)]:
        explore = reverse("wagtailadmin_explore", args=[parent.pk])
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        for url in [explore, edit]:
            editor_view = login(world.editor_x).get(url).content.decode()
            coordinator_view = login(world.coordinator).get(url).content.decode()
            for action in Action.values:
                assert create_url(page, action) not in coordinator_view
                # A project has nowhere to move to within its network: no dead-end button.
                offered = not (page == world.project_x and action == Action.MOVE)
                assert (create_url(page, action) in editor_view) == offered, (page, action, url)


def test_the_requests_menu_item_counts_pending_requests_for_coordinators(world, login):
    unpublish_request(world)
    list_url = reverse("editorial:request_list")

    coordinator_home = login(world.coordinator).get(reverse("wagtailadmin_home")).content.decode()
    editor_home = login(world.editor_x).get(reverse("wagtailadmin_home")).content.decode()

    assert list_url in coordinator_home
    assert "(1)" in coordinator_home
    assert list_url in editor_home
