"""wagtail-localize's views held to the approval workflow: each guard applies the rules in
`editorial.selectors.translations` and hands over to wagtail-localize's own view (the URLs
are registered in editorial.hooks.translations, before wagtail-localize's)."""

from io import BytesIO

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
)
from wagtail_localize.views.convert import convert_to_alias as localize_convert_to_alias
from wagtail_localize.views.edit_translation import (
    edit_override as localize_edit_override,
)
from wagtail_localize.views.edit_translation import (
    edit_string_translation as localize_edit_string_translation,
)
from wagtail_localize.views.edit_translation import (
    machine_translate as localize_machine_translate,
)
from wagtail_localize.views.edit_translation import (
    restart_translation as localize_restart_translation,
)
from wagtail_localize.views.edit_translation import (
    stop_translation as localize_stop_translation,
)
from wagtail_localize.views.edit_translation import (
    upload_pofile as localize_upload_pofile,
)
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from editorial.selectors import translations as checks
from editorial.services import translations as services
from translations.services import string_translation_check

localize_translate_page = SubmitPageTranslationView.as_view()
localize_update_translations = UpdateTranslationsView.as_view()


def _error(request: HttpRequest, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


def translate_page(request: HttpRequest, page_id: int) -> HttpResponse:
    """ "Translate this page", for pages the user may edit, without copying parents."""
    page = get_object_or_404(Page, id=page_id).specific
    locale_ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
    locales = Locale.objects.filter(pk__in=locale_ids) if request.method == "POST" else []
    try:
        checks.page_translation_check(
            user=request.user,
            page=page,
            locales=locales,
            include_subtree=request.method == "POST"
            and forms.CheckboxInput().value_from_datadict(
                request.POST, request.FILES, "include_subtree"
            ),
        )
    except ValidationError as error:
        _error(request, error)
        return redirect(request.get_full_path())
    response = localize_translate_page(request, page_id=page_id)
    publisher = page.permissions_for_user(request.user).can_publish()
    if request.method == "POST" and response.status_code == 302 and not publisher:
        # wagtail-localize says "submitted for translation", which reads as if it were
        # submitted for approval (wagtail-localize#676): say what happens next.
        messages.info(
            request,
            _(
                "The translation is a draft. Translate the texts, then choose “Submit for "
                "approval”: it goes live once a DKC coordinator approves it."
            ),
        )
    return response


def update_translations(request: HttpRequest, translation_source_id: int) -> HttpResponse:
    """ "Sync translated pages": only the source's editors, publishing only by publishers,
    never into a translation in review (but by a coordinator); logged on each translation."""
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    publish = request.method == "POST" and forms.CheckboxInput().value_from_datadict(
        request.POST, request.FILES, "publish_translations"
    )
    try:
        checks.translation_update_check(user=request.user, source=source, publish=publish)
        if request.method == "POST":
            checks.translation_source_change_check(user=request.user, source=source)
    except ValidationError as error:
        _error(request, error)
        return redirect(request.get_full_path())
    response = localize_update_translations(request, translation_source_id=translation_source_id)
    if request.method == "POST" and response.status_code == 302:
        machine = forms.CheckboxInput().value_from_datadict(
            request.POST, request.FILES, "use_machine_translation"
        )
        for translation in source.translations.filter(enabled=True).select_related(
            "source", "target_locale"
        ):
            services.translation_change_log(
                translation=translation,
                user=request.user,
                action=services.SYNCED_LOG_ACTION,
                data={"published": bool(publish), "machine": bool(machine)},
            )
    return response


def convert_to_alias(request: HttpRequest, page_id: int) -> HttpResponse:
    """ "Convert to alias page" shows the Dutch text at once: for publishers only."""
    page = get_object_or_404(Page, id=page_id)
    if not checks.page_translation_can_convert_to_alias(user=request.user, page=page):
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        messages.error(
            request,
            _(
                "Only a DKC coordinator can turn a translation back into an alias of the Dutch "
                "page: the Dutch text would be published in its place at once."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return localize_convert_to_alias(request, page_id)


def _change_refusal(request: HttpRequest, translation: Translation) -> str | None:
    """Why `request.user` may not change what `translation` says now, if they may not
    (PermissionDenied if they may not edit its page at all)."""
    page = checks.translation_target_page(translation=translation)
    if page is None:
        return None
    try:
        checks.translation_change_check(user=request.user, page=page)
    except ValidationError as error:
        return " ".join(error.messages)
    return None


def _refused_form_post(request: HttpRequest, translation: Translation, message: str):
    """A form post of the translation editor refused: the message, back where it came from."""
    messages.error(request, message)
    next_url = get_valid_next_url_from_request(request)
    if next_url:
        return redirect(next_url)
    page = checks.translation_target_page(translation=translation)
    if page is None:
        return redirect("wagtailadmin_home")
    return redirect("wagtailadmin_pages:edit", page.pk)


def _put_value(request: HttpRequest) -> str | None:
    """The "value" of a PUT, as wagtail-localize's API reads it: the translation editor sends
    it as multipart form data (a FormData), other clients urlencoded."""
    if request.content_type == "multipart/form-data":
        try:
            data, _files = MultiPartParser(
                request.META, BytesIO(request.body), request.upload_handlers, request.encoding
            ).parse()
        except MultiPartParserError:
            return None
    else:
        data = QueryDict(request.body, encoding=request.encoding)
    return data.get("value")


def _changed_count(before: dict, after: dict) -> int:
    """How many texts differ between two `translation_strings` of one translation."""
    return sum(1 for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def _segment_values(segment: StringSegment | OverridableSegment) -> dict[str, str]:
    values = {"field": segment.context.path}
    if isinstance(segment, StringSegment):
        values["source"] = services.logged_text(segment.string.data)
    return values


def edit_string_translation(
    request: HttpRequest, translation_id: int, string_segment_id: int
) -> HttpResponse:
    """A text typed in the translation editor: not while the page is in review (the editor's
    XHR gets the reason as JSON), checked against its field before it is kept, and logged."""
    if request.method not in ("PUT", "DELETE"):
        return localize_edit_string_translation(
            request, translation_id=translation_id, string_segment_id=string_segment_id
        )
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), id=translation_id
    )
    segment = get_object_or_404(
        StringSegment.objects.select_related("context", "source", "string"),
        id=string_segment_id,
        context__object_id=translation.source.object_id,
    )
    refusal = _change_refusal(request, translation)
    if refusal:
        return JsonResponse({"error": refusal}, status=409)
    value = ""
    if request.method == "PUT":
        value = _put_value(request)
        if value is None:
            return JsonResponse({"error": _("Type a translation.")}, status=400)
        try:
            string_translation_check(segment=segment, value=value)
        except ValidationError as error:
            return JsonResponse({"error": " ".join(error.messages)}, status=400)
    response = localize_edit_string_translation(
        request, translation_id=translation_id, string_segment_id=string_segment_id
    )
    if response.status_code in (200, 201):
        if request.method == "PUT":
            action = services.STRING_EDITED_LOG_ACTION
            data = {**_segment_values(segment), "text": services.logged_text(value)}
        else:
            action, data = services.STRING_DELETED_LOG_ACTION, _segment_values(segment)
        services.translation_change_log(
            translation=translation, user=request.user, action=action, data=data
        )
    return response


def edit_override(
    request: HttpRequest, translation_id: int, overridable_segment_id: int
) -> HttpResponse:
    """An override (an image, a link, ... that differs in the translation): not while the page
    is in review, and logged."""
    if request.method not in ("PUT", "DELETE"):
        return localize_edit_override(
            request, translation_id=translation_id, overridable_segment_id=overridable_segment_id
        )
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), id=translation_id
    )
    segment = get_object_or_404(
        OverridableSegment.objects.select_related("context"),
        id=overridable_segment_id,
        context__object_id=translation.source.object_id,
    )
    refusal = _change_refusal(request, translation)
    if refusal:
        return JsonResponse({"error": refusal}, status=409)
    response = localize_edit_override(
        request, translation_id=translation_id, overridable_segment_id=overridable_segment_id
    )
    if response.status_code in (200, 201):
        action = (
            services.OVERRIDE_EDITED_LOG_ACTION
            if request.method == "PUT"
            else services.OVERRIDE_DELETED_LOG_ACTION
        )
        services.translation_change_log(
            translation=translation,
            user=request.user,
            action=action,
            data=_segment_values(segment),
        )
    return response


