"""wagtail-localize's views held to the approval workflow: each guard applies the rules in
`editorial.selectors.translations` and hands over to wagtail-localize's own view (the URLs
are registered in editorial.hooks.translations, before wagtail-localize's)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.views.convert import convert_to_alias as localize_convert_to_alias
from wagtail_localize.views.edit_translation import (
    edit_string_translation as localize_edit_string_translation,
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
        checks.page_translation_check(user=request.user, page=page, locales=locales)
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
    """ "Sync translated pages": only the source's editors, publishing only by publishers."""
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    publish = request.method == "POST" and forms.CheckboxInput().value_from_datadict(
        request.POST, request.FILES, "publish_translations"
    )
    try:
        checks.translation_update_check(user=request.user, source=source, publish=publish)
    except ValidationError as error:
        _error(request, error)
        return redirect(request.get_full_path())
    return localize_update_translations(request, translation_source_id=translation_source_id)


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


def edit_string_translation(
    request: HttpRequest, translation_id: int, string_segment_id: int
) -> HttpResponse:
    """A text typed in the translation editor is checked against its field before it is kept."""
    if request.method == "PUT":
        segment = get_object_or_404(
            StringSegment.objects.select_related("context", "source"), id=string_segment_id
        )
        value = QueryDict(request.body, encoding=request.encoding).get("value", "")
        try:
            string_translation_check(segment=segment, value=value)
        except ValidationError as error:
            return JsonResponse({"error": " ".join(error.messages)}, status=400)
    return localize_edit_string_translation(
        request, translation_id=translation_id, string_segment_id=string_segment_id
    )


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
