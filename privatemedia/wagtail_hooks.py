from django.http import HttpRequest, HttpResponse
from wagtail import hooks

from privatemedia.access import denial_response, mark_request
from privatemedia.selectors import view_restrictions_for


# Before Wagtail's own check (order 0), so that a logged-in user without access gets a 403
# instead of Wagtail's redirect to a login page they have already passed.
@hooks.register("before_serve_document", order=-1)
def check_document_access(document, request: HttpRequest) -> HttpResponse | None:
    restrictions = view_restrictions_for(collections=(document.collection,))
    mark_request(request, restricted=bool(restrictions))
    return denial_response(request, restrictions)
