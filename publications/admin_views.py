"""The coordinators' ESF copies: which live publications of each network still wait for their
two copies to go to the ESF agency, and the form that records the day they went. Who may is
`access.rules.user_may_record_publication_copies`; the write is
`publications.services.publication_copies_record` (at once, logged, no workflow round)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from access.rules import user_may_record_publication_copies
from core.views import ForbiddenMixin
from publications import selectors, services
from publications.forms import PublicationCopiesForm
from publications.models import PublicationPage

FORBIDDEN = _("Only a DKC coordinator records the copies sent to the ESF agency.")


class CoordinatorOnlyMixin(ForbiddenMixin):
    forbidden_message = FORBIDDEN

    def check_allowed(self, request: HttpRequest) -> None:
        if not user_may_record_publication_copies(request.user):
            raise PermissionDenied


class PublicationCopiesListView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "publications/admin/copies_list.html"
    page_title = _("ESF copies of publications")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            networks=selectors.publications_without_copies_per_network(),
            recorded=selectors.publication_copies_recent(),
            today=timezone.localdate(),
        )
        return context


class PublicationCopiesRecordView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "publications/admin/copies_record.html"
    form_class = PublicationCopiesForm
    header_icon = "doc-full"

    # Looked up after the rule (dispatch), so nobody else learns which ids exist.
    @cached_property
    def publication(self) -> PublicationPage:
        publication = PublicationPage.objects.filter(pk=self.kwargs["page_id"]).first()
        if publication is None:
            raise Http404
        return publication

    def get_page_title(self) -> str:
        return gettext("Record the ESF copies")

    def get_page_subtitle(self) -> str:
        return self.publication.get_admin_display_title()

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("publications_admin:copies"),
                "label": gettext("ESF copies of publications"),
            },
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_initial(self) -> dict:
        record = selectors.publication_copies_for(publication=self.publication)
        if record is None:
            return {"sent_on": timezone.localdate()}
        return {"sent_on": record.sent_on, "note": record.note}

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            publication=self.publication,
            record=selectors.publication_copies_for(publication=self.publication),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.publication.pk]),
        )
        return context

    def form_valid(self, form):
        try:
            services.publication_copies_record(
                publication=self.publication,
                sent_on=form.cleaned_data["sent_on"],
                note=form.cleaned_data["note"],
                user=self.request.user,
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("The copies of “%(title)s” are recorded as sent on %(date)s.")
            % {
                "title": self.publication.title,
                "date": form.cleaned_data["sent_on"].strftime("%d-%m-%Y"),
            },
        )
        return redirect("publications_admin:copies")
