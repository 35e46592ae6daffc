"""Nothing of another network's closed areas reaches an editor through the Wagtail admin.

Every URL pattern under /admin/ (Wagtail's, wagtail-localize's and ours) is classified below:
either it can name or list pages, files or collections and is checked here as Y's editor
against X's closed pages and private files, or it is not about content, with the reason. A
new admin URL that is in neither table fails `test_every_admin_url_is_classified`.

The world is the closed-areas leak world (tests/closedareas/conftest.py) plus what the admin
shows beyond titles: a draft title below X's intranet, submitted for approval and locked, a
private image, a private document with a secret file name and tag, a translation of the
intranet, and a request of X's editor to delete the page below the intranet.
"""

import re
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.log_actions import log
from wagtail.models import Locale, TaskState, WorkflowState
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from events.services import registration_create, registration_settings_update
from networks.models import ClosedAreaPage
from tests import factories
from tests.closedareas.conftest import (
    CHILD_TITLE,
    DOCUMENT_TITLE,
    INTRANET_TITLE,
    build_leak_world,
    without_random_values,
)
from tests.closedareas.conftest import secrets_in as public_secrets_in
from tests.utils import page_submit
from thesisprize.factories import ThesisCallPageFactory
from thesisprize.services import SubmissionData, submission_create

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Concept Roodborst-Ontwerp"
IMAGE_TITLE = "Foto Ooievaar-Vergadering"
SECRET_FILE_TITLE = "Bijlage Kemphaan-Begroting"
SECRET_FILENAME = "ijsvogel-begroting.txt"
# The distinctive parts of the extra words above, found nowhere else in the admin.
SECRET_TAG = "bergeend-label"
IMAGE_TAG = "tafeleend-label"
SECRET_SLUG = "notulen-wulp"
ADMIN_SECRETS = (
    "roodborst",
    "ooievaar",
    "kemphaan",
    "ijsvogel",
    "bergeend",
    "tafeleend",
    "wulp",
    "kievit",
)


def secrets_in(text: str) -> list[str]:
    lowered = without_random_values(text).lower()
    return public_secrets_in(text) + [secret for secret in ADMIN_SECRETS if secret in lowered]


def build_admin_leak_world() -> SimpleNamespace:
    w = build_leak_world()
    intranet_collection = w.collections_x[ClosedAreaPage.INTRANET]
    w.intranet_collection = intranet_collection
    w.image = factories.ImageFactory(
        title=IMAGE_TITLE, file__filename="ooievaar-vergadering.png", collection=intranet_collection
    )
    w.secret_file = factories.DocumentFactory(
        title=SECRET_FILE_TITLE,
        file__filename=SECRET_FILENAME,
        file__data=b"begroting",
        collection=intranet_collection,
    )
    w.secret_file.tags.add(SECRET_TAG)
    # As the admin's upload views log them: the history reports list these entries.
    for stored in (w.secret_file, w.image):
        log(instance=stored, action="wagtail.create", user=w.editor_x)
        log(instance=stored, action="wagtail.edit", user=w.editor_x)
    w.image.tags.add(IMAGE_TAG)
    # Y's public page and document, linked from below X's intranet: their usage lists it.
    w.document_y = factories.DocumentFactory(
        title="Verslag Diamond", collection=w.access_y.collection
    )
    w.image_y = factories.ImageFactory(title="Foto Diamond", collection=w.access_y.collection)
    w.child.body = [
        (
            "paragraph",
            RichText(
                f'<p><a linktype="page" id="{w.project_y.pk}">Diamond</a> '
                f'<a linktype="document" id="{w.document_y.pk}">verslag</a></p>'
                f'<embed embedtype="image" id="{w.image_y.pk}" format="fullwidth" alt="">'
            ),
        )
    ]
    # A draft title below the intranet, submitted for approval by X's editor, then locked.
    w.child.slug = SECRET_SLUG
    w.child.save_revision(user=w.editor_x).publish()
    w.child = page_submit(w.child, w.editor_x, title=DRAFT_TITLE)
    w.child.locked = True
    w.child.locked_by = w.editor_x
    w.child.locked_at = timezone.now()
    w.child.save(update_fields=["locked", "locked_by", "locked_at"])
    w.workflow_state = WorkflowState.objects.get(object_id=str(w.child.pk))
    w.task_state = TaskState.objects.filter(workflow_state=w.workflow_state).latest("pk")
    w.revision_id = w.child.latest_revision_id
    w.first_revision_id = w.child.revisions.order_by("pk").first().pk
    # wagtail-localize: the intranet has a translation into English being edited.
    source, _ = TranslationSource.get_or_create_from_instance(w.intranet)
    w.translation_source = source
    w.translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    w.translation.save_target(user=w.editor_x)
    w.redirect = Redirect.objects.create(old_path="/oud-intranet", redirect_page=w.intranet)
    w.request = factories.PageActionRequestFactory(page=w.child, requested_by=w.editor_x)
    # A coordinator promoted X's intranet for a search (only its readers would see it).
    w.promotion_query = Query.get("vergadering")
    w.promotion_query.add_hit()
    SearchPromotion.objects.create(query=w.promotion_query, page=w.intranet, sort_order=0)
    # An attendee of X's event, named with a secret word: Y's editor never sees them.
    w.registration_settings_x = registration_settings_update(event=w.event_x, user=None)
    w.registration_x = registration_create(
        event=w.event_x,
        name="Wulp Deelnemer",
        email="wulp@example.be",
        organisation="Wulp bv",
        organisation_size="small",
        function="",
        language="nl",
        consent=True,
    ).registration
    # A thesis submitted to X's call (X plays the mainstream team), its PDF in X's private
    # thesis collection; a coordinator gave the document a telling title.
    w.thesis_call_x = ThesisCallPageFactory(parent=w.network_x, title="Scriptieprijs")
    w.thesis_x = submission_create(
        call=w.thesis_call_x,
        data=SubmissionData(
            name="Kievit Student",
            email="kievit@example.be",
            school="Hogeschool",
            supervisor="Promotor",
            thesis_title="Kievit en MVO",
            abstract="Een samenvatting. " * 10,
        ),
        thesis_file=SimpleUploadedFile("kievit.pdf", b"%PDF-1.4 kievit"),
        language="nl",
        consent=True,
    )
    w.thesis_x.document.title = "Scriptie Kievit"
    w.thesis_x.document.save()
    return w


