"""A translation is a change like any other: a network editor's English page goes live only
when a DKC coordinator approves it.

Driven over HTTP through wagtail-localize's own views ("Translate this page", the translation
editor and its string API, "Sync translated pages", "Convert to alias page", machine
translation) and Wagtail's workflow actions, as a browser would. The English home and the
English network index exist (a coordinator translated them); everything else is made here.
"""

import json
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import resolve, reverse
from django.utils import translation
from wagtail.models import Locale, Page, PageLogEntry, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from access import roles
from editorial.selectors.translations import translation_change_check
from tests import worldcache
from tests.editorial.conftest import _build_world, world_pages_publish
from translations.services import page_translation_save

ENGLISH_AIM = "Works on a narrow CSR theme."
FIXED_AIM = "Works on learning at the workplace."
REJECTED_AIM = "Does things."
PROJECT_INTRO = "Pupils learn at the workplace."


class CommittingClient(Client):
    """A browser whose requests end as real ones do: what waits for the commit runs.

    wagtail-localize publishes in `transaction.on_commit`, which a test's transaction never
    reaches; without this a publication it makes would go unseen.
    """

    def __init__(self, capture_on_commit_callbacks, **defaults):
        super().__init__(**defaults)
        self.capture_on_commit_callbacks = capture_on_commit_callbacks

    def request(self, **request):
        with self.capture_on_commit_callbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def login(db, django_capture_on_commit_callbacks):
    def client_for(user) -> Client:
        client = CommittingClient(django_capture_on_commit_callbacks)
        client.force_login(user)
        return client

    return client_for


@worldcache.fixture
def english() -> SimpleNamespace:
    """The published world (`published_world`), with the English home and network index a
    coordinator translated; built once for consecutive tests that ask for it, translations
    included (tests/worldcache.py: wagtail-localize's sync is most of its cost)."""
    world = world_pages_publish(_build_world())
    world.en = Locale.objects.get(language_code="en")
    world.home_en = page_translation_save(page=world.home, strings={}, user=world.coordinator)
    world.networks_en = page_translation_save(
        page=world.network_x.get_parent(),
        strings={"title": "Networks", "slug": "networks"},
        user=world.coordinator,
    )
    return world


def _english(world, page) -> Page | None:
    translated = page.get_translation_or_none(world.en)
    return translated.specific if translated else None


def _translate(client: Client, page, locale: Locale, **extra):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": [locale.pk], **extra})


def _edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _put_strings(client: Client, page, strings: dict[str, str]) -> None:
    """Type translations into wagtail-localize's editor: its string API, per segment."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    segments = StringSegment.objects.filter(
        source=translation.source, context__path__in=list(strings)
    ).select_related("context")
    assert {segment.context.path for segment in segments} == set(strings)
    for segment in segments:
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url,
            urlencode({"value": strings[segment.context.path]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def _submit(client: Client, page):
    return client.post(_edit_url(page), {"action-submit": "action-submit"})


def _workflow_action(client: Client, page, action: str, comment: str = ""):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def _reader_sees(path: str) -> str:
    """The page as an anonymous reader gets it (a missing page may have a notice, not a 404)."""
    return Client().get(path).content.decode()


def _editor_props(client: Client, page) -> dict:
    """What wagtail-localize's translation editor (a React app) is given to show."""
    html = client.get(_edit_url(page)).content.decode()
    editor = BeautifulSoup(html, "html.parser").select_one(".js-translation-editor")
    return json.loads(editor["data-props"])


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def _logged_actions(page) -> list[tuple[str, str | None]]:
    return [
        (entry.action, entry.user.username if entry.user else None)
        for entry in PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
    ]


def _editor_translates_network(world, login) -> Page:
    """Editor X translates their network page into English and types the aim."""
    editor = login(world.editor_x)
    response = _translate(editor, world.network_x, world.en)
    assert response.status_code == 302
    english = _english(world, world.network_x)
    _put_strings(editor, english, {"aim": ENGLISH_AIM})
    return english


# --- The whole path: translate, submit, approve or reject. ------------------------------------


