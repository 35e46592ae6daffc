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
from django.views.decorators.cache import never_cache

from access.rules import user_is_coordinator
from accounts.account_forms import PasswordResetForm
from accounts.selectors import network_memberships


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    # A logged-in visitor goes straight on to `next` (or "My networks").
    redirect_authenticated_user = True
    next_page = "accounts:my_networks"


class LogoutView(auth_views.LogoutView):
    """POST only (Django's own rule): a link or prefetch cannot log anyone out."""

    def get_default_redirect_url(self) -> str:
        return reverse("wagtail_serve", args=[""])


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset_form.html"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    email_template_name = "accounts/emails/password_reset.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


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