def _texts_changed_logged(request, translation, *, view, action: str, **data) -> HttpResponse:
    """Run wagtail-localize's `view`, then log how many texts it changed (if any)."""
    before = checks.translation_strings(translation=translation)
    response = view(request, translation_id=translation.pk)
    changed = _changed_count(before, checks.translation_strings(translation=translation))
    if changed:
        services.translation_change_log(
            translation=translation,
            user=request.user,
            action=action,
            data={"count": changed, **data},
        )
    return response


def upload_pofile(request: HttpRequest, translation_id: int) -> HttpResponse:
    """Texts imported from a PO file: not while the page is in review, and logged (how many)."""
    if request.method != "POST":
        return localize_upload_pofile(request, translation_id=translation_id)
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), id=translation_id
    )
    refusal = _change_refusal(request, translation)
    if refusal:
        return _refused_form_post(request, translation, refusal)
    if "file" not in request.FILES:
        return _refused_form_post(request, translation, _("Choose a PO file to upload."))
    try:
        checks.po_file_check(content=request.FILES["file"].read())
    except ValidationError as error:
        return _refused_form_post(request, translation, " ".join(error.messages))
    request.FILES["file"].seek(0)
    return _texts_changed_logged(
        request,
        translation,
        view=localize_upload_pofile,
        action=services.PO_UPLOADED_LOG_ACTION,
    )


