"""wagtail-localize inside the approval workflow: a translation is a change like any other.

wagtail-localize lets anyone who may edit a page publish its translation from three views of
its own, checking at most its model permission "submit translation": "Translate this page"
(any page, and it copies missing parent pages as live aliases), "Sync translated pages" with
"Publish immediately", and "Convert to alias page". Their URLs are answered first by the
guards in `editorial.views.translations` (registered here before wagtail-localize's own, same
paths), which apply the rules in `editorial.selectors.translations` and hand over.

Its translation editor has a Publish button and no way to submit for approval: the POST
actions for both are answered in `before_edit_page`, before wagtail-localize's own hook, and
the editor's template (editorial/templates/wagtail_localize/admin/edit_translation.html) adds
the submit and review buttons, and shows a reviewer the submitted revision.

Wagtail's approval publishes the page's latest revision, and wagtail-localize changes a
translation's texts through views that ignore the workflow's lock (the string and override
API, PO upload, machine translation, sync, stop and restart). Each is guarded here: while a
translated page awaits approval, nobody but a coordinator changes what it says, so what is
approved is exactly what was submitted. Every change is logged on the translated page.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.utils.translation import get_language_info, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from editorial.services import translations as services
from editorial.views.translations import (
    convert_to_alias,
    edit_override,
    edit_string_translation,
    machine_translate,
    restart_translation,
    stop_translation,
    translate_page,
    translation_publish_or_submit,
    update_translations,
    upload_pofile,
)


# Wagtail adds the admin URLs of this hook in hook order: these come before wagtail-localize's.
@hooks.register("register_admin_urls", order=-1)
def guard_wagtail_localize_urls():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            translate_page,
            name="dkc_translate_page",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            update_translations,
            name="dkc_update_translations",
        ),
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            edit_string_translation,
            name="dkc_edit_string_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            edit_override,
            name="dkc_edit_override",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            upload_pofile,
            name="dkc_upload_pofile",
        ),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translate,
            name="dkc_machine_translate",
        ),
        path(
            "localize/translate/<int:translation_id>/disable/",
            stop_translation,
            name="dkc_stop_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="dkc_convert_to_alias",
        ),
    ]


@hooks.register("before_edit_page", order=-1)
def publish_or_submit_translation(request: HttpRequest, page: Page) -> HttpResponse | None:
    """The translation editor's Publish, and our Submit for approval (as in Wagtail's editor);
    and "Start synced translation", which wagtail-localize answers in this hook too."""
    return restart_translation(request, page) or translation_publish_or_submit(request, page)


def _language(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def _values(log_entry) -> dict[str, str]:
    data = log_entry.data or {}
    return {
        "language": _language(data.get("language", "")),
        "source_language": _language(data.get("source_language", "")),
        "field": data.get("field", ""),
        "source": data.get("source", ""),
        "text": data.get("text", ""),
        "tool": data.get("tool", ""),
    }


@hooks.register("register_log_actions")
def register_translation_log_actions(actions):
    @actions.register_action(services.STRING_EDITED_LOG_ACTION)
    class StringEditedFormatter(LogFormatter):
        label = _("Translation text changed")

        def format_message(self, log_entry) -> str:
            return gettext(
                "Translated “%(source)s” (%(field)s) into %(language)s: “%(text)s”"
            ) % _values(log_entry)

    @actions.register_action(services.STRING_DELETED_LOG_ACTION)
    class StringDeletedFormatter(LogFormatter):
        label = _("Translation text removed")

        def format_message(self, log_entry) -> str:
            return gettext(
                "Removed the %(language)s translation of “%(source)s” (%(field)s)"
            ) % _values(log_entry)

    @actions.register_action(services.OVERRIDE_EDITED_LOG_ACTION)
    class OverrideEditedFormatter(LogFormatter):
        label = _("Translation override changed")

        def format_message(self, log_entry) -> str:
            return gettext("Replaced %(field)s in the %(language)s version") % _values(log_entry)

    @actions.register_action(services.OVERRIDE_DELETED_LOG_ACTION)
    class OverrideDeletedFormatter(LogFormatter):
        label = _("Translation override removed")

        def format_message(self, log_entry) -> str:
            return gettext(
                "The %(language)s version shows %(field)s of the %(source_language)s page again"
            ) % _values(log_entry)

    @actions.register_action(services.PO_UPLOADED_LOG_ACTION)
    class PoUploadedFormatter(LogFormatter):
        label = _("Translation imported from a PO file")

        def format_message(self, log_entry) -> str:
            count = (log_entry.data or {}).get("count", 0)
            return ngettext(
                "Imported %(count)s %(language)s text from a PO file",
                "Imported %(count)s %(language)s texts from a PO file",
                count,
            ) % {**_values(log_entry), "count": count}

    @actions.register_action(services.MACHINE_TRANSLATED_LOG_ACTION)
    class MachineTranslatedFormatter(LogFormatter):
        label = _("Machine translation")

        def format_message(self, log_entry) -> str:
            count = (log_entry.data or {}).get("count", 0)
            return ngettext(
                "Machine-translated %(count)s text into %(language)s with %(tool)s",
                "Machine-translated %(count)s texts into %(language)s with %(tool)s",
                count,
            ) % {**_values(log_entry), "count": count}

    @actions.register_action(services.SYNCED_LOG_ACTION)
    class SyncedFormatter(LogFormatter):
        label = _("Translation synced")

        def format_message(self, log_entry) -> str:
            if (log_entry.data or {}).get("published"):
                message = gettext(
                    "Synced the %(language)s version with the %(source_language)s page and "
                    "published it"
                )
            else:
                message = gettext(
                    "Synced the %(language)s version with the %(source_language)s page"
                )
            return message % _values(log_entry)

    @actions.register_action(services.STOPPED_LOG_ACTION)
    class StoppedFormatter(LogFormatter):
        label = _("Synced translation stopped")

        def format_message(self, log_entry) -> str:
            return gettext(
                "Stopped syncing the %(language)s version with the %(source_language)s page"
            ) % _values(log_entry)

    @actions.register_action(services.RESTARTED_LOG_ACTION)
    class RestartedFormatter(LogFormatter):
        label = _("Synced translation restarted")

        def format_message(self, log_entry) -> str:
            return gettext(
                "Restarted syncing the %(language)s version with the %(source_language)s page"
            ) % _values(log_entry)