def test_a_network_editors_translation_is_live_only_after_the_coordinator_approves(
    english, login, mailoutbox
):
    world = english
    editor = login(world.editor_x)

    form = editor.get(
        reverse("wagtail_localize:submit_page_translation", args=[world.network_x.pk])
    )
    assert form.status_code == 200
    response = _translate(editor, world.network_x, world.en)

    page = _english(world, world.network_x)
    assert response.status_code == 302
    assert response.url == _edit_url(page)
    assert not page.live
    assert page.get_workflow().name == roles.WORKFLOW_NAME
    _put_strings(editor, page, {"aim": ENGLISH_AIM})
    html = editor.get(_edit_url(page)).content.decode()
    assert 'name="action-submit"' in html
    assert ENGLISH_AIM not in _reader_sees("/en/networks/tracer/")

    response = _submit(editor, page)

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.current_workflow_state.requested_by == world.editor_x
    assert page.get_latest_revision_as_object().aim == ENGLISH_AIM
    assert ENGLISH_AIM not in _reader_sees("/en/networks/tracer/")
    [to_coordinator] = mailoutbox
    assert to_coordinator.to == [world.coordinator.email]
    assert f"http://testserver{_edit_url(page)}" in to_coordinator.body
    mailoutbox.clear()
    # The editor waits; the coordinator gets the decision in the translation editor.
    assert 'name="action-submit"' not in editor.get(_edit_url(page)).content.decode()
    revisions = page.revisions.count()
    again = _submit(editor, page)
    assert again.status_code == 302
    assert page.revisions.count() == revisions
    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1
    coordinator = login(world.coordinator)
    review = coordinator.get(_edit_url(page)).content.decode()
    assert (
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", page.current_workflow_task_state.pk],
        )
        in review
    )

    response = _workflow_action(coordinator, page, "approve", "Fine.")

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    assert ENGLISH_AIM in _reader_sees(page.url)
    assert page.url == "/en/networks/tracer/"
    [to_editor] = mailoutbox
    assert to_editor.to == [world.editor_x.email]
    actions = _logged_actions(page)
    assert ("wagtail.workflow.start", "redacteur-tracer") in actions
    assert ("wagtail.workflow.approve", "coordinator") in actions
    assert ("wagtail.publish", "coordinator") in actions
    assert not any(
        user == "redacteur-tracer" for action, user in actions if action == "wagtail.publish"
    )


def test_a_rejected_translation_stays_offline_until_it_is_fixed_and_approved(
    english, login, mailoutbox
):
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    page = _editor_translates_network(world, login)
    _put_strings(editor, page, {"aim": REJECTED_AIM})
    _submit(editor, page)
    mailoutbox.clear()

    response = _workflow_action(coordinator, page, "reject", "Say what the network works on.")

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert REJECTED_AIM not in _reader_sees("/en/networks/tracer/")
    [to_editor] = mailoutbox
    assert to_editor.to == [world.editor_x.email]
    assert "Say what the network works on." in to_editor.body
    html = editor.get(_edit_url(page)).content.decode()
    assert "Say what the network works on." in html
    assert 'name="action-submit"' in html
    mailoutbox.clear()

    _put_strings(editor, page, {"aim": FIXED_AIM})
    response = _submit(editor, page)

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not page.live
    assert [message.to for message in mailoutbox] == [[world.coordinator.email]]

    _workflow_action(coordinator, page, "approve")

    html = _reader_sees("/en/networks/tracer/")
    assert FIXED_AIM in html
    assert REJECTED_AIM not in html


def test_a_new_version_of_a_live_translation_waits_for_approval_too(english, login):
    """wagtail-localize's own draft save writes the draft into the live page; ours does not."""
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    page = _editor_translates_network(world, login)
    _submit(editor, page)
    _workflow_action(coordinator, page, "approve")
    assert ENGLISH_AIM in _reader_sees("/en/networks/tracer/")

    _put_strings(editor, page, {"aim": FIXED_AIM, "slug": "tracer-network"})
    response = _submit(editor, page)

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    assert page.live
    assert page.slug == "tracer"
    html = _reader_sees("/en/networks/tracer/")
    assert ENGLISH_AIM in html
    assert FIXED_AIM not in html

    _workflow_action(coordinator, page, "approve")

    page.refresh_from_db()
    assert page.url == "/en/networks/tracer-network/"
    assert FIXED_AIM in _reader_sees(page.url)


def test_a_network_editor_translates_the_pages_below_their_network_page(english, login):
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    network_en = _editor_translates_network(world, login)
    _submit(editor, network_en)
    _workflow_action(coordinator, network_en, "approve")

    response = _translate(editor, world.project_x, world.en)

    project = _english(world, world.project_x)
    assert response.status_code == 302
    assert not project.live
    _put_strings(editor, project, {"intro": PROJECT_INTRO})
    _submit(editor, project)
    assert PROJECT_INTRO not in _reader_sees("/en/networks/tracer/werkend-leren/")
    _workflow_action(coordinator, project, "approve")
    assert PROJECT_INTRO in _reader_sees("/en/networks/tracer/werkend-leren/")


def test_a_whole_network_translated_at_once_is_all_draft(english, login):
    world = english
    editor = login(world.editor_x)

    response = _translate(editor, world.network_x, world.en, include_subtree="on")

    assert response.status_code == 302
    dutch = Page.objects.descendant_of(world.network_x, inclusive=True)
    english_pages = [_english(world, page) for page in dutch]
    assert None not in english_pages
    assert not any(page.live for page in english_pages)


