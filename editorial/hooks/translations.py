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
the submit and review buttons.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path
from wagtail import hooks
from wagtail.models import Page

from editorial.views.translations import (
    convert_to_alias,
    edit_string_translation,
    translate_page,
    translation_publish_or_submit,
    update_translations,
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
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="dkc_convert_to_alias",
        ),
    ]


@hooks.register("before_edit_page", order=-1)
def publish_or_submit_translation(request: HttpRequest, page: Page) -> HttpResponse | None:
    """The translation editor's Publish, and our Submit for approval (as in Wagtail's editor)."""
    return translation_publish_or_submit(request, page)
