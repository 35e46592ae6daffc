"""The student's side: the submission form on a call page's `submit/` sub-route. A thin door
into `thesisprize.services`; never cached (it carries a CSRF token and personal answers)."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from core.forms import Outcome, public_form_outcome
from thesisprize import services
from thesisprize.forms import ThesisSubmissionForm
from thesisprize.models import ThesisCallPage

SUBMIT_TEMPLATE = "thesisprize/thesis_call_page_submit.html"
RATE_LIMIT_SCOPE = "thesis_submission_address"


def submission_view(request: HttpRequest, *, call: ThesisCallPage) -> HttpResponse:
    """GET: the form, or that the call is closed. POST: submit, or the form with its messages
    beside the fields and every answer but the file kept. A POST after the deadline stores
    nothing and says the call closed."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
    now = timezone.now()
    is_open = call.is_open(now)
    context = {
        "page": call,
        "self": call,
        "call_open": is_open,
        "award_event": call.live_award_event,
        "retention_months": settings.THESISPRIZE_RETENTION_MONTHS,
    }
    status = 200
    if request.method != "POST" or not is_open:
        context["form"] = ThesisSubmissionForm() if is_open else None
    else:
        form = ThesisSubmissionForm(request.POST, request.FILES)
        context["form"] = form
        outcome = public_form_outcome(request, form=form, scope=RATE_LIMIT_SCOPE)
        if outcome == Outcome.THROTTLED:
            context["throttled"] = True
            status = 429
        elif outcome == Outcome.SPAM:
            context["done"] = True
        elif outcome == Outcome.VALID:
            data = form.cleaned_data
            try:
                services.submission_create(
                    call=call,
                    data=services.SubmissionData(
                        name=data["name"],
                        email=data["email"],
                        school=data["school"],
                        supervisor=data["supervisor"],
                        thesis_title=data["thesis_title"],
                        abstract=data["abstract"],
                    ),
                    thesis_file=data["thesis_file"],
                    language=call.locale.language_code,
                    consent=data["consent"],
                    now=now,
                )
            except services.SubmissionRefused as refusal:
                context["form"] = None
                context["refusal"] = refusal.message
            else:
                context["done"] = True
    response = TemplateResponse(request, SUBMIT_TEMPLATE, context, status=status)
    add_never_cache_headers(response)
    return response
