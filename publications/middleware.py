"""A refused publication (no ESF logos) is a message in the admin, never an error page.

The rule is `publications.models.publication_refusal`; the form refuses Publish and Approve
on the edit screen itself, and `PublicationPage.publish` refuses every other way a revision
goes live (the workflow's Approve from the dashboard or a listing, bulk publish, translated
publishing). Those run in a transaction that the refusal rolls back; this middleware then
says why, and returns to where the person was (or to the publication's edit screen).
"""

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from publications.models import PublicationRefused


class PublicationRefusalMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not isinstance(exception, PublicationRefused):
            return None
        for message in exception.messages:
            messages.error(request, message)
        url = reverse("wagtailadmin_home")
        if exception.page_id is not None:
            url = reverse("wagtailadmin_pages:edit", args=[exception.page_id])
        back = request.GET.get("next") or request.POST.get("next")
        if back and url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            url = back
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The workflow's modal: "success" makes it follow `redirect`, where the message waits.
            return JsonResponse({"step": "success", "redirect": url})
        return HttpResponseRedirect(url)
