"""Views for invitations: the admin pages where editors manage their network's people, and
the front-end page where an invited person accepts.

The rules (who may invite, remove, revoke; when a link still works) live in
`accounts.services`; these views only show forms and turn service errors into messages.
"""

from django.contrib.auth import get_user_model, login
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from access.models import NetworkAccess
from access.rules import user_may_manage_people
from accounts.invitation_forms import InvitationForm, InvitationJoinForm
from accounts.models import Invitation, invitation_days
from accounts.selectors import (
    email_in_use,
    invitation_check,
    invitation_for_token,
    invitation_open_list,
    managed_network_get,
    managed_network_list,
    network_people,
    network_title,
)
from accounts.services import (
    invitation_accept,
    invitation_create,
    invitation_revoke,
    membership_remove,
)
from core.views import ForbiddenMixin

# --- Admin: members and partners per network ------------------------------------------------


def _index_breadcrumb() -> dict:
    return {"url": reverse("accounts_admin:index"), "label": gettext("Members and partners")}


class _PeopleForbiddenMixin(ForbiddenMixin):
    forbidden_template = "accounts/admin/forbidden.html"


class NetworkPeopleIndexView(_PeopleForbiddenMixin, WagtailAdminTemplateMixin, TemplateView):
    """The networks whose people the user manages; an editor of one network goes straight in."""

    template_name = "accounts/admin/index.html"
    page_title = _("Members and partners")
    header_icon = "group"

    def get(self, request, *args, **kwargs) -> HttpResponse:
        self.networks = managed_network_list(user=request.user, with_counts=True)
        if not self.networks:
            raise PermissionDenied
        if len(self.networks) == 1:
            return redirect("accounts_admin:network", self.networks[0].access.pk)
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs) -> dict:
        return {**super().get_context_data(**kwargs), "networks": self.networks}


class _NetworkMixin(_PeopleForbiddenMixin):
    """Loads the network (by its access record) and refuses anyone who may not manage it."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.access = get_object_or_404(
            NetworkAccess.objects.select_related("editors", "members", "partners"),
            pk=kwargs["access_id"],
        )

    def check_allowed(self, request: HttpRequest) -> None:
        if not user_may_manage_people(user=request.user, access=self.access):
            raise PermissionDenied

    @property
    def network_url(self) -> str:
        return reverse("accounts_admin:network", args=[self.access.pk])


class NetworkPeopleView(_NetworkMixin, WagtailAdminTemplateMixin, TemplateView):
    """One network's members, partners and open invitations; POST sends an invitation."""

    template_name = "accounts/admin/network.html"
    header_icon = "group"

    def get_page_title(self) -> str:
        return gettext("Members and partners")

    def get_page_subtitle(self) -> str:
        return network_title(access=self.access)

    def get_breadcrumbs_items(self) -> list[dict]:
        items = [*self.breadcrumbs_items]
        if len(managed_network_list(user=self.request.user)) > 1:
            items.append(_index_breadcrumb())
        return [*items, {"url": "", "label": self.get_page_subtitle()}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            network=managed_network_get(access=self.access),
            access=self.access,
            members=network_people(access=self.access, role=Invitation.Role.MEMBER),
            partners=network_people(access=self.access, role=Invitation.Role.PARTNER),
            open_invitations=invitation_open_list(access=self.access),
            form=kwargs.get("form") or InvitationForm(),
            invitation_days=invitation_days(),
        )
        return context

    def post(self, request, *args, **kwargs) -> HttpResponse:
        form = InvitationForm(request.POST)
        status = 200
        if form.is_valid():
            try:
                invitation = invitation_create(
                    user=request.user, access=self.access, **form.cleaned_data
                )
            except ValidationError as error:
                form.add_error(None, error)
                if getattr(error, "code", None) == "throttled":
                    status = 429
            else:
                messages.success(
                    request,
                    gettext("An invitation has been sent to %(email)s.")
                    % {"email": invitation.email},
                )
                return redirect(self.network_url)
        return self.render_to_response(self.get_context_data(form=form), status=status)


class MembershipRemoveView(_NetworkMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs) -> HttpResponse:
        member = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        role = kwargs["role"]
        if role not in Invitation.Role.values:
            raise PermissionDenied
        membership_remove(user=request.user, access=self.access, member=member, role=role)
        message = (
            gettext("%(name)s is no longer a member of %(network)s.")
            if role == Invitation.Role.MEMBER
            else gettext("%(name)s is no longer a partner of %(network)s.")
        )
        messages.success(
            request,
            message
            % {
                "name": member.get_full_name() or member.email or member.get_username(),
                "network": network_title(access=self.access),
            },
        )
        return redirect(self.network_url)


class InvitationRevokeView(_NetworkMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs) -> HttpResponse:
        invitation = get_object_or_404(Invitation, pk=kwargs["pk"], access=self.access)
        try:
            invitation_revoke(user=request.user, invitation=invitation)
        except ValidationError as error:
            messages.warning(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                gettext("The invitation for %(email)s has been withdrawn.")
                % {"email": invitation.email},
            )
        return redirect(self.network_url)


# --- Front end: accepting an invitation -----------------------------------------------------

REFUSAL_STATUS = {"unknown": 404, "expired": 410, "used": 410, "revoked": 410}

