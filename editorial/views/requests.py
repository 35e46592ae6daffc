"""Admin views for page action requests: an editor asks, a coordinator approves or rejects.

The rules (who may ask, who may decide, what approval does) live in `editorial.services`;
these views only show forms and turn service errors into form errors.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from access.rules import user_is_coordinator
from core.views import ForbiddenMixin
from editorial.forms import (
    PageActionRequestApproveForm,
    PageActionRequestForm,
    PageActionRequestRejectForm,
)
from editorial.models import PageActionRequest
from editorial.selectors.moves import move_readers_warning
from editorial.selectors.requests import page_action_request_can_create
from editorial.services.requests import (
    page_action_request_approve,
    page_action_request_create,
    page_action_request_reject,
)

RECENT_DECIDED_COUNT = 25

ACTION_TITLES = {
    PageActionRequest.Action.UNPUBLISH: _("Request unpublish"),
    PageActionRequest.Action.DELETE: _("Request deletion"),
    PageActionRequest.Action.MOVE: _("Request move"),
}


def _requests_breadcrumb() -> dict:
    return {"url": reverse("editorial:request_list"), "label": gettext("Requests")}


class _RequestsForbiddenMixin(ForbiddenMixin):
    forbidden_template = "editorial/requests/forbidden.html"


class PageActionRequestCreateView(_RequestsForbiddenMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "editorial/requests/create.html"
    form_class = PageActionRequestForm
    header_icon = "tasks"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if kwargs["action"] not in PageActionRequest.Action.values:
            raise Http404
        self.action = kwargs["action"]
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not page_action_request_can_create(user=user, page=self.page, action=self.action):
            pending = PageActionRequest.objects.filter(
                page=self.page, action=self.action, status=PageActionRequest.Status.PENDING
            ).first()
            if pending is not None and self.page.permissions_for_user(user).can_edit():
                messages.warning(
                    request,
                    gettext("This request has already been made and awaits a coordinator."),
                )
                if pending.requested_by_id == user.pk:
                    return redirect("editorial:request_detail", pending.pk)
                return redirect(self.explorer_url)
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def explorer_url(self) -> str:
        return reverse("wagtailadmin_explore", args=[self.page.get_parent().pk])

    def get_page_title(self) -> str:
        return ACTION_TITLES[self.action]

    def get_page_subtitle(self) -> str:
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            _requests_breadcrumb(),
            {"url": "", "label": self.get_header_title()},
        ]

    def get_form_kwargs(self) -> dict:
        return {
            **super().get_form_kwargs(),
            "user": self.request.user,
            "page": self.page,
            "action": self.action,
        }

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            page=self.page,
            action=self.action,
            action_title=ACTION_TITLES[self.action],
            subpage_count=self.page.get_descendants().count(),
            cancel_url=self.explorer_url,
        )
        return context

    def form_valid(self, form) -> HttpResponse:
        try:
            action_request = page_action_request_create(
                user=self.request.user,
                page=self.page,
                action=self.action,
                reason=form.cleaned_data["reason"],
                target_parent=form.cleaned_data.get("target_parent"),
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("Your request for “%(title)s” has been sent to the DKC coordinators.")
            % {"title": action_request.page_title},
            buttons=[
                messages.button(
                    reverse("editorial:request_detail", args=[action_request.pk]),
                    gettext("View request"),
                )
            ],
        )
        return redirect(self.explorer_url)


class PageActionRequestListView(_RequestsForbiddenMixin, WagtailAdminTemplateMixin, TemplateView):
    """Coordinators see every request; anyone else their own."""

    template_name = "editorial/requests/index.html"
    page_title = _("Requests")
    header_icon = "tasks"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        can_decide = user_is_coordinator(user)
        visible = PageActionRequest.objects.select_related(
            "page", "network", "target_parent", "requested_by", "decided_by"
        )
        if not can_decide:
            visible = visible.filter(requested_by=user)
        networks = Page.objects.filter(pk__in=visible.values("network")).order_by("path")
        network = self._chosen_network(networks)
        if network is not None:
            visible = visible.filter(network=network)
        context.update(
            can_decide=can_decide,
            networks=networks,
            chosen_network=network,
            pending_requests=visible.filter(status=PageActionRequest.Status.PENDING).order_by(
                "requested_at"
            ),
            decided_requests=visible.exclude(status=PageActionRequest.Status.PENDING).order_by(
                "-decided_at", "-requested_at"
            )[:RECENT_DECIDED_COUNT],
        )
        return context

    def _chosen_network(self, networks) -> Page | None:
        network_id = self.request.GET.get("network", "")
        if not network_id.isdigit():
            return None
        return networks.filter(pk=int(network_id)).first()


class PageActionRequestDetailView(_RequestsForbiddenMixin, WagtailAdminTemplateMixin, TemplateView):
    """One request; coordinators decide on it here."""

    template_name = "editorial/requests/detail.html"
    header_icon = "tasks"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(
            PageActionRequest.objects.select_related(
                "page", "network", "target_parent", "requested_by", "decided_by"
            ),
            pk=kwargs["pk"],
        )

    @cached_property
    def can_decide(self) -> bool:
        return user_is_coordinator(self.request.user)

    def dispatch(self, request, *args, **kwargs):
        if not (self.can_decide or self.object.requested_by_id == request.user.pk):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self) -> str:
        return str(self.object.get_action_display())

    def get_page_subtitle(self) -> str:
        return self.object.page_title

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            _requests_breadcrumb(),
            {"url": "", "label": self.get_header_title()},
        ]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        action_request = self.object
        page = action_request.page
        is_pending = action_request.status == PageActionRequest.Status.PENDING
        readers_warning = None
        if (
            is_pending
            and action_request.action == PageActionRequest.Action.MOVE
            and page is not None
            and action_request.target_parent is not None
        ):
            readers_warning = move_readers_warning(page=page, target=action_request.target_parent)
        context.update(
            object=action_request,
            page=page,
            readers_warning=readers_warning,
            can_decide=self.can_decide,
            is_pending=is_pending,
            subpage_count=page.get_descendants().count() if page else 0,
            approve_form=kwargs.get("approve_form") or PageActionRequestApproveForm(),
            reject_form=kwargs.get("reject_form") or PageActionRequestRejectForm(),
        )
        return context


class _DecisionView(PageActionRequestDetailView):
    """POST only: approve or reject, then back to the list; errors show on the detail page."""

    http_method_names = ["post"]
    form_class: type = PageActionRequestApproveForm
    form_context_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not self.can_decide:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs) -> HttpResponse:
        if self.object.status != PageActionRequest.Status.PENDING:
            messages.warning(request, gettext("This request has already been decided."))
            return redirect("editorial:request_detail", self.object.pk)
        form = self.form_class(request.POST)
        if form.is_valid():
            try:
                self.decide(comment=form.cleaned_data["comment"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, self.success_message())
                return redirect("editorial:request_list")
        return self.render_to_response(self.get_context_data(**{self.form_context_name: form}))

    def decide(self, *, comment: str) -> None:
        raise NotImplementedError

    def success_message(self) -> str:
        raise NotImplementedError


class PageActionRequestApproveView(_DecisionView):
    form_class = PageActionRequestApproveForm
    form_context_name = "approve_form"

    def decide(self, *, comment: str) -> None:
        page_action_request_approve(
            action_request=self.object, user=self.request.user, comment=comment
        )

    def success_message(self) -> str:
        return gettext("Request approved and carried out: “%(title)s”.") % {
            "title": self.object.page_title
        }


class PageActionRequestRejectView(_DecisionView):
    form_class = PageActionRequestRejectForm
    form_context_name = "reject_form"

    def decide(self, *, comment: str) -> None:
        page_action_request_reject(
            action_request=self.object, user=self.request.user, comment=comment
        )

    def success_message(self) -> str:
        return gettext("Request rejected: “%(title)s”.") % {"title": self.object.page_title}