def test_a_translated_text_too_long_for_its_field_is_refused_with_a_message(english, login):
    """wagtail-localize would keep a 300-character title and fail on saving the page (a 500 on
    PostgreSQL); the editor's input is refused with the field's message instead."""
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])

    response = editor.put(
        url,
        urlencode({"value": "Tracer " * 50}),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 400
    assert "255" in response.json()["error"]
    assert not StringTranslation.objects.filter(
        translation_of=segment.string, context=segment.context, locale=page.locale
    ).exists()
    _submit(editor, page)
    page = Page.objects.get(pk=page.pk)
    assert page.current_workflow_state is not None
    assert page.title == "Tracer"


# --- Every other way wagtail-localize would publish. ------------------------------------------


def test_the_translation_editors_publish_is_refused_to_a_network_editor(english, login):
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)

    response = editor.post(_edit_url(page), {"action": "publish"})

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    assert not page.live
    assert page.current_workflow_state is None
    assert ENGLISH_AIM not in _reader_sees("/en/networks/tracer/")
    [message] = _messages(response)
    assert "DKC" in message


def test_the_coordinator_publishes_directly_and_the_history_names_them(english, login):
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    page = _editor_translates_network(world, login)
    _submit(editor, page)

    response = coordinator.post(_edit_url(page), {"action": "publish"})

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    assert page.live
    assert ENGLISH_AIM in _reader_sees("/en/networks/tracer/")
    # Publishing cancels the submission, so no later approval can bring back an older text.
    assert page.current_workflow_state is None
    assert (
        WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_CANCELLED
    )
    assert ("wagtail.publish", "coordinator") in _logged_actions(page)


def test_sync_translated_pages_cannot_publish_for_a_network_editor(english, login, assert_refused):
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    page = _editor_translates_network(world, login)
    _submit(editor, page)
    _workflow_action(coordinator, page, "approve")
    live_revision = Page.objects.get(pk=page.pk).live_revision_id
    Page.objects.get(pk=world.network_x.pk).specific.save_revision().publish()
    source_id = Translation.objects.get(source__object_id=page.translation_key).source_id
    url = reverse("wagtail_localize:update_translations", args=[source_id])
    assert editor.get(url).status_code == 200
    assert_refused(login(world.editor_y).get(url))

    response = editor.post(url, {"publish_translations": "on"})

    assert response.status_code == 302
    assert response.url == url
    assert Page.objects.get(pk=page.pk).live_revision_id == live_revision
    assert "DKC" in _messages(response)[0]

    response = editor.post(url, {})

    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).live_revision_id == live_revision

    response = coordinator.post(url, {"publish_translations": "on"})

    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).live_revision_id != live_revision


def test_convert_to_alias_is_refused_to_a_network_editor(english, login):
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    page = _editor_translates_network(world, login)
    _submit(editor, page)
    _workflow_action(coordinator, page, "approve")
    url = reverse("wagtail_localize:convert_to_alias", args=[page.pk])

    for response in (editor.get(url), editor.post(url)):
        assert response.status_code == 302
        assert response.url == _edit_url(page)

    page = Page.objects.get(pk=page.pk)
    assert page.alias_of_id is None
    assert ENGLISH_AIM in _reader_sees("/en/networks/tracer/")
    assert coordinator.get(url).status_code == 200


def test_after_stopping_the_synced_translation_wagtails_editor_needs_approval_too(
    english, login, edit_form_data
):
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    translation = Translation.objects.get(source__object_id=page.translation_key)
    editor.post(
        reverse("wagtail_localize:stop_translation", args=[translation.pk]),
        {"next": _edit_url(page)},
    )

    data = edit_form_data(editor, page, aim="Edited by hand.")
    data["action-publish"] = "action-publish"
    editor.post(_edit_url(page), data)

    page = Page.objects.get(pk=page.pk).specific
    assert not page.live
    data["action-submit"] = "action-submit"
    del data["action-publish"]
    editor.post(_edit_url(page), data)
    assert Page.objects.get(pk=page.pk).current_workflow_state.status == "in_progress"


def test_machine_translation_is_optional_and_still_needs_approval(english, login, settings):
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    translation = Translation.objects.get(source__object_id=page.translation_key)
    # Without a provider the editor offers no machine translation, and nothing needs it.
    assert _editor_props(editor, page)["machineTranslator"] is None
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    assert _editor_props(editor, page)["machineTranslator"] is not None

    response = editor.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": _edit_url(page)},
    )

    assert response.status_code == 302
    assert StringTranslation.objects.filter(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE, locale=world.en
    ).exists()
    assert not Page.objects.get(pk=page.pk).live
    _submit(editor, page)
    page = Page.objects.get(pk=page.pk).specific
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


# --- Who may translate what. ------------------------------------------------------------------


def test_a_network_editor_cannot_translate_another_networks_page(english, login, assert_refused):
    world = english
    editor_y = login(world.editor_y)
    url = reverse("wagtail_localize:submit_page_translation", args=[world.network_x.pk])

    assert_refused(editor_y.get(url))
    assert_refused(_translate(editor_y, world.network_x, world.en))
    assert_refused(_translate(editor_y, world.theme, world.en))

    assert _english(world, world.network_x) is None
    assert _english(world, world.theme) is None


