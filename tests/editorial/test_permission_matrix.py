"""Who may do what where: the editorial permission matrix, and the admin refusing the rest.

The matrix reads as the issue does: rows are role + action, columns are sections, each cell
is Y (allowed) or N (refused), and every cell is its own test ("editor_x-publish-x_public").

Sections: x_public is a live project page of network X, x_intranet and x_extranet are X's
closed areas, y_public is a live project page of network Y, themes a live theme page and home
the home page. "upload" means adding an image *and* a document to the section's collection:
X's collection for X's sections, Y's for y_public, the root collection for themes and home.
"approve"/"reject" mean: the approval task of the workflow on that page offers the action to
the user once someone else has submitted the page. "request_*" is the editor's request to a
coordinator (editorial.selectors.requests.page_action_request_can_create); a coordinator does these
directly, so for them a request is N.
"""

from collections.abc import Callable
from types import SimpleNamespace

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page
from wagtail.permissions import policy_registry

from editorial.selectors.requests import page_action_request_can_create
from tests import factories

MATRIX = """
role         action             x_public  x_intranet  x_extranet  y_public  themes  home

anonymous    edit               N         N           N           N         N       N
anonymous    add_child          N         N           N           N         N       N
anonymous    submit             N         N           N           N         N       N
anonymous    publish            N         N           N           N         N       N
anonymous    approve            N         N           N           N         N       N
anonymous    reject             N         N           N           N         N       N
anonymous    unpublish          N         N           N           N         N       N
anonymous    delete             N         N           N           N         N       N
anonymous    move               N         N           N           N         N       N
anonymous    request_unpublish  N         N           N           N         N       N
anonymous    request_delete     N         N           N           N         N       N
anonymous    request_move       N         N           N           N         N       N
anonymous    upload             N         N           N           N         N       N

member_x     edit               N         N           N           N         N       N
member_x     add_child          N         N           N           N         N       N
member_x     submit             N         N           N           N         N       N
member_x     publish            N         N           N           N         N       N
member_x     approve            N         N           N           N         N       N
member_x     reject             N         N           N           N         N       N
member_x     unpublish          N         N           N           N         N       N
member_x     delete             N         N           N           N         N       N
member_x     move               N         N           N           N         N       N
member_x     request_unpublish  N         N           N           N         N       N
member_x     request_delete     N         N           N           N         N       N
member_x     request_move       N         N           N           N         N       N
member_x     upload             N         N           N           N         N       N

partner_x    edit               N         N           N           N         N       N
partner_x    add_child          N         N           N           N         N       N
partner_x    submit             N         N           N           N         N       N
partner_x    publish            N         N           N           N         N       N
partner_x    approve            N         N           N           N         N       N
partner_x    reject             N         N           N           N         N       N
partner_x    unpublish          N         N           N           N         N       N
partner_x    delete             N         N           N           N         N       N
partner_x    move               N         N           N           N         N       N
partner_x    request_unpublish  N         N           N           N         N       N
partner_x    request_delete     N         N           N           N         N       N
partner_x    request_move       N         N           N           N         N       N
partner_x    upload             N         N           N           N         N       N

editor_x     edit               Y         Y           Y           N         N       N
editor_x     add_child          Y         Y           Y           N         N       N
editor_x     submit             Y         Y           Y           N         N       N
editor_x     publish            N         N           N           N         N       N
editor_x     approve            N         N           N           N         N       N
editor_x     reject             N         N           N           N         N       N
editor_x     unpublish          N         N           N           N         N       N
editor_x     delete             N         N           N           N         N       N
editor_x     move               N         N           N           N         N       N
editor_x     request_unpublish  Y         Y           Y           N         N       N
editor_x     request_delete     Y         Y           Y           N         N       N
editor_x     request_move       Y         Y           Y           N         N       N
editor_x     upload             Y         Y           Y           N         N       N

editor_y     edit               N         N           N           Y         N       N
editor_y     add_child          N         N           N           Y         N       N
editor_y     submit             N         N           N           Y         N       N
editor_y     publish            N         N           N           N         N       N
editor_y     approve            N         N           N           N         N       N
editor_y     reject             N         N           N           N         N       N
editor_y     unpublish          N         N           N           N         N       N
editor_y     delete             N         N           N           N         N       N
editor_y     move               N         N           N           N         N       N
editor_y     request_unpublish  N         N           N           Y         N       N
editor_y     request_delete     N         N           N           Y         N       N
editor_y     request_move       N         N           N           Y         N       N
editor_y     upload             N         N           N           Y         N       N

coordinator  edit               Y         Y           Y           Y         Y       Y
coordinator  add_child          Y         Y           Y           Y         Y       Y
coordinator  submit             Y         Y           Y           Y         Y       Y
coordinator  publish            Y         Y           Y           Y         Y       Y
coordinator  approve            Y         Y           Y           Y         Y       Y
coordinator  reject             Y         Y           Y           Y         Y       Y
coordinator  unpublish          Y         Y           Y           Y         Y       Y
coordinator  delete             Y         Y           Y           Y         Y       Y
coordinator  move               Y         Y           Y           Y         Y       Y
coordinator  request_unpublish  N         N           N           N         N       N
coordinator  request_delete     N         N           N           N         N       N
coordinator  request_move       N         N           N           N         N       N
coordinator  upload             Y         Y           Y           Y         Y       Y
"""

