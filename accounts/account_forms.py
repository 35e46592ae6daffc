"""Forms that set an account's e-mail address or rights, wherever Wagtail offers to.

One address, one account (case-insensitive): the account settings panel, Wagtail's user
create and edit forms and the invitation all refuse an address another account uses. Only a
superuser sees and sets Wagtail's "Administrator" box; for anyone else the field is gone, so
a forged POST of `is_superuser` changes nothing.
"""

import logging

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import auth as wagtail_auth_forms
from wagtail.users import forms as wagtail_user_forms

from access.rules import User, user_may_grant_superuser
from accounts.selectors import email_in_use

logger = logging.getLogger(__name__)

EMAIL_IN_USE_MESSAGE = _("Another account already uses this e-mail address.")


def email_unique_clean(*, email: str, account: AbstractBaseUser | None) -> str:
    """The address, if no other account uses it (ignoring case); else a form error."""
    exclude_pk = account.pk if account is not None and account.pk else None
    if email and email_in_use(email=email, exclude_pk=exclude_pk):
        raise ValidationError(EMAIL_IN_USE_MESSAGE, code="email_in_use")
    return email


class AccountEmailForm(forms.ModelForm):
    """The e-mail field of Wagtail's account page (the name stays in Wagtail's own panel)."""

    email = forms.EmailField(required=True, label=_("E-mail address"))

    class Meta:
        model = get_user_model()
        fields = ("email",)

    def clean_email(self) -> str:
        return email_unique_clean(email=self.cleaned_data["email"], account=self.instance)


class _UserFormMixin:
    """Wagtail's user form, told who fills it in (`for_user`)."""

    def __init__(self, *args, for_user: User | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if "is_superuser" in self.fields and not (
            for_user is not None and user_may_grant_superuser(for_user)
        ):
            del self.fields["is_superuser"]

    def clean_email(self) -> str:
        return email_unique_clean(email=self.cleaned_data["email"], account=self.instance)


class UserCreationForm(_UserFormMixin, wagtail_user_forms.UserCreationForm):
    pass


class UserEditForm(_UserFormMixin, wagtail_user_forms.UserEditForm):
    pass


class _OneAccountPerAddressMixin:
    """Django's reset form mails every active account with the address. Addresses are unique
    now; accounts from before may still share one: then nothing is sent, as a link would hand
    one of them to whoever reads the mailbox."""

    def get_users(self, email: str):
        users = list(super().get_users(email))  # the active accounts with a usable password
        if len(users) > 1:
            logger.warning("Password reset refused: several accounts share one e-mail address")
            return iter(())
        return iter(users)


class PasswordResetForm(_OneAccountPerAddressMixin, auth_forms.PasswordResetForm):
    """The site's own reset (accounts.views.PasswordResetView)."""


class AdminPasswordResetForm(_OneAccountPerAddressMixin, wagtail_auth_forms.PasswordResetForm):
    """The admin's reset (setting WAGTAILADMIN_USER_PASSWORD_RESET_FORM)."""


LOGIN_LABEL = _("E-mail address or username")
INVALID_LOGIN = _(
    "That e-mail address or username and password do not match an account. Check both and "
    "try again; capitals count in the password."
)


class _EmailOrUsernameMixin:
    """The login field says what it takes: the e-mail address or the username."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.error_messages = {**self.error_messages, "invalid_login": INVALID_LOGIN}
        field = self.fields["username"]
        field.label = LOGIN_LABEL
        field.widget.attrs.update(autocomplete="username", placeholder=LOGIN_LABEL)


class LoginForm(_EmailOrUsernameMixin, auth_forms.AuthenticationForm):
    """The site's login (accounts.backends)."""


class AdminLoginForm(_EmailOrUsernameMixin, wagtail_auth_forms.LoginForm):
    """Wagtail's admin login, with the same promise (WAGTAILADMIN_USER_LOGIN_FORM)."""
