"""Logging in with the e-mail address or the username, as the site's texts promise.

An address belongs to one account at most (`accounts.account_forms`), so it names the
account as surely as its username does. django-axes counts failures by the account's
username whichever of the two was typed (`login_username`), so typing the address does not
double an attacker's guesses.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest


def username_for(login: str) -> str:
    """The username of the one active account whose e-mail address is `login` (any case),
    else `login` itself (a username, or an address no single account uses)."""
    login = (login or "").strip()
    if "@" not in login:
        return login
    usernames = list(
        get_user_model()
        .objects.filter(email__iexact=login, is_active=True)
        .values_list("username", flat=True)[:2]
    )
    return usernames[0] if len(usernames) == 1 else login


def login_username(request: HttpRequest | None, credentials: dict | None = None) -> str:
    """django-axes' AXES_USERNAME_CALLABLE: the account a login attempt is about."""
    typed = (credentials or {}).get("username")
    if typed is None and request is not None:
        typed = request.POST.get("username", "")
    return username_for(typed or "")


class EmailOrUsernameBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is not None:
            username = username_for(username)
        return super().authenticate(request, username=username, password=password, **kwargs)