# Where each section lives in the world of tests/editorial/conftest.py.
SECTION_PAGES = {
    "x_public": "project_x",
    "x_intranet": "intranet_x",
    "x_extranet": "extranet_x",
    "y_public": "project_y",
    "themes": "theme",
    "home": "home",
}


def _section_collection(world: SimpleNamespace, section: str) -> Collection:
    if section.startswith("x_"):
        return world.access_x.collection
    if section == "y_public":
        return world.access_y.collection
    return Collection.get_first_root_node()


def _parse(table: str) -> list[tuple[str, str, str, bool]]:
    header, *rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    sections = header[2:]
    cells = []
    for role, action, *marks in rows:
        assert len(marks) == len(sections), f"row {role} {action} has {len(marks)} cells"
        for section, mark in zip(sections, marks, strict=True):
            assert mark in {"Y", "N"}, f"cell {role} {action} {section} is {mark!r}"
            cells.append((role, action, section, mark == "Y"))
    return cells


# Each check answers "may the user do this here?"; some answers have two parts (image and
# document), and a cell holds only when every part agrees with it.
Check = Callable[[SimpleNamespace, object, Page, str], list[bool]]


def _page_check(method: str) -> Check:
    def check(world, user, page, section):
        return [getattr(page.permissions_for_user(user), method)()]

    return check


def _submit(world, user, page, section):
    permissions = page.permissions_for_user(user)
    return [permissions.can_edit() and permissions.can_submit_for_moderation()]


def _task_action(name: str) -> Check:
    def check(world, user, page, section):
        workflow = page.get_workflow()
        tasks = [task.specific for task in workflow.tasks] if workflow else []
        offered = [action for task in tasks for action, *_ in task.get_actions(page, user)]
        return [name in offered]

    return check


def _request(action: str) -> Check:
    def check(world, user, page, section):
        return [page_action_request_can_create(user=user, page=page, action=action)]

    return check


MEDIA_POLICIES = [
    policy_registry.get_by_type(get_image_model()),
    policy_registry.get_by_type(get_document_model()),
]


def _upload(world, user, page, section):
    collection = _section_collection(world, section)
    return [
        policy.collections_user_has_permission_for(user, "add").filter(pk=collection.pk).exists()
        for policy in MEDIA_POLICIES
    ]


CHECKS: dict[str, Check] = {
    "edit": _page_check("can_edit"),
    "add_child": _page_check("can_add_subpage"),
    "submit": _submit,
    "publish": _page_check("can_publish"),
    "approve": _task_action("approve"),
    "reject": _task_action("reject"),
    "unpublish": _page_check("can_unpublish"),
    "delete": _page_check("can_delete"),
    "move": _page_check("can_move"),
    "request_unpublish": _request("unpublish"),
    "request_delete": _request("delete"),
    "request_move": _request("move"),
    "upload": _upload,
}

CELLS = _parse(MATRIX)
ROLES = ["anonymous", "member_x", "partner_x", "editor_x", "editor_y", "coordinator"]


