"""Moving a page out of (or into) a closed area (#17 item 4).

Network X (Tracer) has an intranet and an extranet. Who may read a page changes by a move only
with the coordinator: an editor is never offered, nor allowed, a move that changes it (Wagtail's
move, its bulk move, and "Request move"); the coordinator is warned in plain words whenever a
move (theirs or a request they decide) changes it, and the audit keeps that. The admin speaks
Dutch to these users: screens are checked in Dutch, the wording itself and log messages in
English.
"""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Page, PageLogEntry

from access.rules import move_changes_readers
from editorial.models import PageActionRequest
from editorial.selectors.moves import move_readers_warning
from editorial.selectors.requests import page_action_request_move_targets
from editorial.services.requests import page_action_request_approve, page_action_request_create
from tests import factories

Action = PageActionRequest.Action


@pytest.fixture
def moves(world):
    """A live page and a draft page in X's intranet, a second intranet page to move under, and
    a draft page in X's public part."""
    world.minutes = factories.ContentPageFactory(parent=world.intranet_x, title="Notulen")
    world.draft = factories.ContentPageFactory(
        parent=world.intranet_x, title="Concept-notulen", live=False
    )
    world.archive = factories.ContentPageFactory(parent=world.intranet_x, title="Archief")
    world.public_draft = factories.ContentPageFactory(
        parent=world.project_x, title="Persbericht", live=False
    )
    return world


def parent_of(page) -> int:
    return Page.objects.get(pk=page.pk).get_parent().pk


def confirm_url(page, destination) -> str:
    return reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])


def bulk_move_url(*pages) -> str:
    ids = "&".join(f"id={page.pk}" for page in pages)
    return f"/admin/bulk/wagtailcore/page/move/?{ids}"


# --- The rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "target", "changes"),
    [
        ("minutes", "network_x", True),  # out of the intranet: public
        ("minutes", "extranet_x", True),  # intranet to extranet
        ("minutes", "archive", False),  # within the intranet
        ("public_draft", "intranet_x", True),  # into the intranet
        ("public_draft", "network_x", False),  # within the public part
        ("minutes", "project_y", True),
    ],
)
def test_which_moves_change_who_may_read(moves, page, target, changes):
    page, target = getattr(moves, page), getattr(moves, target)

    assert move_changes_readers(page=page, target=target) is changes
    assert (move_readers_warning(page=page, target=target) is not None) is changes


@override("en")
def test_the_warning_says_in_plain_words_who_reads_after_the_move(moves):
    assert move_readers_warning(page=moves.minutes, target=moves.network_x) == (
        "After this move, everyone can read this page and its subpages: "
        "it leaves the intranet of Tracer."
    )
    assert "instead of the readers of the intranet of Tracer" in move_readers_warning(
        page=moves.minutes, target=moves.extranet_x
    )
    assert "only the readers of the intranet of Tracer" in move_readers_warning(
        page=moves.public_draft, target=moves.intranet_x
    )


# --- Move requests -------------------------------------------------------------------------


def test_a_move_request_for_an_intranet_page_offers_only_places_in_that_intranet(moves, login):
    targets = {
        page.pk
        for page in page_action_request_move_targets(user=moves.editor_x, page=moves.minutes)
    }

    assert targets == {moves.archive.pk, moves.draft.pk}
    response = login(moves.editor_x).get(
        reverse("editorial:request_create", args=[moves.minutes.pk, Action.MOVE])
    )
    options = {page.pk for page in response.context["form"].fields["target_parent"].queryset}
    assert options == {moves.archive.pk, moves.draft.pk}


@pytest.mark.parametrize("target", ["network_x", "project_x", "extranet_x"])
def test_a_forged_move_request_out_of_the_intranet_is_refused(moves, login, target):
    response = login(moves.editor_x).post(
        reverse("editorial:request_create", args=[moves.minutes.pk, Action.MOVE]),
        {"target_parent": getattr(moves, target).pk, "reason": "Mag openbaar."},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["target_parent"]
    assert not PageActionRequest.objects.exists()


def test_the_coordinator_deciding_a_move_request_is_warned_and_the_approval_logs_it(moves, login):
    # A public page may be asked into the intranet; the coordinator sees that it closes.
    project_page = factories.ContentPageFactory(parent=moves.project_x, title="Werkplan")
    action_request = page_action_request_create(
        user=moves.editor_x, page=project_page, action=Action.MOVE, target_parent=moves.intranet_x
    )

    (message,) = mail.outbox
    assert "kunnen alleen de lezers van het intranet van Tracer deze pagina" in message.body
    response = login(moves.coordinator).get(
        reverse("editorial:request_detail", args=[action_request.pk])
    )

    content = response.content.decode()
    assert "Wie deze pagina mag lezen, verandert." in content
    assert "kunnen alleen de lezers van het intranet van Tracer deze pagina" in content
    page_action_request_approve(action_request=action_request, user=moves.coordinator)
    approval = PageLogEntry.objects.get(page_id=project_page.pk, action="dkc.request_approved")
    assert approval.data["readers_change"]["after"]["area"] == "intranet"
    assert approval.data["readers_change"]["before"] is None
    with override("en"):
        assert "only the readers of the intranet of Tracer" in approval.message


def test_a_request_that_keeps_the_readers_shows_no_warning(moves, login):
    action_request = page_action_request_create(
        user=moves.editor_x, page=moves.minutes, action=Action.MOVE, target_parent=moves.archive
    )

    response = login(moves.coordinator).get(
        reverse("editorial:request_detail", args=[action_request.pk])
    )

    assert "Wie deze pagina mag lezen, verandert." not in response.content.decode()


# --- Wagtail's own move ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "target"),
    [("draft", "network_x"), ("draft", "extranet_x"), ("public_draft", "intranet_x")],
)
def test_an_editor_cannot_move_a_page_out_of_or_into_a_closed_area(moves, login, page, target):
    page, target = getattr(moves, page), getattr(moves, target)
    old_parent = parent_of(page)
    client = login(moves.editor_x)
    assert page.permissions_for_user(moves.editor_x).can_move_to(target)  # Wagtail would

    response = client.get(confirm_url(page, target))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:move", args=[page.pk])
    response = client.post(confirm_url(page, target))

    assert response.status_code == 302
    assert parent_of(page) == old_parent