def test_a_network_editor_cannot_create_english_pages_outside_their_network(world, login):
    """Without an English network index, wagtail-localize would copy it (and the home) as live
    aliases; the editor is told to ask a coordinator instead."""
    english = Locale.objects.get(language_code="en")
    editor = login(world.editor_x)
    pages_before = Page.objects.count()

    response = _translate(editor, world.network_x, english)

    assert response.status_code == 302
    assert response.url == reverse(
        "wagtail_localize:submit_page_translation", args=[world.network_x.pk]
    )
    assert Page.objects.count() == pages_before
    assert not Page.objects.filter(locale=english).exists()
    [message] = _messages(response)
    assert world.network_x.get_parent().title in message


def test_a_coordinators_new_translation_of_a_live_page_is_a_draft(english, login):
    world = english
    coordinator = login(world.coordinator)

    response = _translate(coordinator, world.theme.get_parent(), world.en)

    assert response.status_code == 302
    themes_en = _english(world, world.theme.get_parent())
    assert world.theme.get_parent().live
    assert not themes_en.live


def test_the_english_home_comes_under_the_approval_workflow_when_it_is_created(
    published_world, login
):
    world = published_world
    english = Locale.objects.get(language_code="en")

    response = _translate(login(world.coordinator), world.home, english)

    assert response.status_code == 302
    home_en = world.home.get_translation(english)
    assert home_en.workflowpage.workflow.name == roles.WORKFLOW_NAME
    theme_index_en = page_translation_save(page=world.theme.get_parent(), strings={}, publish=False)
    assert theme_index_en.get_workflow().name == roles.WORKFLOW_NAME


def test_wagtail_localizes_urls_reach_the_guards_first():
    """If an upgrade of wagtail-localize moves these URLs, the guards must move with them."""
    for name, guard in [
        ("submit_page_translation", "dkc_translate_page"),
        ("update_translations", "dkc_update_translations"),
        ("convert_to_alias", "dkc_convert_to_alias"),
        ("upload_pofile", "dkc_upload_pofile"),
        ("machine_translate", "dkc_machine_translate"),
        ("stop_translation", "dkc_stop_translation"),
    ]:
        assert resolve(reverse(f"wagtail_localize:{name}", args=[1])).url_name == guard
    for name, guard in [
        ("edit_string_translation", "dkc_edit_string_translation"),
        ("edit_override", "dkc_edit_override"),
    ]:
        assert resolve(reverse(f"wagtail_localize:{name}", args=[1, 2])).url_name == guard


def test_the_machine_translator_is_configured_only_with_a_deepl_key(monkeypatch):
    import importlib

    from cms.settings import base

    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    try:
        assert not hasattr(importlib.reload(base), "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
        monkeypatch.setenv("DEEPL_API_KEY", "secret:fx")
        assert importlib.reload(base).WAGTAILLOCALIZE_MACHINE_TRANSLATOR == {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "secret:fx"},
        }
        assert base.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
    finally:
        monkeypatch.delenv("DEEPL_API_KEY", raising=False)
        importlib.reload(base)


# --- What the coordinator approves is what was submitted (#17 item 1). ------------------------
#
# Wagtail's approval publishes the page's latest revision, and wagtail-localize changes a
# translation's texts through views that ignore the workflow's lock. While a translation
# awaits approval its texts are locked for everyone but the coordinators.

SNEAKED_AIM = "Sells things nobody reviewed."


def _translation(page) -> Translation:
    return Translation.objects.select_related("source", "target_locale").get(
        source__object_id=page.translation_key, target_locale=page.locale
    )


def _segment(page, path: str) -> StringSegment:
    return StringSegment.objects.get(source=_translation(page).source, context__path=path)


def _string_url(page, path: str) -> str:
    return reverse(
        "wagtail_localize:edit_string_translation",
        args=[_translation(page).pk, _segment(page, path).pk],
    )


def _put(client: Client, url: str, value: str):
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def _english_aim(page) -> str:
    return StringTranslation.objects.get(
        translation_of=_segment(page, "aim").string, context__path="aim", locale=page.locale
    ).data


def _po_file(client: Client, page, **strings: str):
    """The translation's PO file, as "Download PO file" gives it, with `strings` (by context
    path) translated: what a translator sends back through "Upload PO file"."""
    import polib
    from django.core.files.uploadedfile import SimpleUploadedFile

    download = reverse("wagtail_localize:download_pofile", args=[_translation(page).pk])
    response = client.get(download)
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    for entry in po:
        if entry.msgctxt in strings:
            entry.msgstr = strings[entry.msgctxt]
    return SimpleUploadedFile("tracer-en.po", str(po).encode(), "text/x-gettext-translation")


def _in_review(user, page) -> str:
    """The refusal `user` gets for a page in review, in their (Dutch) admin."""
    with translation.override("nl"), pytest.raises(ValidationError) as refusal:
        translation_change_check(user=user, page=page)
    assert refusal.value.code == "in_review"
    return " ".join(refusal.value.messages)