# The address the acceptance goes on at, with the invitation's token in the session.
SESSION_TOKEN = "open"  # noqa: S105 - a place holder in the path, not a secret
SESSION_KEY = "dkc_invitation_token"


def _after_join_url() -> str:
    try:
        return reverse("accounts:my_networks")
    except NoReverseMatch:
        return "/"


def _login_url() -> str:
    try:
        return reverse("accounts:login") + "?" + urlencode({"next": _after_join_url()})
    except NoReverseMatch:
        return "/"


def _login_to_accept_url(request: HttpRequest) -> str:
    """The login page, coming back to this invitation afterwards."""
    return reverse("accounts:login") + "?" + urlencode({"next": request.path})


@method_decorator(cache_control(private=True, no_store=True), name="dispatch")
class InvitationAcceptView(View):
    """Join the network into the logged-in account (after confirming) or into a new account
    with the invited address (after choosing a password).

    An account that already uses the invited address is never joined on its address alone:
    its owner logs in first (the login page comes back here), then confirms. Opening the link
    changes nothing; only the form's POST accepts.
    """

    template_name = "accounts/invitation_accept.html"
    refused_template_name = "accounts/invitation_refused.html"

    def get(self, request: HttpRequest, token: str) -> HttpResponse:
        if token != SESSION_TOKEN:
            # The link from the mail: keep its token in the session and go on at an address
            # without it, so no referrer, history entry or log line carries the secret (as
            # Django's password reset does); the form there posts with a normal Origin.
            invitation, refusal = self._invitation(token)
            if refusal is not None:
                return refusal
            request.session[SESSION_KEY] = token
            return redirect("accounts:invitation_accept", SESSION_TOKEN)
        token = request.session.get(SESSION_KEY, "")
        invitation, refusal = self._invitation(token)
        if refusal is not None:
            return refusal
        return self._render(invitation, self._form(invitation))

    def post(self, request: HttpRequest, token: str) -> HttpResponse:
        if token != SESSION_TOKEN:
            # Forms post to the token-free address only.
            return redirect("accounts:invitation_accept", token)
        token = request.session.get(SESSION_KEY, "")
        invitation, refusal = self._invitation(token)
        if refusal is not None:
            return refusal
        form = self._form(invitation, data=request.POST)
        if form is None:
            # An account uses the address and nobody is logged in: log in first.
            return self._render(invitation, None, status=403)
        if not form.is_valid():
            return self._render(invitation, form)
        logged_in = request.user if request.user.is_authenticated else None
        try:
            member = invitation_accept(
                token=token,
                user=logged_in,
                password=None if logged_in else form.cleaned_data.get("new_password1"),
            )
        except ValidationError as error:
            code = getattr(error, "code", None)
            if code in REFUSAL_STATUS:
                return self._refuse(invitation, code)
            if code == "login_required":
                return self._render(invitation, None, status=403)
            form.add_error(None, error)
            return self._render(invitation, form)

        request.session.pop(SESSION_KEY, None)
        if logged_in is None:
            # A new account, whose password was just chosen here.
            login(request, member, backend="accounts.backends.EmailOrUsernameBackend")
        return redirect(_after_join_url())

    def _invitation(self, token: str) -> tuple[Invitation | None, HttpResponse | None]:
        invitation = invitation_for_token(token=token) if token else None
        try:
            invitation_check(invitation=invitation)
        except ValidationError as error:
            return invitation, self._refuse(invitation, error.code)
        return invitation, None

    def _form(self, invitation: Invitation, data=None):
        """The confirmation (logged in), the new password (address free), or None (log in)."""
        if self.request.user.is_authenticated:
            return InvitationJoinForm(data)
        if email_in_use(email=invitation.email):
            return None
        # Unsaved: the validators compare the password with the name and address to come.
        new_user = get_user_model()(
            username=invitation.email,
            email=invitation.email,
            first_name=invitation.first_name,
            last_name=invitation.last_name,
        )
        return SetPasswordForm(new_user, data)

    def _context(self, invitation: Invitation | None) -> dict:
        return {
            "invitation": invitation,
            "network_title": network_title(access=invitation.access) if invitation else "",
        }

    def _render(self, invitation: Invitation, form, *, status: int = 200) -> HttpResponse:
        user = self.request.user
        context = {
            **self._context(invitation),
            "form": form,
            "new_account": isinstance(form, SetPasswordForm),
            "login_required": form is None,
            "account_name": get_user_display_name(user) if user.is_authenticated else "",
            "account_email": getattr(user, "email", "") if user.is_authenticated else "",
            "login_url": _login_to_accept_url(self.request),
        }
        return _private(TemplateResponse(self.request, self.template_name, context, status=status))

    def _refuse(self, invitation: Invitation | None, code: str) -> HttpResponse:
        context = {**self._context(invitation), "reason": code, "login_url": _login_url()}
        return _private(
            TemplateResponse(
                self.request, self.refused_template_name, context, status=REFUSAL_STATUS[code]
            )
        )


def _private(response: HttpResponse) -> HttpResponse:
    # No copy in any cache; the address holds no token, so the browser may send its Origin
    # and referrer to this site (Django's CSRF check needs them), never to another.
    response["Referrer-Policy"] = "same-origin"
    return response
