"""The thesis submissions in the Wagtail admin: a `ModelViewSet` (list, search, inspect with
the file's link) and the jury's "mark as winner".

Who reads which submissions is `access.rules.user_may_see_thesis_submissions` (and its
database filter for lists), not Django's model permissions: the call network's editors (the
mainstream team's) and the coordinators; every refusal is a 403. Nobody adds, edits or
deletes a submission here: they come from students with their consent, and erasure after
the award is the retention rule's (`services.submission_erase_expired`).
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import BasePermissionPolicy

from access.rules import user_may_see_thesis_submissions, user_sees_some_thesis_submissions
from core.views import ForbiddenMixin
from core.viewsets import ReadOnlyModelViewSet
from thesisprize import selectors, services
from thesisprize.models import ThesisSubmission

FORBIDDEN_MESSAGE = _(
    "You may not read these thesis submissions. The editors of the call's network and the "
    "DKC coordinators may."
)


CALLS_CACHE = "_dkc_thesis_calls"
SEES_SOME_CACHE = "_dkc_sees_thesis_submissions"


def user_may_see_submission(*, user, submission: ThesisSubmission) -> bool:
    # The calls looked up are kept on the user object for the request: a list asks per row
    # (its buttons), one query per call, never per submission.
    calls = getattr(user, CALLS_CACHE, None)
    if calls is None:
        calls = {}
        setattr(user, CALLS_CACHE, calls)
    if submission.call_key not in calls:
        calls[submission.call_key] = selectors.source_call(submission.call_key)
    return user_may_see_thesis_submissions(user=user, call=calls[submission.call_key])


class SubmissionPermissionPolicy(BasePermissionPolicy):
    """Submissions are seen ("view") by those `access.rules` admits, per call; nobody adds,
    changes or deletes them through the generic views."""

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        # Asked per row of a list: answered once per request (kept on the user object).
        sees = getattr(user, SEES_SOME_CACHE, None)
        if sees is None:
            sees = user_sees_some_thesis_submissions(user=user, calls=selectors.call_pages())
            setattr(user, SEES_SOME_CACHE, sees)
        return sees

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")

    def user_has_permission_for_instance(self, user, action, instance):
        return action == "view" and user_may_see_submission(user=user, submission=instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return "view" in actions and self.user_has_permission_for_instance(user, "view", instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return ThesisSubmission.objects.none()
        return selectors.submission_admin_list(user=user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()


class SubmissionIndexView(ForbiddenMixin, IndexView):
    forbidden_message = FORBIDDEN_MESSAGE
    any_permission_required = ["view"]
    default_ordering = "-created_at"
    page_title = _("Thesis submissions")

    def get_base_queryset(self):
        return selectors.submission_admin_list(user=self.request.user)

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "pk")

    @cached_property
    def columns(self):
        return [
            self._get_title_column("name"),
            Column("thesis_title", label=_("Thesis title"), sort_key="thesis_title"),
            Column("school", label=_("School"), sort_key="school"),
            Column("call_title", label=_("Call")),
            DateColumn("created_at", label=_("Submitted"), sort_key="created_at"),
            BooleanColumn("winner", label=_("Winner"), sort_key="winner"),
        ]

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        label = (
            gettext("Take back the winner mark") if instance.winner else gettext("Mark as winner")
        )
        buttons.append(
            MenuItem(
                label,
                url=reverse("thesis_submission:winner", args=[instance.pk]),
                icon_name="crosshairs" if instance.winner else "pick",
                priority=40,
            )
        )
        return buttons


class SubmissionObjectMixin:
    """The submission of the URL; one of a call the user may not read is refused (403) before
    anything of it is shown, an erased one is not found."""

    def get_submission(self) -> ThesisSubmission:
        submission = get_object_or_404(
            ThesisSubmission.objects.select_related("document"), pk=self.kwargs["pk"]
        )
        if not user_may_see_submission(user=self.request.user, submission=submission):
            raise PermissionDenied
        if submission.erased_at is not None:
            raise Http404
        return submission


class SubmissionInspectView(ForbiddenMixin, SubmissionObjectMixin, InspectView):
    forbidden_message = FORBIDDEN_MESSAGE
    any_permission_required = ["view"]

    def get_object(self, queryset=None):
        return self.get_submission()

    def get_page_subtitle(self):
        return self.object.name

    def get_field_display_value(self, field_name, field):
        if field_name == "document":
            document = self.object.document
            if document is None:
                return "-"
            # Wagtail's document view: the collection's restriction is checked on every visit.
            return format_html(
                '<a href="{}">{}</a> ({})',
                document.url,
                gettext("Download the thesis (PDF)"),
                document.filename,
            )
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["winner_url"] = reverse("thesis_submission:winner", args=[self.object.pk])
        return context


class WinnerView(ForbiddenMixin, SubmissionObjectMixin, WagtailAdminTemplateMixin, TemplateView):
    """The jury marks a submission as a winner of its call, or takes the mark back: asks
    first (GET), then changes it (POST), logged."""

    template_name = "thesisprize/admin/winner.html"
    forbidden_message = FORBIDDEN_MESSAGE
    header_icon = "pick"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.request = request
        self.submission = self.get_submission()

    def get_page_title(self):
        return gettext("Winner of the thesis prize")

    def get_page_subtitle(self):
        return self.submission.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            submission=self.submission,
            index_url=reverse("thesis_submission:index"),
            inspect_url=reverse("thesis_submission:inspect", args=[self.submission.pk]),
        )
        return context

    def post(self, request, *args, **kwargs):
        winner = request.POST.get("winner") == "yes"
        try:
            services.submission_winner_mark(
                submission=self.submission, winner=winner, user=request.user
            )
        except services.WinnerRefused as refusal:
            raise PermissionDenied from refusal
        if winner:
            messages.success(request, gettext("Marked as a winner of the thesis prize."))
        else:
            messages.success(request, gettext("The winner mark is taken back."))
        return redirect(reverse("thesis_submission:inspect", args=[self.submission.pk]))


class SubmissionViewSet(ReadOnlyModelViewSet):
    model = ThesisSubmission
    name = "thesis_submission"
    url_prefix = "thesis-submissions"
    icon = "doc-full"
    menu_label = _("Thesis submissions")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    search_fields = ["name", "email", "school", "thesis_title"]
    search_backend_name = None
    list_per_page = 50
    inspect_view_fields = [
        "call_title",
        "name",
        "email",
        "school",
        "supervisor",
        "thesis_title",
        "abstract",
        "document",
        "language",
        "created_at",
        "winner",
        "winner_marked_at",
    ]

    def action_urlpatterns(self) -> list:
        return [path("winner/<int:pk>/", WinnerView.as_view(), name="winner")]