def test_the_matrix_has_every_cell_once():
    keys = [(role, action, section) for role, action, section, _ in CELLS]
    assert len(keys) == len(set(keys))
    assert len(keys) == len(ROLES) * len(CHECKS) * len(SECTION_PAGES)
    assert {key[0] for key in keys} == set(ROLES)
    assert {key[1] for key in keys} == set(CHECKS)
    assert {key[2] for key in keys} == set(SECTION_PAGES)


@pytest.mark.usefixtures("db")
class TestPermissionMatrix:
    @pytest.mark.parametrize(
        ("role", "action", "section", "allowed"),
        [
            pytest.param(role, action, section, allowed, id=f"{role}-{action}-{section}")
            for role, action, section, allowed in CELLS
        ],
    )
    def test_cell(self, shared_world, role, action, section, allowed):
        user = shared_world.users[role]
        page = getattr(shared_world, SECTION_PAGES[section])

        answers = CHECKS[action](shared_world, user, page, section)

        expected = "Y" if allowed else "N"
        assert answers == [allowed] * len(answers), (
            f"{role} / {action} / {section}: the table says {expected}, the site says {answers}"
        )


# The admin itself: whatever the buttons show, a hand-made POST is refused too.


def _edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _snapshot(page: Page) -> dict:
    page = Page.objects.get(pk=page.pk)
    return {
        "title": page.title,
        "live": page.live,
        "live_revision": page.live_revision_id,
        "latest_revision": page.latest_revision_id,
        "revisions": page.revisions.count(),
        "parent": page.get_parent().pk,
    }


@pytest.mark.usefixtures("published_world")
@pytest.mark.parametrize("section", ["y_public", "themes", "home"])
@pytest.mark.parametrize("button", ["save", "action-publish"])
def test_an_editor_cannot_change_a_page_outside_their_network(
    world, login, edit_form_data, assert_refused, section, button
):
    page = getattr(world, SECTION_PAGES[section])
    # The form a coordinator gets, so the POST would be valid for anyone allowed to make it.
    data = edit_form_data(login(world.coordinator), page, title="Overgenomen door Tracer")
    if button != "save":
        data[button] = button
    before = _snapshot(page)

    response = login(world.editor_x).post(_edit_url(page), data)

    assert_refused(response)
    assert _snapshot(page) == before


@pytest.mark.usefixtures("published_world")
def test_an_editors_publish_button_only_saves_a_draft(world, login, edit_form_data, client):
    """Wagtail does not refuse a hand-made `action-publish`: it files it as a draft."""
    page = world.project_x
    before = _snapshot(page)
    assert before["live_revision"] is not None
    editor = login(world.editor_x)
    data = edit_form_data(editor, page, title="Werkend leren, nu live?")
    data["action-publish"] = "action-publish"

    response = editor.post(_edit_url(page), data)

    assert response.status_code == 302
    after = _snapshot(page)
    assert after["title"] == before["title"] == "Werkend leren"
    assert after["live_revision"] == before["live_revision"]
    draft = Page.objects.get(pk=page.pk).get_latest_revision()
    assert draft.content["title"] == "Werkend leren, nu live?"
    assert draft.pk != after["live_revision"]
    public = client.get(page.url)
    assert public.status_code == 200
    assert "Werkend leren, nu live?" not in public.content.decode()


@pytest.mark.parametrize("action", ["unpublish", "delete", "move"])
def test_an_editor_cannot_unpublish_delete_or_move_a_live_page_of_their_own_network(
    world, login, assert_refused, action
):
    report = factories.ContentPageFactory(parent=world.project_x, title="Verslag")
    report.save_revision().publish()
    urls = {
        "unpublish": reverse("wagtailadmin_pages:unpublish", args=[report.pk]),
        "delete": reverse("wagtailadmin_pages:delete", args=[report.pk]),
        "move": reverse("wagtailadmin_pages:move_confirm", args=[report.pk, world.intranet_x.pk]),
    }
    before = _snapshot(report)

    response = login(world.editor_x).post(urls[action])

    assert_refused(response)
    assert _snapshot(report) == before
