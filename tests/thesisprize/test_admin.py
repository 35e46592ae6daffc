"""Who reads thesis submissions and their files: the matrix (anonymous, X's member and
partner, Y's editor and member: refused; X's editor, X being the call's network, and the
coordinator: allowed) over the admin list, inspect, the winner action and the stored file's
two addresses; the jury's winner mark, logged; the file hidden from other networks' editors
in the document listing and chooser; a list whose cost does not grow."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from thesisprize.models import ThesisSubmission
from thesisprize.services import SUBMISSION_WINNER_LOG_ACTION

from .conftest import PDF_BYTES, client_for, submission_of

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "member_x", "partner_x", "member_y", "editor_y", "editor_x", "coordinator")
ALLOWED = {"editor_x", "coordinator"}
ADMIN_LESS = {"anonymous", "member_x", "partner_x", "member_y"}


@pytest.fixture
def submission(world) -> ThesisSubmission:
    return submission_of(world.call, name="Griet Grutto", thesis_title="Grutto en MVO")


def body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def assert_admin_refused(response, role) -> None:
    """Without admin access (anonymous, members, partners): Wagtail's login page. Another
    network's editor: a 403, never a redirect; nothing of the submission shown."""
    if role in ADMIN_LESS:
        assert response.status_code == 302, role
        assert response["Location"].startswith(reverse("wagtailadmin_login")), role
    else:
        assert response.status_code == 403, role
    assert "Grutto" not in body(response)


def file_addresses(submission) -> dict[str, str]:
    document = submission.document
    return {"document view": document.url, "media view": "/media/" + document.file.name}


@pytest.mark.parametrize("role", ROLES)
def test_who_reads_a_submission_in_the_admin(world, submission, role):
    client = client_for(world, role)
    urls = {
        "list": reverse("thesis_submission:index"),
        "results": reverse("thesis_submission:index_results"),
        "inspect": reverse("thesis_submission:inspect", args=[submission.pk]),
        "winner": reverse("thesis_submission:winner", args=[submission.pk]),
    }
    for name, url in urls.items():
        response = client.get(url)
        if role in ALLOWED:
            assert response.status_code == 200, name
            assert "Grutto" in body(response), name
        else:
            # Y's editor reads no call's submissions: not even an empty list.
            assert_admin_refused(response, role)


@pytest.mark.parametrize("role", ROLES)
def test_who_reads_the_submitted_file(world, submission, role):
    client = client_for(world, role)
    for name, url in file_addresses(submission).items():
        response = client.get(url)
        if role in ALLOWED:
            assert response.status_code == 200, name
            assert b"".join(response.streaming_content) == PDF_BYTES, name
            assert "private" in response["Cache-Control"], name
        elif role == "anonymous":
            assert response.status_code == 302, name
            assert response["Location"].startswith(reverse("accounts:login")), name
        else:
            assert response.status_code == 403, name


def test_the_inspect_view_links_the_file_through_the_checked_view(world, submission, login):
    html = (
        login(world.editor_x)
        .get(reverse("thesis_submission:inspect", args=[submission.pk]))
        .content.decode()
    )
    assert submission.document.url in html
    for field in ("Universiteit Gent", "Prof. Pieters", "griet@example.be", "Een samenvatting."):
        assert field in html


@pytest.mark.parametrize("role", ["editor_x", "coordinator"])
def test_the_jury_marks_a_winner_and_it_is_logged(world, submission, login, role):
    client = login(world.users[role])
    url = reverse("thesis_submission:winner", args=[submission.pk])
    response = client.post(url, {"winner": "yes"})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.winner is True
    assert submission.winner_marked_at is not None
    entry = ModelLogEntry.objects.get(action=SUBMISSION_WINNER_LOG_ACTION)
    assert entry.user == world.users[role]
    assert entry.data["winner"] is True
    assert "Grutto" not in str(entry.data)
    assert entry.data["network_key"] == str(world.access_x.translation_key)
    # The list says so.
    assert "Grutto" in client.get(reverse("thesis_submission:index")).content.decode()
    client.post(url, {"winner": "no"})
    submission.refresh_from_db()
    assert submission.winner is False
    assert ModelLogEntry.objects.filter(action=SUBMISSION_WINNER_LOG_ACTION).count() == 2


@pytest.mark.parametrize("role", ["member_x", "editor_y", "anonymous"])
def test_others_cannot_mark_a_winner(world, submission, role):
    response = client_for(world, role).post(
        reverse("thesis_submission:winner", args=[submission.pk]), {"winner": "yes"}
    )
    assert_admin_refused(response, role)
    submission.refresh_from_db()
    assert submission.winner is False
    assert not ModelLogEntry.objects.filter(action=SUBMISSION_WINNER_LOG_ACTION).exists()


def test_the_menu_item_shows_to_the_jury_only(world, submission, login):
    url = reverse("thesis_submission:index")
    for role, shown in (("editor_x", True), ("coordinator", True), ("editor_y", False)):
        html = login(world.users[role]).get(reverse("wagtailadmin_home")).content.decode()
        assert (url in html) is shown, role


def test_there_is_no_add_edit_or_delete_screen(world, submission, login):
    client = login(world.coordinator)
    for path in ("add/", f"edit/{submission.pk}/", f"delete/{submission.pk}/"):
        url = reverse("thesis_submission:index") + path
        assert client.get(url, follow=True).status_code == 404


def test_the_file_is_hidden_from_other_networks_editors_in_the_document_screens(
    world, submission, login
):
    document = submission.document
    screens = [
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:index") + "?q=Scriptie",
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtaildocs_chooser:choose_results") + "?q=Scriptie",
    ]
    for role, shown in (("editor_y", False), ("editor_x", True), ("coordinator", True)):
        client = login(world.users[role])
        for url in screens:
            html = client.get(url).content.decode()
            assert (document.title in html) is shown, (role, url)
        edit = client.get(reverse("wagtaildocs:edit", args=[document.pk]))
        if not shown:
            assert edit.status_code in (302, 403, 404), role
            assert document.filename not in body(edit)


def test_an_erased_submission_is_not_found(world, submission, login):
    submission.erased_at = submission.created_at
    submission.save()
    client = login(world.coordinator)
    url = reverse("thesis_submission:inspect", args=[submission.pk])
    assert client.get(url, follow=True).status_code == 404
    assert "Grutto" not in client.get(reverse("thesis_submission:index")).content.decode()


def test_the_lists_cost_does_not_grow_with_rows(world, login):
    client = login(world.editor_x)
    url = reverse("thesis_submission:index")

    def queries_with(count: int) -> int:
        while ThesisSubmission.objects.count() < count:
            submission_of(world.call, email=f"student{ThesisSubmission.objects.count()}@x.be")
        client.get(url)  # warm the session and the menus
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert body(response).count("Griet Grutto") >= count
        return len(queries)

    small, large = queries_with(2), queries_with(12)
    assert large == small, (small, large)


def test_a_client_without_login_is_sent_to_the_admin_login(world, submission):
    response = Client().get(reverse("thesis_submission:index"))
    assert response.status_code == 302
