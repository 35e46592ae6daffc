"""The admin never names another network's closed pages or private files to an editor.

Wagtail's listings and choosers are filtered by hooks (editorial/hooks/closed_areas.py), but
many admin views take a page, document, image or collection by id, in the URL or as `?id=`
(bulk-action confirmations, the choosers' "chosen" views, move confirmations, ...), and
show its title before or without any permission check. This middleware refuses every such
request as Wagtail refuses a page one may not edit (to the dashboard, "no permission") when
an id names something `access.rules` hides from the user, narrows a bulk action's "select
all" to what the user may know of, and hands the reports that list pages of every network
(page types usage, wagtail-localize's translations) to versions that leave hidden pages out.
tests/closedareas/test_admin_leaks.py enumerates the admin's URL patterns, so a new one that
names content is checked.
"""

from collections.abc import Callable, Iterable

from django.apps import apps
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision, TaskState, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from access.rules import (
    closed_collections_hidden_from,
    closed_pages_hidden_from,
    media_admin_visible,
    pages_admin_visible,
    user_is_coordinator,
)
from editorial.views import closed_areas

PAGE, DOCUMENT, IMAGE, COLLECTION = "page", "document", "image", "collection"
# Things that belong to one page: a revision, a workflow's or task's state, a translation.
REVISION, WORKFLOW_STATE, TASK_STATE = "revision", "workflow_state", "task_state"
TRANSLATION, TRANSLATION_SOURCE = "translation", "translation_source"

# URL arguments that name a page, a document, an image or a collection, or something of one
# page, in every admin view.
ARGUMENT_KINDS = {
    "page_id": PAGE,
    "parent_page_id": PAGE,
    "page_to_move_id": PAGE,
    "destination_id": PAGE,
    "page_pk": PAGE,
    "document_id": DOCUMENT,
    "doc_id": DOCUMENT,
    "image_id": IMAGE,
    "collection_id": COLLECTION,
    "revision_id": REVISION,
    "workflow_state_id": WORKFLOW_STATE,
    "task_state_id": TASK_STATE,
    "translation_id": TRANSLATION,
    "translation_source_id": TRANSLATION_SOURCE,
}
# Views whose `pk` argument names one of them.
PK_KINDS = {
    "wagtailadmin_pages:revisions_compare": PAGE,
    "wagtailadmin_api:pages:detail": PAGE,
    "wagtailadmin_api:pages:action": PAGE,
    "wagtailadmin_api:documents:detail": DOCUMENT,
    "wagtaildocs_chooser:chosen": DOCUMENT,
    "wagtailadmin_api:images:detail": IMAGE,
    "wagtailimages_chooser:chosen": IMAGE,
    "wagtailadmin_collections:edit": COLLECTION,
    "wagtailadmin_collections:delete": COLLECTION,
}
# Views whose `?id=` query parameters name them.
ID_KINDS = {
    "wagtailadmin_choose_page_chosen_multiple": PAGE,
    "wagtailadmin_api:pages:find": PAGE,
    "wagtaildocs_chooser:chosen_multiple": DOCUMENT,
    "wagtailadmin_api:documents:find": DOCUMENT,
    "wagtailimages_chooser:chosen_multiple": IMAGE,
    "wagtailadmin_api:images:find": IMAGE,
}
# Query parameters that name a parent page in any admin view (explorer, admin API).
PAGE_QUERY_ARGUMENTS = ("childOf", "child_of", "descendant_of")
BULK_ACTION = "wagtail_bulk_action"

# Views that list pages or tags of every network, in versions that leave hidden ones out; a
# class is made with the initkwargs Wagtail's URL gave its own view.
REPLACED_VIEWS: dict[str, type | Callable] = {
    "wagtailadmin_reports:page_types_usage": closed_areas.PageTypesUsageReportView,
    "wagtailadmin_reports:page_types_usage_results": closed_areas.PageTypesUsageReportView,
    "wagtail_localize:translations_report": closed_areas.TranslationsReportView,
    "wagtail_localize:translations_report_results": closed_areas.TranslationsReportView,
    "wagtaildocs:index": closed_areas.DocumentsIndexView,
    "wagtaildocs:index_results": closed_areas.DocumentsIndexView,
    "wagtailimages:index": closed_areas.ImagesIndexView,
    "wagtailimages:index_results": closed_areas.ImagesIndexView,
    "wagtailimages_chooser:choose": closed_areas.ImageChooseView,
    "wagtailadmin_tag_autocomplete": closed_areas.tag_autocomplete,
    "wagtailadmin_tag_model_autocomplete": closed_areas.tag_autocomplete,
}

# Replaced for the coordinator too: wagtail-localize's translations report has no order, so
# its pages could repeat or skip a translation (ours lists the newest first).
FOR_EVERYONE = {
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
}


def _replacement(view_name: str, view_func: Callable) -> Callable | None:
    replacement = REPLACED_VIEWS.get(view_name)
    if isinstance(replacement, type):
        return replacement.as_view(**getattr(view_func, "view_initkwargs", {}))
    return replacement


def _ids(values: Iterable) -> list[int] | None:
    """The values as ids; None when one is not a number (refused like a hidden one)."""
    ids = []
    for value in values:
        try:
            ids.append(int(value))
        except (TypeError, ValueError):
            return None
    return ids


