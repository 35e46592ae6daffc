"""Shared admin view behaviour."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext


class ForbiddenMixin:
    """Answer a refusal with 403 and a short admin page saying who may, not Wagtail's redirect
    to the dashboard (which would tell the editor, and the tests, nothing).

    `check_allowed` runs before any handler, so a refused request writes nothing; a
    PermissionDenied raised by a handler gets the same answer. `forbidden_message` says, in
    the admin's style, who may do this instead; a view that needs more (a button back) names
    its own `forbidden_template`.
    """

    forbidden_template: str = "core/admin/forbidden.html"
    forbidden_message: str = ""

    def check_allowed(self, request: HttpRequest) -> None:
        pass

    def dispatch(self, request, *args, **kwargs):
        self.check_allowed(request)
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def as_view(cls, **initkwargs):
        # Wraps the whole view (setup and a subclass's own dispatch included).
        view = super().as_view(**initkwargs)

        def view_or_forbidden(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except PermissionDenied:
                return TemplateResponse(
                    request,
                    cls.forbidden_template,
                    {
                        "header_title": gettext("Not allowed"),
                        "forbidden_message": cls.forbidden_message,
                    },
                    status=403,
                )

        view_or_forbidden.view_class = cls
        return view_or_forbidden