def test_an_editor_may_still_move_a_page_within_its_closed_area(moves, login):
    client = login(moves.editor_x)

    assert client.get(confirm_url(moves.draft, moves.archive)).status_code == 200
    client.post(confirm_url(moves.draft, moves.archive))

    assert parent_of(moves.draft) == moves.archive.pk


def test_the_coordinators_move_screen_warns_and_the_move_is_logged(moves, login):
    client = login(moves.coordinator)

    response = client.get(confirm_url(moves.minutes, moves.network_x))

    assert response.status_code == 200
    assert "kan iedereen deze pagina" in response.content.decode()
    assert "ze verlaat het intranet van Tracer." in response.content.decode()
    client.post(confirm_url(moves.minutes, moves.network_x))
    assert parent_of(moves.minutes) == moves.network_x.pk
    entry = PageLogEntry.objects.get(page_id=moves.minutes.pk, action="dkc.move_readers_changed")
    assert entry.user_id == moves.coordinator.pk
    with override("en"):
        assert "leaves the intranet of Tracer" in entry.message


def test_the_coordinators_move_within_an_area_has_no_warning(moves, login):
    response = login(moves.coordinator).get(confirm_url(moves.minutes, moves.archive))

    assert "Na deze verplaatsing" not in response.content.decode()


# --- The bulk move -------------------------------------------------------------------------


def test_an_editor_cannot_bulk_move_a_page_out_of_the_intranet(moves, login):
    response = login(moves.editor_x).post(
        bulk_move_url(moves.draft), {"chooser": moves.network_x.pk}
    )

    assert response.status_code == 200
    assert "dat verandert wie ze mag lezen" in response.content.decode()
    assert parent_of(moves.draft) == moves.intranet_x.pk


def test_the_coordinators_bulk_move_asks_to_confirm_and_is_logged(moves, login):
    client = login(moves.coordinator)

    response = client.post(bulk_move_url(moves.minutes), {"chooser": moves.network_x.pk})

    assert response.status_code == 200
    content = response.content.decode()
    assert "ze verlaat het intranet van Tracer" in content
    assert 'name="confirm_readers_change"' in content
    assert parent_of(moves.minutes) == moves.intranet_x.pk

    response = client.post(
        bulk_move_url(moves.minutes),
        {"chooser": moves.network_x.pk, "confirm_readers_change": "on"},
    )

    assert response.status_code == 302
    assert parent_of(moves.minutes) == moves.network_x.pk
    assert PageLogEntry.objects.filter(
        page_id=moves.minutes.pk, action="dkc.move_readers_changed"
    ).exists()


def test_a_bulk_move_that_keeps_the_readers_needs_no_confirmation(moves, login):
    response = login(moves.coordinator).post(
        bulk_move_url(moves.minutes), {"chooser": moves.archive.pk}
    )

    assert response.status_code == 302
    assert parent_of(moves.minutes) == moves.archive.pk


# --- Copying out of a closed area: a move by other means -------------------------------------


def copy_data(page, destination) -> dict:
    return {
        "new_title": f"{page.title} (kopie)",
        "new_slug": f"{page.slug}-kopie",
        "new_parent_page": destination.pk,
    }


def test_an_editor_cannot_copy_an_intranet_page_to_a_public_place(moves, login):
    url = reverse("wagtailadmin_pages:copy", args=[moves.minutes.pk])

    response = login(moves.editor_x).post(url, copy_data(moves.minutes, moves.network_x))

    assert response.status_code == 302
    assert response.url == url
    assert not Page.objects.filter(slug=f"{moves.minutes.slug}-kopie").exists()


def test_an_editor_may_copy_a_page_within_its_closed_area(moves, login):
    url = reverse("wagtailadmin_pages:copy", args=[moves.minutes.pk])

    login(moves.editor_x).post(url, copy_data(moves.minutes, moves.archive))

    copy = Page.objects.get(slug=f"{moves.minutes.slug}-kopie")
    assert copy.get_parent().pk == moves.archive.pk
    assert not copy.live