def _submitted_network(world, login) -> Page:
    """Editor X's English network page, submitted with ENGLISH_AIM: in review."""
    page = _editor_translates_network(world, login)
    _submit(login(world.editor_x), page)
    page = Page.objects.get(pk=page.pk).specific
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    return page


def test_wagtails_approval_publishes_the_latest_revision_not_the_submitted_one(english, login):
    """Why the texts must not change in review: a revision saved after the submission is what
    the approval publishes (wagtail.workflows.publish_workflow_state)."""
    world = english
    page = _submitted_network(world, login)
    submitted = page.current_workflow_task_state.revision
    later = page.get_latest_revision_as_object()
    later.aim = SNEAKED_AIM
    latest = later.save_revision(user=world.coordinator)

    _workflow_action(login(world.coordinator), page, "approve")

    page = Page.objects.get(pk=page.pk)
    assert page.live_revision_id == latest.pk != submitted.pk
    assert SNEAKED_AIM in _reader_sees("/en/networks/tracer/")


def test_a_submitted_translation_cannot_be_changed_by_its_editor_and_goes_live_as_submitted(
    english, login, settings
):
    world = english
    editor = login(world.editor_x)
    page = _submitted_network(world, login)
    submitted_revision = page.current_workflow_task_state.revision_id
    translation = _translation(page)
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    StringTranslation.objects.filter(
        context__object_id=page.translation_key, context__path="title", locale=world.en
    ).delete()  # one text left for the machine translator to fill in
    po_file = _po_file(editor, page, aim=SNEAKED_AIM)
    logged = PageLogEntry.objects.filter(page=page).count()
    refusal = _in_review(world.editor_x, page)

    # The string API the translation editor calls: a clear JSON error, nothing kept.
    for response in (
        _put(editor, _string_url(page, "aim"), SNEAKED_AIM),
        editor.delete(_string_url(page, "aim")),
    ):
        assert response.status_code == 409
        assert response.json() == {"error": refusal}
    # The form posts of the translation editor: a message, back to the editor.
    next_url = {"next": _edit_url(page)}
    for url, data in [
        ("wagtail_localize:upload_pofile", {**next_url, "file": po_file}),
        ("wagtail_localize:machine_translate", next_url),
        ("wagtail_localize:stop_translation", next_url),
    ]:
        response = editor.post(reverse(url, args=[translation.pk]), data)
        assert response.status_code == 302, url
        assert response.url == _edit_url(page)
        assert refusal in _messages(response), url
    # "Sync translated pages" of the Dutch page, after it changed.
    world.network_x.aim = "Werkt aan iets anders."
    world.network_x.save_revision().publish()
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    response = editor.post(sync, {})
    assert response.status_code == 302
    assert response.url == sync
    assert refusal in _messages(response)

    assert _english_aim(page) == ENGLISH_AIM
    assert not StringTranslation.objects.filter(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE, locale=world.en
    ).exists()
    assert Translation.objects.get(pk=translation.pk).enabled
    assert (
        not _translation(page)
        .source.stringsegment_set.filter(string__data="Werkt aan iets anders.")
        .exists()
    )
    assert PageLogEntry.objects.filter(page=page).count() == logged
    page = Page.objects.get(pk=page.pk).specific
    assert page.get_latest_revision().pk == submitted_revision
    # The editor's screen says so, and its editor is read-only.
    html = BeautifulSoup(editor.get(_edit_url(page)).content.decode(), "html.parser")
    assert html.select_one("#dkc-texts-locked") is not None
    assert html.select_one("#dkc-reviewer-changes") is None
    assert _editor_props(editor, page)["object"]["isLocked"] is True

    _workflow_action(login(world.coordinator), page, "approve")

    page = Page.objects.get(pk=page.pk)
    assert page.live_revision_id == submitted_revision
    html = _reader_sees("/en/networks/tracer/")
    assert ENGLISH_AIM in html
    assert SNEAKED_AIM not in html


def test_translating_the_pages_below_cannot_rewrite_a_translation_in_review(english, login):
    """ "Translate this page" with the pages below it rewrites their existing translations
    (wagtail-localize's TranslationCreator saves every target again)."""
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    network_en = _editor_translates_network(world, login)
    _submit(editor, network_en)
    _workflow_action(coordinator, network_en, "approve")
    _translate(editor, world.project_x, world.en)
    project = _english(world, world.project_x)
    _put_strings(editor, project, {"intro": PROJECT_INTRO})
    _submit(editor, project)
    submitted = Page.objects.get(pk=project.pk).current_workflow_task_state.revision_id
    # The English network page becomes an alias again: "Translate this page" is offered.
    coordinator.post(reverse("wagtail_localize:convert_to_alias", args=[network_en.pk]))
    assert Page.objects.get(pk=network_en.pk).alias_of_id == world.network_x.pk

    refusal = _in_review(world.editor_x, project)

    response = _translate(editor, world.network_x, world.en, include_subtree="on")

    assert response.status_code == 302
    assert refusal in _messages(response)
    assert Page.objects.get(pk=project.pk).get_latest_revision().pk == submitted
    assert Page.objects.get(pk=network_en.pk).alias_of_id == world.network_x.pk