def machine_translate(request: HttpRequest, translation_id: int) -> HttpResponse:
    """Machine translation of the texts not translated yet: not while the page is in review,
    and logged (how many, by which translator)."""
    if request.method != "POST":
        return localize_machine_translate(request, translation_id=translation_id)
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), id=translation_id
    )
    refusal = _change_refusal(request, translation)
    if refusal:
        return _refused_form_post(request, translation, refusal)
    translator = get_machine_translator()
    return _texts_changed_logged(
        request,
        translation,
        view=localize_machine_translate,
        action=services.MACHINE_TRANSLATED_LOG_ACTION,
        tool=str(translator.display_name) if translator else "",
    )


def stop_translation(request: HttpRequest, translation_id: int) -> HttpResponse:
    """ "Stop synced translation": not while the page is in review, and logged."""
    if request.method != "POST":
        return localize_stop_translation(request, translation_id=translation_id)
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), id=translation_id
    )
    refusal = _change_refusal(request, translation)
    if refusal:
        return _refused_form_post(request, translation, refusal)
    was_enabled = translation.enabled
    response = localize_stop_translation(request, translation_id=translation_id)
    if was_enabled:
        services.translation_change_log(
            translation=translation, user=request.user, action=services.STOPPED_LOG_ACTION
        )
    return response


def restart_translation(request: HttpRequest, page: Page) -> HttpResponse | None:
    """ "Start synced translation" in Wagtail's page editor (a POST to the edit view): not
    while the page is in review, and logged. None for any other request."""
    if request.method != "POST" or "localize-restart-translation" not in request.POST:
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=False
        )
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None:
        return None
    refusal = _change_refusal(request, translation)
    if refusal:
        messages.error(request, refusal)
        return redirect("wagtailadmin_pages:edit", page.pk)
    response = localize_restart_translation(request, translation, page)
    services.translation_change_log(
        translation=translation, user=request.user, action=services.RESTARTED_LOG_ACTION
    )
    return response


def translation_publish_or_submit(request: HttpRequest, page: Page) -> HttpResponse | None:
    """The translation editor's Publish, and our Submit for approval (as in Wagtail's editor)."""
    if request.method != "POST":
        return None
    publishing = request.POST.get("action") == "publish"
    submitting = "action-submit" in request.POST
    if not (publishing or submitting) or checks.page_translation_for(page=page) is None:
        return None
    try:
        if publishing:
            services.page_translation_publish(page=page, user=request.user)
        else:
            services.page_translation_submit(page=page, user=request.user)
    except ValidationError as error:
        _error(request, error)
    except PermissionDenied:
        if publishing and not page.permissions_for_user(request.user).can_publish():
            messages.error(
                request,
                _(
                    "Only a DKC coordinator can publish this translation. Choose “Submit for "
                    "approval”: it goes live once a coordinator approves it."
                ),
            )
        else:
            messages.error(
                request,
                _("This translation is locked, or it already awaits approval: try again later."),
            )
    else:
        page = Page.objects.get(pk=page.pk)
        title, language = page.get_admin_display_title(), page.locale.get_display_name()
        if submitting:
            messages.success(
                request,
                _("“%(title)s” in %(language)s has been submitted for approval.")
                % {"title": title, "language": language},
            )
        elif checks.page_translation_is_complete(page=page):
            messages.success(
                request,
                _("Published “%(title)s” in %(language)s.")
                % {"title": title, "language": language},
            )
        else:
            messages.warning(
                request,
                _("Published “%(title)s” in %(language)s; some texts are not translated yet.")
                % {"title": title, "language": language},
            )
    return redirect("wagtailadmin_pages:edit", page.pk)