def _page_ids_of(*, kind: str, ids: list[int]) -> list[str]:
    """The ids of the pages the revisions, workflow or task states, or translations belong to."""
    page_type = ContentType.objects.get_for_model(Page)
    if kind == REVISION:
        rows = Revision.objects.filter(pk__in=ids, base_content_type=page_type)
        return list(rows.values_list("object_id", flat=True))
    if kind == WORKFLOW_STATE:
        rows = WorkflowState.objects.filter(pk__in=ids, base_content_type=page_type)
        return list(rows.values_list("object_id", flat=True))
    if kind == TASK_STATE:
        rows = TaskState.objects.filter(pk__in=ids, workflow_state__base_content_type=page_type)
        return list(rows.values_list("workflow_state__object_id", flat=True))
    sources = TranslationSource.objects.filter(
        pk__in=ids
        if kind == TRANSLATION_SOURCE
        else Translation.objects.filter(pk__in=ids).values("source_id")
    )
    pages = Page.objects.filter(translation_key__in=sources.values("object_id"))
    return [str(pk) for pk in pages.values_list("pk", flat=True)]


def _any_hidden(*, kind: str, ids: list[int], user: AbstractBaseUser) -> bool:
    if not ids:
        return False
    if kind in (REVISION, WORKFLOW_STATE, TASK_STATE, TRANSLATION, TRANSLATION_SOURCE):
        page_ids = _ids(_page_ids_of(kind=kind, ids=ids)) or []
        return _any_hidden(kind=PAGE, ids=page_ids, user=user)
    if kind == PAGE:
        return closed_pages_hidden_from(user).filter(pk__in=ids).exists()
    if kind == COLLECTION:
        return closed_collections_hidden_from(user).filter(pk__in=ids).exists()
    model = get_document_model() if kind == DOCUMENT else get_image_model()
    return model.objects.filter(
        pk__in=ids, collection__in=closed_collections_hidden_from(user).values("pk")
    ).exists()


def _model_kind(app_label: str, model_name: str) -> str | None:
    try:
        model = apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return None
    if issubclass(model, Page):
        return PAGE
    if issubclass(model, get_document_model()):
        return DOCUMENT
    if issubclass(model, get_image_model()):
        return IMAGE
    if issubclass(model, Collection):
        return COLLECTION
    return None


def _visible_ids(*, kind: str, model, ids: Iterable, user: AbstractBaseUser) -> list[str]:
    pks = [getattr(item, "pk", item) for item in ids]
    objects = model.objects.filter(pk__in=pks)
    visible = (
        pages_admin_visible(objects, user=user)
        if kind == PAGE
        else media_admin_visible(objects, user=user)
    )
    return [str(pk) for pk in visible.values_list("pk", flat=True)]


class ClosedContentAdminMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        # The path first: the user of a request outside the admin is never looked at (that
        # would read the session and make a public file's response vary on the cookie).
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        user = getattr(request, "user", None)
        match = getattr(request, "resolver_match", None)
        if user is None or match is None or not user.is_authenticated:
            return None
        if user_is_coordinator(user):
            # Nothing is hidden from the coordinator: Wagtail's own views, but for a report
            # whose own version lists in no stable order.
            if match.view_name not in FOR_EVERYONE:
                return None
        elif self._names_hidden_content(request, match.view_name, view_kwargs):
            # Wagtail's own refusal, as for any page the user may not edit: nothing tells a
            # closed page from another.
            response = permission_denied(request)
            add_never_cache_headers(response)
            return response
        elif match.view_name == BULK_ACTION and "all" in request.GET.getlist("id"):
            self._narrow_select_all(request, view_kwargs)
        replacement = _replacement(match.view_name, view_func)
        if replacement is not None:
            return require_admin_access(replacement)(request, *view_args, **view_kwargs)
        return None

    def _names_hidden_content(self, request: HttpRequest, view_name: str, kwargs: dict) -> bool:
        named: dict[str, list] = {}
        for argument, kind in ARGUMENT_KINDS.items():
            if argument in kwargs:
                named.setdefault(kind, []).append(kwargs[argument])
        if view_name in PK_KINDS and "pk" in kwargs:
            named.setdefault(PK_KINDS[view_name], []).append(kwargs["pk"])
        if view_name in ID_KINDS:
            named.setdefault(ID_KINDS[view_name], []).extend(request.GET.getlist("id"))
        for argument in PAGE_QUERY_ARGUMENTS:
            if argument in request.GET and not (view_name == BULK_ACTION and argument == "childOf"):
                named.setdefault(PAGE, []).extend(request.GET.getlist(argument))
        if "object_id" in kwargs and "app_label" in kwargs:  # editing sessions
            kind = _model_kind(kwargs["app_label"], kwargs["model_name"])
            if kind:
                named.setdefault(kind, []).append(kwargs["object_id"])
        if view_name == BULK_ACTION:
            kind = _model_kind(kwargs["app_label"], kwargs["model_name"])
            if kind:
                ids = [value for value in request.GET.getlist("id") if value != "all"]
                named.setdefault(kind, []).extend(ids)
                # A bulk action's "select all" lists a page's children or a collection.
                parent_kind = PAGE if kind == PAGE else COLLECTION
                named.setdefault(parent_kind, []).extend(request.GET.getlist("childOf"))
        for kind, values in named.items():
            ids = _ids(values)
            if ids is None or _any_hidden(kind=kind, ids=ids, user=request.user):
                return True
        return False

    def _narrow_select_all(self, request: HttpRequest, kwargs: dict) -> None:
        """Replace a bulk action's `id=all` by the ids it means that the user may know of."""
        app_label, model_name = kwargs["app_label"], kwargs["model_name"]
        kind = _model_kind(app_label, model_name)
        action_class = bulk_action_registry.get_bulk_action_class(
            app_label, model_name, kwargs["action"]
        )
        if kind not in (PAGE, DOCUMENT, IMAGE) or action_class is None:
            return
        model = apps.get_model(app_label, model_name)
        action = action_class(request, model)
        everything = action.get_all_objects_in_listing_query(request.GET.get("childOf"))
        query = request.GET.copy()
        query.setlist("id", _visible_ids(kind=kind, model=model, ids=everything, user=request.user))
        request.GET = query