def test_a_translation_locked_in_wagtail_is_not_changed_by_others_either(english, login):
    """Wagtail's own lock (the page's "Lock" action) is ignored by wagtail-localize's views."""
    from django.utils import timezone

    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    Page.objects.filter(pk=page.pk).update(
        locked=True, locked_by=world.coordinator, locked_at=timezone.now()
    )
    with translation.override("nl"), pytest.raises(ValidationError) as refusal:
        translation_change_check(user=world.editor_x, page=Page.objects.get(pk=page.pk))
    assert refusal.value.code == "locked"

    response = _put(editor, _string_url(page, "aim"), SNEAKED_AIM)

    assert response.status_code == 409
    assert response.json() == {"error": " ".join(refusal.value.messages)}
    assert _english_aim(page) == ENGLISH_AIM


def test_a_coordinator_may_still_change_the_texts_of_a_translation_in_review(english, login):
    world = english
    coordinator = login(world.coordinator)
    page = _submitted_network(world, login)

    response = _put(coordinator, _string_url(page, "aim"), FIXED_AIM)

    assert response.status_code == 200
    assert _english_aim(page) == FIXED_AIM
    assert _editor_props(coordinator, page)["object"]["isLocked"] is False
    html = BeautifulSoup(coordinator.get(_edit_url(page)).content.decode(), "html.parser")
    assert html.select_one("#dkc-reviewer-changes") is not None
    assert html.select_one("#dkc-texts-locked") is None


def test_the_coordinator_reviews_the_submitted_revision_and_its_difference_from_the_live_page(
    english, login
):
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    page = _submitted_network(world, login)
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    preview = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, task_state.revision_id])
    review = coordinator.get(_edit_url(page)).content.decode()
    panel = BeautifulSoup(review, "html.parser").select_one("#dkc-submitted-revision")
    assert [link["href"] for link in panel.select("a")] == [preview]  # nothing live to compare
    response = coordinator.get(preview)
    assert response.status_code == 200
    assert ENGLISH_AIM in response.content.decode()
    _workflow_action(coordinator, page, "approve")

    # A new version of the live translation: the preview and the comparison with live.
    _put_strings(editor, page, {"aim": FIXED_AIM})
    _submit(editor, page)
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    preview = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, task_state.revision_id])
    compare = reverse(
        "wagtailadmin_pages:revisions_compare", args=[page.pk, "live", task_state.revision_id]
    )
    review = coordinator.get(_edit_url(page)).content.decode()
    panel = BeautifulSoup(review, "html.parser").select_one("#dkc-submitted-revision")
    links = [link["href"] for link in panel.select("a")]
    assert preview in links
    assert compare in links
    response = coordinator.get(preview)
    assert response.status_code == 200
    assert FIXED_AIM in response.content.decode()
    response = coordinator.get(compare)
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert [span.text for span in html.select(".deletion")] == ["a narrow CSR theme."]
    assert [span.text for span in html.select(".addition")] == ["learning at the workplace."]


# --- Every change to what a translation says is in the page's history (#17 item 10). --------


def _log_entries(page, action: str) -> list[PageLogEntry]:
    return list(PageLogEntry.objects.filter(page=page, action=action).order_by("pk"))


def _message(entry: PageLogEntry) -> str:
    with translation.override("en"):
        return f"{entry.formatter.label}: {entry.message}"


def test_string_edits_and_removals_are_logged_on_the_translated_page(english, login):
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)

    [typed] = _log_entries(page, "dkc.translation_string_edit")
    assert typed.user == world.editor_x
    assert typed.data["field"] == "aim"
    assert typed.data["language"] == "en"
    assert _message(typed) == (
        f"Translation text changed: Translated “{world.network_x.aim}” (aim) into English: "
        f"“{ENGLISH_AIM}”"
    )

    response = editor.delete(_string_url(page, "aim"))

    assert response.status_code == 200
    [removed] = _log_entries(page, "dkc.translation_string_delete")
    assert removed.user == world.editor_x
    assert _message(removed) == (
        f"Translation text removed: Removed the English translation of “{world.network_x.aim}” "
        "(aim)"
    )
    # The page's history shows them, in the coordinator's (Dutch) admin.
    history = login(world.coordinator).get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    with translation.override("nl"):
        message = PageLogEntry.objects.get(pk=typed.pk).message
    assert message.startswith(f"“{world.network_x.aim}” (aim) vertaald in het Engels")
    assert message in history.content.decode()