@pytest.fixture(scope="module")
def admin_world(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[SimpleNamespace]:
    media_root = tmp_path_factory.mktemp("admin-leaks-media")
    with (
        override_settings(MEDIA_ROOT=str(media_root)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield build_admin_leak_world()
        transaction.set_rollback(True)


@pytest.fixture
def browser(db, admin_world) -> Callable[[str], Client]:
    def client_for(role: str) -> Client:
        client = Client()
        client.force_login(admin_world.users[role])
        return client

    return client_for


def _q(**params) -> str:
    return "?" + urlencode(params, doseq=True)


def _pages(w) -> list[int]:
    return [w.intranet.pk, w.child.pk, w.extranet.pk]


PAGE_BULK = ("delete", "move", "publish", "unpublish")
MEDIA_BULK = ("delete", "add_tags", "add_to_collection")

# Admin URL patterns that name or list pages, files or collections, and the URLs Y's editor
# tries on X's closed content for each.
GUARDED: dict[str, Callable[[SimpleNamespace], list[str]]] = {
    "admin/": lambda w: ["/admin/"],
    "admin/api/main/^pages/": lambda w: [
        "/admin/api/main/pages/" + _q(limit=20),
        "/admin/api/main/pages/" + _q(child_of=w.network_x.pk),
        "/admin/api/main/pages/" + _q(child_of=w.intranet.pk),
        "/admin/api/main/pages/" + _q(descendant_of=w.network_x.pk, limit=20),
        "/admin/api/main/pages/" + _q(search="Geheimwoord"),
        "/admin/api/main/pages/" + _q(id=w.intranet.pk),
    ],
    "admin/api/main/^pages/<int:pk>/": lambda w: [
        f"/admin/api/main/pages/{pk}/" for pk in _pages(w)
    ],
    "admin/api/main/^pages/find/": lambda w: [
        "/admin/api/main/pages/find/" + _q(id=w.intranet.pk),
        "/admin/api/main/pages/find/" + _q(html_path=w.intranet.url),
    ],
    "admin/api/main/^pages/<int:pk>/action/<str:action_name>/": lambda w: [
        f"/admin/api/main/pages/{w.intranet.pk}/action/{name}/" for name in ("copy", "move")
    ],
    "admin/api/main/^documents/": lambda w: ["/admin/api/main/documents/" + _q(limit=20)],
    "admin/api/main/^documents/<int:pk>/": lambda w: [
        f"/admin/api/main/documents/{w.secret_file.pk}/"
    ],
    "admin/api/main/^documents/find/": lambda w: [
        "/admin/api/main/documents/find/" + _q(id=w.secret_file.pk)
    ],
    "admin/api/main/^images/": lambda w: ["/admin/api/main/images/" + _q(limit=20)],
    "admin/api/main/^images/<int:pk>/": lambda w: [f"/admin/api/main/images/{w.image.pk}/"],
    "admin/api/main/^images/find/": lambda w: ["/admin/api/main/images/find/" + _q(id=w.image.pk)],
    "admin/pages/": lambda w: ["/admin/pages/"],
    "admin/pages/<int:parent_page_id>/": lambda w: [
        f"/admin/pages/{pk}/" for pk in (w.network_x.pk, *_pages(w))
    ],
    "admin/pages/<int:parent_page_id>/results/": lambda w: [
        f"/admin/pages/{pk}/results/" for pk in (w.network_x.pk, *_pages(w))
    ],
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": lambda w: [
        *[
            f"/admin/bulk/wagtailcore/page/{action}/"
            + _q(id=_pages(w), childOf=w.network_x.pk, next="/admin/")
            for action in PAGE_BULK
        ],
        *[
            f"/admin/bulk/wagtaildocs/document/{action}/" + _q(id=[w.document.pk, w.secret_file.pk])
            for action in MEDIA_BULK
        ],
        *[
            f"/admin/bulk/wagtailimages/image/{action}/" + _q(id=w.image.pk)
            for action in MEDIA_BULK
        ],
        *[
            f"/admin/bulk/auth/user/{action}/" + _q(id=w.editor_x.pk)
            for action in ("delete", "assign_role", "set_active_state")
        ],
    ],
    (
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
        "<int:parent_page_id>/"
    ): lambda w: [f"/admin/pages/add/core/contentpage/{w.intranet.pk}/"],
    (
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
        "<int:parent_page_id>/preview/"
    ): lambda w: [f"/admin/pages/add/core/contentpage/{w.intranet.pk}/preview/"],
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": lambda w: [
        "/admin/pages/usage/networks/closedareapage/",
        "/admin/pages/usage/core/contentpage/",
    ],
    (
        "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/"
    ): lambda w: [
        "/admin/pages/usage/networks/closedareapage/results/",
        "/admin/pages/usage/core/contentpage/results/",
    ],
    "admin/pages/create/<slug:app_label>/<slug:model_name>": lambda w: [
        "/admin/pages/create/core/contentpage"
    ],
    "admin/pages/<int:page_id>/usage/": lambda w: [
        f"/admin/pages/{pk}/usage/" for pk in (*_pages(w), w.project_y.pk)
    ],
    "admin/pages/<int:page_id>/edit/": lambda w: [f"/admin/pages/{pk}/edit/" for pk in _pages(w)],
    "admin/pages/<int:page_id>/edit/preview/": lambda w: [
        f"/admin/pages/{pk}/edit/preview/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/view_draft/": lambda w: [
        f"/admin/pages/{pk}/view_draft/" for pk in _pages(w)
    ],
    "admin/pages/<int:parent_page_id>/add_subpage/": lambda w: [
        f"/admin/pages/{pk}/add_subpage/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/delete/": lambda w: [
        f"/admin/pages/{pk}/delete/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/unpublish/": lambda w: [
        f"/admin/pages/{pk}/unpublish/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/convert_alias/": lambda w: [
        f"/admin/pages/{pk}/convert_alias/" for pk in _pages(w)
    ],
    "admin/pages/search/": lambda w: [
        "/admin/pages/search/" + _q(q=word) for word in ("Geheimwoord", "Roodborst", "Narwal")
    ],
    "admin/pages/search/results/": lambda w: [
        "/admin/pages/search/results/" + _q(q=word)
        for word in ("Geheimwoord", "Roodborst", "Narwal")
    ],
    "admin/pages/<int:page_to_move_id>/move/": lambda w: [
        f"/admin/pages/{pk}/move/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": lambda w: [
        f"/admin/pages/{w.child.pk}/move/{w.network_y.pk}/confirm/",
        f"/admin/pages/{w.project_y.pk}/move/{w.intranet.pk}/confirm/",
    ],
    "admin/pages/<int:page_to_move_id>/set_position/": lambda w: [
        f"/admin/pages/{pk}/set_position/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/copy/": lambda w: [f"/admin/pages/{pk}/copy/" for pk in _pages(w)],
    "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": lambda w: [
        f"/admin/pages/workflow/action/{w.child.pk}/{name}/{w.task_state.pk}/"
        for name in ("approve", "reject")
    ],
    (
        "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/"
        "<int:task_state_id>/"
    ): lambda w: [
        f"/admin/pages/workflow/collect_action_data/{w.child.pk}/{name}/{w.task_state.pk}/"
        for name in ("approve", "reject")
    ],
    "admin/pages/workflow/confirm_cancellation/<int:page_id>/": lambda w: [
        f"/admin/pages/workflow/confirm_cancellation/{w.child.pk}/"
    ],
    "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/": lambda w: [
        f"/admin/pages/workflow/preview/{w.child.pk}/{w.task_state.task_id}/"
    ],
    "admin/pages/<int:page_id>/privacy/": lambda w: [
        f"/admin/pages/{pk}/privacy/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/lock/": lambda w: [f"/admin/pages/{pk}/lock/" for pk in _pages(w)],
    "admin/pages/<int:page_id>/unlock/": lambda w: [
        f"/admin/pages/{pk}/unlock/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/revisions/": lambda w: [
        f"/admin/pages/{pk}/revisions/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/": lambda w: [
        f"/admin/pages/{w.child.pk}/revisions/{w.revision_id}/view/",
        f"/admin/pages/{w.project_y.pk}/revisions/{w.revision_id}/view/",
    ],
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/": lambda w: [
        f"/admin/pages/{w.child.pk}/revisions/{w.first_revision_id}/revert/"
    ],
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": lambda w: [
        f"/admin/pages/{w.child.pk}/revisions/{w.revision_id}/unschedule/"
    ],
    (
        "admin/pages/^(?P<pk>\\d+)/revisions/compare/"
        "(?P<revision_id_a>live|earliest|\\d+)\\.\\.\\.(?P<revision_id_b>live|latest|\\d+)/"
        "$"
    ): lambda w: [
        f"/admin/pages/{w.child.pk}/revisions/compare/earliest...latest/",
        f"/admin/pages/{w.child.pk}/revisions/compare/live...{w.revision_id}/",
    ],
    "admin/pages/<int:page_id>/workflow_history/": lambda w: [
        f"/admin/pages/{w.child.pk}/workflow_history/"
    ],
    "admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/": lambda w: [
        f"/admin/pages/{w.child.pk}/workflow_history/detail/{w.workflow_state.pk}/",
        f"/admin/pages/{w.project_y.pk}/workflow_history/detail/{w.workflow_state.pk}/",
    ],
    "admin/pages/<int:page_id>/history/": lambda w: [
        f"/admin/pages/{pk}/history/" for pk in _pages(w)
    ],
    "admin/pages/<int:page_id>/history/results/": lambda w: [
        f"/admin/pages/{pk}/history/results/" for pk in _pages(w)
    ],
    "admin/choose-page/": lambda w: ["/admin/choose-page/"],
    "admin/choose-page/<int:parent_page_id>/": lambda w: [
        f"/admin/choose-page/{pk}/" for pk in (w.network_x.pk, *_pages(w))
    ],
    "admin/choose-page/search/": lambda w: [
        "/admin/choose-page/search/" + _q(q=word) for word in ("Geheimwoord", "Roodborst", "Narwal")
    ],
    "admin/choose-page/chosen-multiple/": lambda w: [
        "/admin/choose-page/chosen-multiple/" + _q(id=_pages(w))
    ],
    "admin/tag-autocomplete/": lambda w: [
        "/admin/tag-autocomplete/" + _q(term=term) for term in ("b", "t", "bergeend", "tafel")
    ],
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": lambda w: [
        "/admin/tag-autocomplete/taggit/tag/" + _q(term=term) for term in ("b", "t")
    ],
    "admin/collections/": lambda w: ["/admin/collections/"],
    "admin/collections/add/": lambda w: ["/admin/collections/add/"],
    "admin/collections/<int:pk>/": lambda w: [f"/admin/collections/{w.intranet_collection.pk}/"],
    "admin/collections/<int:pk>/delete/": lambda w: [
        f"/admin/collections/{w.intranet_collection.pk}/delete/"
    ],
    "admin/collections/<int:collection_id>/privacy/": lambda w: [
        f"/admin/collections/{w.intranet_collection.pk}/privacy/"
    ],
    "admin/workflows/usage/<int:pk>/": lambda w: [
        f"/admin/workflows/usage/{w.workflow_state.workflow_id}/"
    ],
    "admin/workflows/usage/<int:pk>/results/": lambda w: [
        f"/admin/workflows/usage/{w.workflow_state.workflow_id}/results/"
    ],
    "admin/workflows/remove/<int:page_pk>/": lambda w: [
        f"/admin/workflows/remove/{w.intranet.pk}/"
    ],
    "admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/": lambda w: [
        f"/admin/workflows/remove/{w.intranet.pk}/{w.workflow_state.workflow_id}/"
    ],
    "admin/search-log/": lambda w: ["/admin/search-log/"],
    "admin/searchpicks/": lambda w: [
        "/admin/searchpicks/",
        "/admin/searchpicks/" + _q(q="vergadering"),
    ],
    "admin/searchpicks/results/": lambda w: [
        "/admin/searchpicks/results/",
        "/admin/searchpicks/results/" + _q(q="vergadering"),
    ],
    "admin/searchpicks/add/": lambda w: ["/admin/searchpicks/add/"],
    "admin/searchpicks/<int:query_id>/": lambda w: [f"/admin/searchpicks/{w.promotion_query.pk}/"],
    "admin/searchpicks/<int:query_id>/delete/": lambda w: [
        f"/admin/searchpicks/{w.promotion_query.pk}/delete/"
    ],
    "admin/searchpicks/queries/chooser/": lambda w: [
        "/admin/searchpicks/queries/chooser/" + _q(q="vergadering")
    ],
    "admin/searchpicks/queries/chooser/results/": lambda w: [
        "/admin/searchpicks/queries/chooser/results/" + _q(q="vergadering")
    ],
    "admin/searchpicks/reports/search-terms/": lambda w: [
        "/admin/searchpicks/reports/search-terms/"
    ],
    "admin/searchpicks/reports/search-terms/results/": lambda w: [
        "/admin/searchpicks/reports/search-terms/results/"
    ],
    "admin/reports/locked/": lambda w: ["/admin/reports/locked/"],
    "admin/reports/locked/results/": lambda w: ["/admin/reports/locked/results/"],
    "admin/reports/workflow/": lambda w: ["/admin/reports/workflow/"],
    "admin/reports/workflow/results/": lambda w: ["/admin/reports/workflow/results/"],
    "admin/reports/workflow_tasks/": lambda w: ["/admin/reports/workflow_tasks/"],
    "admin/reports/workflow_tasks/results/": lambda w: ["/admin/reports/workflow_tasks/results/"],
    "admin/reports/site-history/": lambda w: [
        "/admin/reports/site-history/",
        "/admin/reports/site-history/" + _q(object_type="wagtaildocs.document"),
    ],
    "admin/reports/site-history/results/": lambda w: [
        "/admin/reports/site-history/results/",
        "/admin/reports/site-history/results/" + _q(action="wagtail.create"),
    ],
    "admin/reports/aging-pages/": lambda w: ["/admin/reports/aging-pages/"],
    "admin/reports/aging-pages/results/": lambda w: ["/admin/reports/aging-pages/results/"],
    "admin/reports/page-types-usage/": lambda w: ["/admin/reports/page-types-usage/"],
    "admin/reports/page-types-usage/results/": lambda w: [
        "/admin/reports/page-types-usage/results/"
    ],
    (
        "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/"
        "<int:session_id>/"
    ): lambda w: [f"/admin/editing-sessions/ping/wagtailcore/page/{w.child.pk}/0/"],
    "admin/localize/submit/page/<int:page_id>/": lambda w: [
        f"/admin/localize/submit/page/{pk}/" for pk in _pages(w)
    ],
    "admin/localize/update/<int:translation_source_id>/": lambda w: [
        f"/admin/localize/update/{w.translation_source.pk}/"
    ],
    (
        "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/"
    ): lambda w: [f"/admin/localize/translate/{w.translation.pk}/strings/1/edit/"],
    (
        "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/"
    ): lambda w: [f"/admin/localize/translate/{w.translation.pk}/overrides/1/edit/"],
    "admin/localize/translate/<int:translation_id>/pofile/download/": lambda w: [
        f"/admin/localize/translate/{w.translation.pk}/pofile/download/"
    ],
    "admin/localize/translate/<int:translation_id>/pofile/upload/": lambda w: [
        f"/admin/localize/translate/{w.translation.pk}/pofile/upload/"
    ],
    "admin/localize/translate/<int:translation_id>/machine_translate/": lambda w: [
        f"/admin/localize/translate/{w.translation.pk}/machine_translate/"
    ],
    "admin/localize/translate/<int:translation_id>/preview/": lambda w: [
        f"/admin/localize/translate/{w.translation.pk}/preview/"
    ],
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": lambda w: [
        f"/admin/localize/translate/{w.translation.pk}/preview/default/"
    ],
    "admin/localize/translate/<int:translation_id>/disable/": lambda w: [
        f"/admin/localize/translate/{w.translation.pk}/disable/"
    ],
    "admin/localize/page/<int:page_id>/convert_to_alias/": lambda w: [
        f"/admin/localize/page/{pk}/convert_to_alias/" for pk in _pages(w)
    ],
    "admin/localize/reports/translations/": lambda w: [
        "/admin/localize/reports/translations/",
        "/admin/localize/reports/translations/" + _q(content_type="page"),
    ],
    "admin/localize/reports/translations/results/": lambda w: [
        "/admin/localize/reports/translations/results/"
    ],
    "admin/editorial/audit/": lambda w: ["/admin/editorial/audit/"],
    "admin/editorial/requests/": lambda w: ["/admin/editorial/requests/"],
    "admin/editorial/requests/new/<int:page_id>/<str:action>/": lambda w: [
        f"/admin/editorial/requests/new/{w.child.pk}/{action}/"
        for action in ("delete", "unpublish", "move")
    ],
    "admin/editorial/requests/<int:pk>/": lambda w: [f"/admin/editorial/requests/{w.request.pk}/"],
    "admin/editorial/requests/<int:pk>/approve/": lambda w: [
        f"/admin/editorial/requests/{w.request.pk}/approve/"
    ],
    "admin/editorial/requests/<int:pk>/reject/": lambda w: [
        f"/admin/editorial/requests/{w.request.pk}/reject/"
    ],
    # X's event (refused) and X's closed pages (no event: not found), never a title.
    "admin/events/<int:page_id>/registrations/settings/": lambda w: [
        f"/admin/events/{pk}/registrations/settings/" for pk in [w.event_x.pk, *_pages(w)]
    ],
    # X's attendees: refused to Y's editor (403), or a list of Y's own attendees only.
    "admin/registrations/": lambda w: [
        "/admin/registrations/",
        "/admin/registrations/" + _q(q="Wulp"),
        "/admin/registrations/" + _q(event=w.registration_settings_x.pk),
        "/admin/registrations/" + _q(export="csv"),
        "/admin/registrations/" + _q(event=w.registration_settings_x.pk, export="csv"),
    ],
    "admin/registrations/results/": lambda w: [
        "/admin/registrations/results/" + _q(q="Wulp"),
        "/admin/registrations/results/" + _q(event=w.registration_settings_x.pk),
    ],
    "admin/registrations/inspect/<int:pk>/": lambda w: [
        f"/admin/registrations/inspect/{w.registration_x.pk}/"
    ],
    "admin/registrations/event/<int:page_id>/check-in/": lambda w: [
        f"/admin/registrations/event/{pk}/check-in/" for pk in [w.event_x.pk, *_pages(w)]
    ],
    "admin/registrations/cancel/<int:pk>/": lambda w: [
        f"/admin/registrations/cancel/{w.registration_x.pk}/"
    ],
    # X's thesis submissions: refused to Y's editor (403), whatever the URL names.
    "admin/thesis-submissions/": lambda w: [
        "/admin/thesis-submissions/",
        "/admin/thesis-submissions/" + _q(q="Kievit"),
    ],
    "admin/thesis-submissions/results/": lambda w: [
        "/admin/thesis-submissions/results/" + _q(q="Kievit")
    ],
    "admin/thesis-submissions/inspect/<int:pk>/": lambda w: [
        f"/admin/thesis-submissions/inspect/{w.thesis_x.pk}/"
    ],
    "admin/thesis-submissions/winner/<int:pk>/": lambda w: [
        f"/admin/thesis-submissions/winner/{w.thesis_x.pk}/"
    ],
    # The coordinators' ESF copies: refused (403) to Y's editor, for every page id.
    "admin/publications/copies/": lambda w: ["/admin/publications/copies/"],
    "admin/publications/copies/<int:page_id>/": lambda w: [
        f"/admin/publications/copies/{pk}/" for pk in _pages(w)
    ],
    "admin/network-people/": lambda w: ["/admin/network-people/"],
    "admin/network-people/<int:access_id>/": lambda w: [f"/admin/network-people/{w.access_x.pk}/"],
    "admin/translations/out-of-date/": lambda w: ["/admin/translations/out-of-date/"],
    "admin/forms/": lambda w: ["/admin/forms/"],
    "admin/forms/results/": lambda w: ["/admin/forms/results/"],
    "admin/forms/submissions/<int:page_id>/": lambda w: [
        f"/admin/forms/submissions/{pk}/" for pk in _pages(w)
    ],
    "admin/forms/submissions/<int:page_id>/results/": lambda w: [
        f"/admin/forms/submissions/{pk}/results/" for pk in _pages(w)
    ],
    "admin/forms/submissions/<int:page_id>/delete/": lambda w: [
        f"/admin/forms/submissions/{pk}/delete/" for pk in _pages(w)
    ],
    "admin/redirects/": lambda w: ["/admin/redirects/"],
    "admin/redirects/results/": lambda w: ["/admin/redirects/results/"],
    "admin/redirects/add/": lambda w: ["/admin/redirects/add/"],
    "admin/redirects/<int:redirect_id>/": lambda w: [f"/admin/redirects/{w.redirect.pk}/"],
    "admin/redirects/<int:redirect_id>/delete/": lambda w: [
        f"/admin/redirects/{w.redirect.pk}/delete/"
    ],
    "admin/workflows/list/": lambda w: ["/admin/workflows/list/"],
    "admin/workflows/list/results/": lambda w: ["/admin/workflows/list/results/"],
    "admin/workflows/edit/<int:pk>/": lambda w: [
        f"/admin/workflows/edit/{w.workflow_state.workflow_id}/"
    ],
    "admin/workflows/tasks/index/": lambda w: ["/admin/workflows/tasks/index/"],
    "admin/workflows/tasks/index/results/": lambda w: ["/admin/workflows/tasks/index/results/"],
    "admin/workflows/tasks/edit/<int:pk>/": lambda w: [
        f"/admin/workflows/tasks/edit/{w.task_state.task_id}/"
    ],
    "admin/users/history/<int:pk>/": lambda w: [f"/admin/users/history/{w.editor_x.pk}/"],
    "admin/users/history-results/<int:pk>/": lambda w: [
        f"/admin/users/history-results/{w.editor_x.pk}/"
    ],
    "admin/groups/edit/<int:pk>/": lambda w: [f"/admin/groups/edit/{w.access_x.members_id}/"],
    "admin/sites/": lambda w: ["/admin/sites/"],
    "admin/documents/": lambda w: ["/admin/documents/", "/admin/documents/" + _q(q="Kemphaan")],
    "admin/documents/results/": lambda w: [
        "/admin/documents/results/",
        "/admin/documents/results/" + _q(q="Kemphaan"),
        "/admin/documents/results/" + _q(collection_id=w.intranet_collection.pk),
    ],
    "admin/documents/add/": lambda w: ["/admin/documents/add/"],
    "admin/documents/edit/<int:document_id>/": lambda w: [
        f"/admin/documents/edit/{pk}/" for pk in (w.document.pk, w.secret_file.pk)
    ],
    "admin/documents/delete/<int:document_id>/": lambda w: [
        f"/admin/documents/delete/{pk}/" for pk in (w.document.pk, w.secret_file.pk)
    ],
    "admin/documents/multiple/add/": lambda w: ["/admin/documents/multiple/add/"],
    "admin/documents/multiple/<int:doc_id>/": lambda w: [
        f"/admin/documents/multiple/{w.secret_file.pk}/"
    ],
    "admin/documents/multiple/<int:doc_id>/delete/": lambda w: [
        f"/admin/documents/multiple/{w.secret_file.pk}/delete/"
    ],
    "admin/documents/usage/<int:document_id>/": lambda w: [
        f"/admin/documents/usage/{pk}/" for pk in (w.document.pk, w.secret_file.pk, w.document_y.pk)
    ],
    "admin/images/": lambda w: ["/admin/images/", "/admin/images/" + _q(q="Ooievaar")],
    "admin/images/results/": lambda w: [
        "/admin/images/results/",
        "/admin/images/results/" + _q(q="Ooievaar"),
        "/admin/images/results/" + _q(collection_id=w.intranet_collection.pk),
    ],
    "admin/images/<int:image_id>/": lambda w: [f"/admin/images/{w.image.pk}/"],
    "admin/images/<int:image_id>/delete/": lambda w: [f"/admin/images/{w.image.pk}/delete/"],
    "admin/images/<int:image_id>/generate_url/": lambda w: [
        f"/admin/images/{w.image.pk}/generate_url/"
    ],
    "admin/images/<int:image_id>/generate_url/output/": lambda w: [
        f"/admin/images/{w.image.pk}/generate_url/output/" + _q(filter_method="original")
    ],
    "admin/images/<int:image_id>/preview/<str:filter_spec>/": lambda w: [
        f"/admin/images/{w.image.pk}/preview/original/"
    ],
    "admin/images/add/": lambda w: ["/admin/images/add/"],
    "admin/images/usage/<int:image_id>/": lambda w: [
        f"/admin/images/usage/{pk}/" for pk in (w.image.pk, w.image_y.pk)
    ],
    "admin/images/multiple/add/": lambda w: ["/admin/images/multiple/add/"],
    "admin/images/multiple/<int:image_id>/": lambda w: [f"/admin/images/multiple/{w.image.pk}/"],
    "admin/images/multiple/<int:image_id>/delete/": lambda w: [
        f"/admin/images/multiple/{w.image.pk}/delete/"
    ],
    "admin/documents/chooser/": lambda w: [
        "/admin/documents/chooser/",
        "/admin/documents/chooser/" + _q(q="Kemphaan"),
    ],
    "admin/documents/chooser/results/": lambda w: [
        "/admin/documents/chooser/results/",
        "/admin/documents/chooser/results/" + _q(q="Kemphaan"),
        "/admin/documents/chooser/results/" + _q(collection_id=w.intranet_collection.pk),
    ],
    "admin/documents/chooser/chosen/<str:pk>/": lambda w: [
        f"/admin/documents/chooser/chosen/{pk}/" for pk in (w.document.pk, w.secret_file.pk)
    ],
    "admin/documents/chooser/chosen-multiple/": lambda w: [
        "/admin/documents/chooser/chosen-multiple/" + _q(id=[w.document.pk, w.secret_file.pk])
    ],
    "admin/images/chooser/": lambda w: [
        "/admin/images/chooser/",
        "/admin/images/chooser/" + _q(q="Ooievaar"),
    ],
    "admin/images/chooser/results/": lambda w: [
        "/admin/images/chooser/results/",
        "/admin/images/chooser/results/" + _q(q="Ooievaar"),
        "/admin/images/chooser/results/" + _q(collection_id=w.intranet_collection.pk),
    ],
    "admin/images/chooser/chosen/<str:pk>/": lambda w: [
        f"/admin/images/chooser/chosen/{w.image.pk}/"
    ],
    "admin/images/chooser/chosen-multiple/": lambda w: [
        "/admin/images/chooser/chosen-multiple/" + _q(id=w.image.pk)
    ],
    "admin/images/chooser/<int:image_id>/select_format/": lambda w: [
        f"/admin/images/chooser/{w.image.pk}/select_format/"
    ],
    # The ESF report: Y's editor asking for X's (the page, its exports) or all networks'.
    "admin/reports/": lambda w: (
        [
            "/admin/reports/"
            + _q(network=w.access_x.translation_key, kind="year", year=year)
            + extra
            for year in (w.event_x.start.year,)
            for extra in ("", "&export=csv", "&export=xlsx")
        ]
        + ["/admin/reports/" + _q(network="", kind="year", year=w.event_x.start.year)]
    ),
}


NOT_CONTENT = "not about pages or files: no title, slug or file name of content to show"
SETTINGS = "site settings for coordinators (locales, sites, users, groups): no page or file listed"
UPLOAD = "an upload in progress, only its uploader's (keyed by the upload, not a stored file)"
GLOSSARY = "the glossary (coordinators only): terms and public themes, no closed page or file"
DEADLINES = "the ESF reporting deadlines (coordinators only): dates, labels, networks' names"
POST_ONLY = "a POST-only action on its own object, not on pages or files"

# Admin URL patterns that can name no page, document, image or collection, and why.
NOT_APPLICABLE: dict[str, str] = {
    "admin/test404/": "Wagtail's test page for the admin's 404 template",
    "admin/failwhale/": "Wagtail's test page for the admin's 500 template",
    "admin/choose-external-link/": "the link chooser repeats the URL it is given, names no page",
    "admin/choose-email-link/": "the link chooser repeats the address it is given",
    "admin/choose-phone-link/": "the link chooser repeats the number it is given",
    "admin/choose-anchor-link/": "the link chooser repeats the anchor it is given",
    "admin/workflows/add/": "a new workflow's form: lists no pages",
    "admin/workflows/enable/<int:pk>/": POST_ONLY,
    "admin/workflows/disable/<int:pk>/": "disables a workflow (coordinators): names no page",
    "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/": "a new task's form",
    "admin/workflows/tasks/select_type/": "the task types",
    "admin/workflows/tasks/disable/<int:pk>/": "disables a task (coordinators): names no page",
    "admin/workflows/tasks/enable/<int:pk>/": POST_ONLY,
    "admin/workflows/task_chooser/": "lists tasks, not pages",
    "admin/workflows/task_chooser/results/": "lists tasks, not pages",
    "admin/workflows/task_chooser/create/": "a new task's form",
    "admin/workflows/task_chooser/<int:task_id>/": "a chosen task's name",
    "admin/account/": "the user's own account",
    "admin/logout/": NOT_CONTENT,
    "admin/dismissibles/": "the user's own dismissed hints",
    "admin/editing-sessions/release/<int:session_id>/": "releases the user's own editing session",
    "admin/block-preview/": "previews a block type with its preview value, no page",
    "admin/manual/": "the editor manual (docs/handleiding.md)",
    "admin/network-people/<int:access_id>/remove/<int:user_id>/<str:role>/": POST_ONLY,
    "admin/network-people/<int:access_id>/invitations/<int:pk>/revoke/": POST_ONLY,
    "admin/localize/jsi18n/": "the JavaScript translation catalogue",
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": (
        "snippets only; no translatable snippet holds closed content"
    ),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": "snippets only",
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": "snippets only",
    "admin/redirects/import/": "the import form (coordinators)",
    "admin/redirects/import/process/": "processes an uploaded import file (coordinators)",
    "admin/settings/<slug:app_name>/<slug:model_name>/": "the footer settings: no page",
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": "the footer settings: no page",
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": "the footer settings",
    "admin/snippets/": "the snippet types, none holds closed content",
    "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": UPLOAD,
    "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/": UPLOAD,
    "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": UPLOAD,
    "admin/images/multiple/delete_upload/<int:uploaded_file_id>/": UPLOAD,
    "admin/documents/chooser/create/": "the chooser's upload form; lists no file",
    "admin/images/chooser/create/": "the chooser's upload form; lists no file",
    "admin/locales/": SETTINGS,
    "admin/locales/results/": SETTINGS,
    "admin/locales/new/": SETTINGS,
    "admin/locales/edit/<int:pk>/": SETTINGS,
    "admin/locales/delete/<int:pk>/": SETTINGS,
    "admin/locales/history/<int:pk>/": SETTINGS,
    "admin/locales/history-results/<int:pk>/": SETTINGS,
    "admin/locales/usage/<int:pk>/": SETTINGS,
    "admin/locales/copy/<int:pk>/": SETTINGS,
    "admin/sites/results/": SETTINGS,
    "admin/sites/new/": SETTINGS,
    "admin/sites/edit/<int:pk>/": SETTINGS,
    "admin/sites/delete/<int:pk>/": SETTINGS,
    "admin/sites/history/<int:pk>/": SETTINGS,
    "admin/sites/history-results/<int:pk>/": SETTINGS,
    "admin/sites/usage/<int:pk>/": SETTINGS,
    "admin/sites/copy/<int:pk>/": SETTINGS,
    "admin/users/": SETTINGS,
    "admin/users/results/": SETTINGS,
    "admin/users/new/": SETTINGS,
    "admin/users/edit/<int:pk>/": SETTINGS,
    "admin/users/delete/<int:pk>/": SETTINGS,
    "admin/users/usage/<int:pk>/": SETTINGS,
    "admin/users/copy/<int:pk>/": SETTINGS,
    "admin/groups/": SETTINGS,
    "admin/groups/results/": SETTINGS,
    "admin/groups/new/": SETTINGS,
    "admin/groups/delete/<int:pk>/": SETTINGS,
    "admin/groups/history/<int:pk>/": SETTINGS,
    "admin/groups/history-results/<int:pk>/": SETTINGS,
    "admin/groups/usage/<int:pk>/": SETTINGS,
    "admin/sprite/": "the icon sprite",
    "admin/login/": NOT_CONTENT,
    "admin/password_reset/": NOT_CONTENT,
    "admin/password_reset/done/": NOT_CONTENT,
    "admin/password_reset/confirm/<uidb64>/<token>/": NOT_CONTENT,
    "admin/password_reset/complete/": NOT_CONTENT,
    "admin/jsi18n/": "the JavaScript translation catalogue",
    "admin/^.*/$": "the admin's catch-all 404",
    "admin/snippets/reports/reportingdeadline/": DEADLINES,
    "admin/snippets/reports/reportingdeadline/add/": DEADLINES,
    "admin/snippets/reports/reportingdeadline/copy/<int:pk>/": DEADLINES,
    "admin/snippets/reports/reportingdeadline/delete/<int:pk>/": DEADLINES,
    "admin/snippets/reports/reportingdeadline/edit/<int:pk>/": DEADLINES,
    "admin/snippets/reports/reportingdeadline/history-results/<int:pk>/": DEADLINES,
    "admin/snippets/reports/reportingdeadline/history/<int:pk>/": DEADLINES,
    "admin/snippets/reports/reportingdeadline/results/": DEADLINES,
    "admin/snippets/reports/reportingdeadline/usage/<int:pk>/": DEADLINES,
    "admin/snippets/choose/reports/reportingdeadline/": DEADLINES,
    "admin/snippets/choose/reports/reportingdeadline/chosen-multiple/": DEADLINES,
    "admin/snippets/choose/reports/reportingdeadline/chosen/<str:pk>/": DEADLINES,
    "admin/snippets/choose/reports/reportingdeadline/create/": DEADLINES,
    "admin/snippets/choose/reports/reportingdeadline/results/": DEADLINES,
    "admin/snippets/choose/glossary/glossaryterm/": GLOSSARY,
    "admin/snippets/choose/glossary/glossaryterm/chosen-multiple/": GLOSSARY,
    "admin/snippets/choose/glossary/glossaryterm/chosen/<str:pk>/": GLOSSARY,
    "admin/snippets/choose/glossary/glossaryterm/create/": GLOSSARY,
    "admin/snippets/choose/glossary/glossaryterm/results/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/add/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/copy/<int:pk>/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/delete/<int:pk>/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/edit/<int:pk>/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/history-results/<int:pk>/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/history/<int:pk>/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/results/": GLOSSARY,
    "admin/snippets/glossary/glossaryterm/usage/<int:pk>/": GLOSSARY,
}


def _admin_routes(resolver=None, prefix="") -> Iterator[str]:
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _admin_routes(pattern, route)
        elif isinstance(pattern, URLPattern) and route.startswith("admin/"):
            yield route


def _without_query_words(url: str, text: str) -> str:
    """`text` without the words the URL itself searched for (search boxes repeat them)."""
    for key, values in parse_qs(urlsplit(url).query).items():
        if key in ("q", "search"):
            for value in values:
                text = re.sub(re.escape(value), "", text, flags=re.IGNORECASE)
    return text


def _shown(response) -> str:
    """What a response shows: its body (not a streamed file) and where it redirects to."""
    body = "" if response.streaming else response.content.decode(errors="replace")
    return body + response.get("Location", "")


def assert_refused(response) -> None:
    """Wagtail's refusal: to the dashboard with "no permission" (a 403 for script requests)."""
    assert response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    ), f"not refused: {response.status_code} {response.get('Location', '')}"
    assert secrets_in(_shown(response)) == []


def test_every_admin_url_is_classified():
    """A new admin URL (a Wagtail upgrade, a new app) must be checked here or explained."""
    routes = set(_admin_routes())
    unclassified = sorted(routes - set(GUARDED) - set(NOT_APPLICABLE))
    assert unclassified == [], "classify in GUARDED or NOT_APPLICABLE: " + ", ".join(unclassified)
    assert set(GUARDED).isdisjoint(NOT_APPLICABLE)
    stale = sorted((set(GUARDED) | set(NOT_APPLICABLE)) - routes)
    assert stale == [], f"no longer an admin URL: {stale}"


def test_the_checks_find_the_secrets(admin_world):
    """Every secret of the world is where the checks look: they can fail."""
    w = admin_world
    shown = " ".join(
        [
            INTRANET_TITLE,
            CHILD_TITLE,
            w.child.get_latest_revision().as_object().title,
            DOCUMENT_TITLE,
            w.secret_file.title,
            w.secret_file.filename,
            w.image.title,
        ]
    )
    assert DRAFT_TITLE in shown
    assert w.child.url.rstrip("/").endswith(SECRET_SLUG)
    assert set(secrets_in(shown)) >= {"roodborst", "kemphaan", "ijsvogel", "ooievaar", "zebra"}


def test_a_secret_word_inside_a_random_token_is_chance_not_a_leak():
    """A CSRF token or a nonce may hold a secret word by chance (a token once read
    "...TeKWswulpHFg2..."); a title, slug or file name with it is still found."""
    token = "hEDJe7m709TeKWswulpHFg2eUYQSujthCOGwKyUOHqsFBQD0Gay23O2MRBfuY6OS"
    random_only = (
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
        '<script nonce="x-Zebra_okapi">'
    )
    assert secrets_in(random_only) == []
    shown = f"{random_only} /netwerken/tracer/intranet/{SECRET_SLUG}/ {SECRET_FILENAME}"
    assert sorted(secrets_in(shown)) == ["ijsvogel", "wulp"]
    assert secrets_in("notulen wulp12345678901234567890") == ["wulp"]  # no capital: not random


@pytest.mark.parametrize("route", sorted(GUARDED))
def test_admin_url_never_names_another_networks_closed_content(browser, admin_world, route):
    """Y's editor, trying every admin URL on X's closed pages and private files: a refusal
    or a filtered answer, never a title, slug, draft title or file name; never a 500."""
    client = browser("editor_y")
    for url in GUARDED[route](admin_world):
        response = client.get(url)
        assert response.status_code < 500, url
        assert secrets_in(_without_query_words(url, _shown(response))) == [], url


# What X's editor and the coordinator must still see: the guards hide nothing of their own.
OWN_VIEWS = {
    "page chooser, in the intranet": (
        lambda w: f"/admin/choose-page/{w.intranet.pk}/",
        "narwal",
    ),
    "page chooser, chosen": (
        lambda w: "/admin/choose-page/chosen-multiple/" + _q(id=w.intranet.pk),
        "geheimwoord",
    ),
    "page chooser, search": (
        lambda w: "/admin/choose-page/search/" + _q(q="Narwal"),
        "binnenkamer",
    ),
    "explorer, the network": (lambda w: f"/admin/pages/{w.network_x.pk}/", "geheimwoord"),
    "explorer, the intranet": (lambda w: f"/admin/pages/{w.intranet.pk}/", "roodborst"),
    "page search": (lambda w: "/admin/pages/search/" + _q(q="Notulen"), "roodborst"),
    "bulk confirmation": (
        lambda w: "/admin/bulk/wagtailcore/page/delete/" + _q(id=_pages(w), childOf=w.network_x.pk),
        "okapi",
    ),
    "move confirmation": (
        lambda w: f"/admin/pages/{w.project_x.pk}/move/{w.intranet.pk}/confirm/",
        "geheimwoord",
    ),
    "page types usage": (lambda w: "/admin/reports/page-types-usage/", "roodborst"),
    "translations report": (lambda w: "/admin/localize/reports/translations/", "geheimwoord"),
    "documents": (lambda w: "/admin/documents/", "kemphaan"),
    "document chooser": (lambda w: "/admin/documents/chooser/", "kemphaan"),
    "document chosen": (
        lambda w: f"/admin/documents/chooser/chosen/{w.secret_file.pk}/",
        "kemphaan",
    ),
    "document bulk confirmation": (
        lambda w: "/admin/bulk/wagtaildocs/document/add_tags/" + _q(id=w.secret_file.pk),
        "kemphaan",
    ),
    "image chooser": (lambda w: "/admin/images/chooser/", "tafeleend"),
    "documents, tag filter": (lambda w: "/admin/documents/", "bergeend"),
    "images, tag filter": (lambda w: "/admin/images/", "tafeleend"),
    "tag autocomplete": (lambda w: "/admin/tag-autocomplete/" + _q(term="b"), "bergeend"),
    "image edit": (lambda w: f"/admin/images/{w.image.pk}/", "ooievaar"),
    "dashboard": (lambda w: "/admin/", "roodborst"),
    "page edit, its slug": (lambda w: f"/admin/pages/{w.child.pk}/edit/", "wulp"),
    "site history": (lambda w: "/admin/reports/site-history/", "geheimwoord"),
}


@pytest.mark.parametrize("role", ["editor_x", "coordinator"])
@pytest.mark.parametrize("view", OWN_VIEWS)
def test_own_closed_content_still_shows(browser, admin_world, role, view):
    url, word = OWN_VIEWS[view]
    url = url(admin_world)
    response = browser(role).get(url)
    assert response.status_code == 200, url
    assert word in secrets_in(_without_query_words(url, _shown(response))), url


@pytest.mark.parametrize(
    ("model", "parent", "shown"),
    [
        ("wagtailcore/page", "network_x", "Werkend leren"),
        ("wagtailcore/page", None, "Werkend leren"),
        ("wagtaildocs/document", None, "Verslag Diamond"),
    ],
)
def test_bulk_select_all_leaves_hidden_content_out(browser, admin_world, model, parent, shown):
    """ "Select all" of a listing (`id=all`, with its parent or a search) lists only what the
    editor may know of: X's public pages, none of its closed ones or private files."""
    params = {"id": "all", "q": shown.split()[1]} if parent is None else {"id": "all"}
    if parent is not None:
        params["childOf"] = getattr(admin_world, parent).pk
    client = browser("editor_y")
    response = client.get(f"/admin/bulk/{model}/delete/" + _q(**params))
    assert secrets_in(_shown(response)) == []
    assert response.status_code == 200
    assert shown in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/bulk/wagtailcore/page/delete/?id=abc",
        "/admin/bulk/wagtailcore/page/delete/?id=8&childOf=x",
        "/admin/choose-page/chosen-multiple/?id=1.5",
        "/admin/documents/chooser/chosen-multiple/?id=%27",
    ],
)
def test_bad_ids_are_refused_without_an_error(browser, admin_world, url):
    client = browser("editor_y")
    assert_refused(client.get(url))


def test_bulk_action_on_hidden_pages_is_refused(browser, admin_world):
    """Posting the bulk form itself (the confirmation page never shown) changes nothing."""
    w = admin_world
    url = "/admin/bulk/wagtailcore/page/unpublish/" + _q(id=w.child.pk, next="/admin/")
    client = browser("editor_y")
    response = client.post(url, {"include_descendants": "on"})
    assert_refused(response)
    w.child.refresh_from_db()
    assert w.child.live


@pytest.mark.parametrize(
    "url",
    [
        lambda w: f"/admin/localize/translate/{w.translation.pk}/pofile/download/",
        lambda w: f"/admin/localize/update/{w.translation_source.pk}/",
        lambda w: f"/admin/pages/{w.project_y.pk}/revisions/{w.revision_id}/view/",
        lambda w: f"/admin/pages/{w.project_y.pk}/workflow_history/detail/{w.workflow_state.pk}/",
        lambda w: (
            f"/admin/pages/workflow/collect_action_data/{w.project_y.pk}/approve/{w.task_state.pk}/"
        ),
    ],
    ids=["po file", "update translations", "revision", "workflow state", "task state"],
)
def test_what_belongs_to_a_hidden_page_is_refused_under_any_page(browser, admin_world, url):
    """A revision, workflow or task state or translation of X's closed page, asked for under
    one of Y's own pages or by its own id, is refused like the page itself."""
    assert_refused(browser("editor_y").get(url(admin_world)))


def test_x_editor_still_downloads_the_intranet_translation(browser, admin_world):
    url = f"/admin/localize/translate/{admin_world.translation.pk}/pofile/download/"
    response = browser("editor_x").get(url)
    assert response.status_code == 200
    assert "geheimwoord" in secrets_in(response.content.decode())


def test_the_coordinator_sees_the_promoted_intranet(browser, admin_world):
    """The promotions' screens do show a promoted closed page to a coordinator: the refusals
    of Y's editor above are what keeps it from them."""
    url = f"/admin/searchpicks/{admin_world.promotion_query.pk}/"
    response = browser("coordinator").get(url)
    assert response.status_code == 200
    assert "geheimwoord" in secrets_in(response.content.decode())
