"""Front-end account views: login, logout, password reset and "My networks".

Django's own auth views do the work (AuthenticationForm passes the request on, as
django-axes needs; `next` is only followed to this site); these set the site's templates,
the mail (in the language of the page it was asked on) and where each step leads.
"""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from wagtail.admin.views import account as wagtail_account

from access.rules import user_is_coordinator
from accounts.account_forms import LoginForm, PasswordResetForm
from accounts.selectors import network_memberships
from core.ratelimit import client_ip, rate_limits_hit


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    # A logged-in visitor goes straight on to `next` (or "My networks").
    redirect_authenticated_user = True
    next_page = "accounts:my_networks"


class LogoutView(auth_views.LogoutView):
    """POST only (Django's own rule): a link or prefetch cannot log anyone out."""

    def get_default_redirect_url(self) -> str:
        return reverse("wagtail_serve", args=[""])


class ThrottledPasswordResetMixin:
    """Reset mails are limited per requesting address and per requested address.

    Every requested address counts, with or without an account, so the refusal says nothing
    about who has one; the form comes back with a 429 and a clear message, nothing is sent.
    """

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        if rate_limits_hit(
            [
                ("password_reset_address", client_ip(self.request)),
                ("password_reset_email", email.strip()),
            ]
        ):
            form.add_error(
                None,
                gettext(
                    "Too many requests for a new password. Wait an hour and try again, or "
                    "ask the DKC coordinator for help."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetView(ThrottledPasswordResetMixin, auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset_form.html"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    email_template_name = "accounts/emails/password_reset.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class AdminPasswordResetView(ThrottledPasswordResetMixin, wagtail_account.PasswordResetView):
    """Wagtail's own reset form for editors (admin/password_reset/), with the same limits."""


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


@never_cache
@login_required
def my_networks(request: HttpRequest) -> HttpResponse:
    """The networks the person belongs to, with the closed areas they may enter."""
    return TemplateResponse(
        request,
        "accounts/my_networks.html",
        {
            "memberships": network_memberships(user=request.user),
            "reads_every_network": user_is_coordinator(request.user),
        },
    )