def test_the_translation_editors_multipart_put_is_checked_and_logged_like_any_other(english, login):
    """The translation editor (a React app) sends a text as FormData: multipart, not
    urlencoded. The field's length check and the log read it as wagtail-localize does."""
    from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)

    def put(path: str, value: str):
        body = encode_multipart(BOUNDARY, {"value": value})
        return editor.put(_string_url(page, path), body, content_type=MULTIPART_CONTENT)

    too_long = put("title", "Tracer " * 50)
    typed = put("aim", FIXED_AIM)

    assert too_long.status_code == 400
    assert "255" in too_long.json()["error"]
    assert typed.status_code == 200
    assert _english_aim(page) == FIXED_AIM
    assert _log_entries(page, "dkc.translation_string_edit")[-1].data["text"] == FIXED_AIM


def test_overrides_are_logged_on_the_translated_page(english, login, media_root):
    from wagtail_localize.models import OverridableSegment

    from tests.factories import ImageFactory

    world = english
    world.network_x.listing_image = ImageFactory()
    world.network_x.save_revision().publish()
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    english_image = ImageFactory()
    segment = OverridableSegment.objects.get(
        source=_translation(page).source, context__path="listing_image"
    )
    url = reverse("wagtail_localize:edit_override", args=[_translation(page).pk, segment.pk])

    response = _put(editor, url, str(english_image.pk))

    assert response.status_code == 201
    [replaced] = _log_entries(page, "dkc.translation_override_edit")
    assert replaced.user == world.editor_x
    assert _message(replaced) == (
        "Translation override changed: Replaced listing_image in the English version"
    )

    response = editor.delete(url)

    assert response.status_code == 200
    [restored] = _log_entries(page, "dkc.translation_override_delete")
    assert _message(restored) == (
        "Translation override removed: The English version shows listing_image of the Dutch "
        "page again"
    )


def test_a_po_file_upload_is_logged_with_how_many_texts_it_changed(english, login):
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    po_file = _po_file(editor, page, aim=FIXED_AIM, title="Tracer network")

    response = editor.post(
        reverse("wagtail_localize:upload_pofile", args=[_translation(page).pk]),
        {"file": po_file, "next": _edit_url(page)},
    )

    assert response.status_code == 302
    assert _english_aim(page) == FIXED_AIM
    [uploaded] = _log_entries(page, "dkc.translation_po_upload")
    assert uploaded.user == world.editor_x
    assert uploaded.data["count"] == 2
    assert _message(uploaded) == (
        "Translation imported from a PO file: Imported 2 English texts from a PO file"
    )


def test_a_po_upload_without_a_file_is_a_message_not_an_error(english, login):
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)

    response = editor.post(
        reverse("wagtail_localize:upload_pofile", args=[_translation(page).pk]),
        {"next": _edit_url(page)},
    )

    assert response.status_code == 302
    assert response.url == _edit_url(page)
    assert len(_messages(response)) == 1
    assert _log_entries(page, "dkc.translation_po_upload") == []


