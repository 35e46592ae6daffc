"""Failed logins, counted so that a stranger cannot use the lockout against someone else.

django-axes counts per `AXES_LOCKOUT_PARAMETERS`: an account, from wherever the failures
come (guessing one password from many addresses). Locking a whole address after five
failures for *one* account would lock out everyone behind that address (an office, a
proxy); here an address is locked only once it has failed for
`LOGIN_ACCOUNTS_PER_ADDRESS_LIMIT` different accounts (trying many accounts from one place).

An account locked by strangers still lets in the browsers it logged in from before: that is
the device cookie (`accounts.devices`, axes' whitelist callable).
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.http import HttpRequest


def accounts_tried_from_address(request: HttpRequest) -> int:
    """How many different accounts failed to log in from the request's address lately."""
    address = getattr(request, "axes_ip_address", None)
    if not address:
        return 0
    attempts = AccessAttempt.objects.filter(ip_address=address)
    if settings.AXES_COOLOFF_TIME is not None:
        attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
    return attempts.values("username").distinct().count()


class LoginAttemptHandler(AxesDatabaseHandler):
    """axes' database handler, plus the lock of an address that tries many accounts."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        failures = super().get_failures(request, credentials)
        if accounts_tried_from_address(request) >= settings.LOGIN_ACCOUNTS_PER_ADDRESS_LIMIT:
            return max(failures, get_failure_limit(request, credentials))
        return failures