def test_a_po_file_of_another_tool_is_a_message_not_an_error(english, login):
    """wagtail-localize reads the translation's ID from the PO file's header without checking
    that it is there: a 500 for any other PO file."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    foreign = SimpleUploadedFile("other.po", f'msgid "aim"\nmsgstr "{SNEAKED_AIM}"\n'.encode())

    response = editor.post(
        reverse("wagtail_localize:upload_pofile", args=[_translation(page).pk]),
        {"file": foreign, "next": _edit_url(page)},
    )

    assert response.status_code == 302
    assert response.url == _edit_url(page)
    assert len(_messages(response)) == 1
    assert _english_aim(page) == ENGLISH_AIM
    assert _log_entries(page, "dkc.translation_po_upload") == []


def test_a_text_put_without_a_value_is_a_json_error_not_a_500(english, login):
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)

    response = editor.put(
        _string_url(page, "aim"), "", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 400
    assert response.json()["error"]
    assert _english_aim(page) == ENGLISH_AIM


def test_machine_translation_is_logged_with_how_many_texts_and_the_translator(
    english, login, settings
):
    world = english
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    untranslated = StringSegment.objects.filter(source=_translation(page).source).count() - 1

    editor.post(
        reverse("wagtail_localize:machine_translate", args=[_translation(page).pk]),
        {"next": _edit_url(page)},
    )

    [machine] = _log_entries(page, "dkc.translation_machine")
    assert machine.user == world.editor_x
    assert machine.data["count"] == untranslated
    assert machine.data["tool"].startswith("Dummy")  # its name in the editor's language
    assert _message(machine) == (
        f"Machine translation: Machine-translated {untranslated} texts into English with "
        f"{machine.data['tool']}"
    )


def test_stopping_and_restarting_the_synced_translation_are_logged(english, login):
    world = english
    editor = login(world.editor_x)
    page = _editor_translates_network(world, login)
    translation_pk = _translation(page).pk

    editor.post(
        reverse("wagtail_localize:stop_translation", args=[translation_pk]),
        {"next": _edit_url(page)},
    )
    response = editor.post(_edit_url(page), {"localize-restart-translation": "1"})

    assert response.status_code == 302
    assert Translation.objects.get(pk=translation_pk).enabled
    [stopped] = _log_entries(page, "dkc.translation_stop")
    [restarted] = _log_entries(page, "dkc.translation_restart")
    assert stopped.user == restarted.user == world.editor_x
    assert _message(stopped) == (
        "Synced translation stopped: Stopped syncing the English version with the Dutch page"
    )
    assert _message(restarted) == (
        "Synced translation restarted: Restarted syncing the English version with the Dutch page"
    )


def test_restarting_the_synced_translation_is_refused_while_the_page_is_in_review(
    english, login, edit_form_data
):
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    page = _editor_translates_network(world, login)
    translation_pk = _translation(page).pk
    editor.post(
        reverse("wagtail_localize:stop_translation", args=[translation_pk]),
        {"next": _edit_url(page)},
    )
    data = edit_form_data(editor, page)
    data["action-submit"] = "action-submit"
    editor.post(_edit_url(page), data)
    page = Page.objects.get(pk=page.pk).specific
    refusal = _in_review(world.editor_x, page)

    response = editor.post(_edit_url(page), {"localize-restart-translation": "1"})

    assert response.status_code == 302
    assert refusal in _messages(response)
    assert not Translation.objects.get(pk=translation_pk).enabled
    assert _log_entries(page, "dkc.translation_restart") == []
    coordinator.post(_edit_url(page), {"localize-restart-translation": "1"})
    assert Translation.objects.get(pk=translation_pk).enabled


def test_a_sync_from_the_dutch_page_is_logged_on_the_translation(english, login):
    world = english
    editor, coordinator = login(world.editor_x), login(world.coordinator)
    page = _editor_translates_network(world, login)
    sync = reverse("wagtail_localize:update_translations", args=[_translation(page).source_id])

    editor.post(sync, {})
    _submit(editor, page)
    _workflow_action(coordinator, page, "approve")
    coordinator.post(sync, {"publish_translations": "on"})

    synced, published = _log_entries(page, "dkc.translation_sync")
    assert (synced.user, published.user) == (world.editor_x, world.coordinator)
    assert _message(synced) == (
        "Translation synced: Synced the English version with the Dutch page"
    )
    assert _message(published) == (
        "Translation synced: Synced the English version with the Dutch page and published it"
    )


# --- The translation editor as the editor and the coordinator use it (#18 item 9). ------------


def test_the_editors_footer_submits_for_approval_and_offers_nothing_they_would_be_refused(
    english, login
):
    world = english
    page = _editor_translates_network(world, login)
    editor = login(world.editor_x)

    props = _editor_props(editor, page)
    html = editor.get(_edit_url(page)).content.decode()
    footer = BeautifulSoup(html, "html.parser").select_one("#dkc-editor-footer")

    assert props["perms"]["canDelete"] is False
    assert props["perms"]["canPublish"] is False
    assert props["links"]["convertToAliasUrl"] is None
    assert props["links"]["deleteUrl"] is None
    button = footer.select_one("button[name=action-submit]")
    assert button.get_text(strip=True) == "Ter goedkeuring indienen"
    assert footer.select_one("a[href*='preview']") is not None
    # The coordinator keeps wagtail-localize's own footer, with Publish.
    coordinator = login(world.coordinator)
    assert _editor_props(coordinator, page)["perms"]["canPublish"] is True
    assert "dkc-editor-footer" not in coordinator.get(_edit_url(page)).content.decode()


def test_after_approving_the_coordinator_is_told_and_nothing_is_left_to_submit(english, login):
    world = english
    page = _editor_translates_network(world, login)
    editor = login(world.editor_x)
    _submit(editor, page)
    coordinator = login(world.coordinator)
    html = coordinator.get(_edit_url(page)).content.decode()
    approve = BeautifulSoup(html, "html.parser").select_one(
        "#dkc-translation-approval form[action*='/approve/']"
    )
    data = {field["name"]: field.get("value", "") for field in approve.select("input[name]")}

    response = coordinator.post(approve["action"], data, follow=True)

    content = response.content.decode()
    assert response.redirect_chain[-1][0].endswith("?decided=approved")
    assert "Goedgekeurd: deze vertaling staat online in het Engels." in content
    soup = BeautifulSoup(editor.get(_edit_url(page)).content.decode(), "html.parser")
    assert soup.select("button[name=action-submit]") == []


def test_the_editors_english_only_texts_are_given_in_the_admins_language(english, login):
    world = english
    page = _editor_translates_network(world, login)

    html = login(world.editor_x).get(_edit_url(page)).content.decode()
    texts = json.loads(
        BeautifulSoup(html, "html.parser").select_one("#dkc-editor-texts").get_text()
    )

    assert texts["Nederlands to Engels translation"] == "Vertaling van Nederlands naar Engels"
    assert texts["More actions"] == "Meer acties"
    assert texts["Publiceer inEngels"] == "Publiceren in het Engels"
