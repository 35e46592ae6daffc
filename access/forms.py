"""The admin form every page of the site is edited with (set as `BasePage.base_form_class`
by `editorial.apps`; page types with a form of their own subclass it)."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import ReferenceIndex

from access.rules import references_hidden_from


class PageForm(WagtailAdminPageForm):
    """Refuses a page that links to, or chooses, content hidden from the person editing it.

    An id typed into a rich-text link, a chooser block or a chooser field of one's own page
    would otherwise show the URL, file name or title of another network's closed page or
    private file back to an editor who may not learn of it (STYLE.md, Approval and access).
    """

    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        if slug and not self.instance.path and self.parent_page is not None:
            # A new page: the model's own check (core.models.BasePage.clean) knows no parent
            # yet. A page type with sub-routes, or whose children's slugs serve elsewhere too,
            # names the slugs its children may not take.
            refusal = getattr(self.parent_page.specific_class, "child_slug_refusal", None)
            if refusal is not None and (message := refusal(slug)):
                self.add_error("slug", message)
        return cleaned_data

    def _post_clean(self):
        super()._post_clean()  # the instance now holds the submitted values
        user = getattr(self, "for_user", None)
        if user is None or not user.is_authenticated:
            return
        references = []
        for content_type_id, object_id, *_paths in ReferenceIndex._extract_references_from_object(
            self.instance
        ):
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is not None:
                references.append((model, object_id))
        if references and references_hidden_from(user, references):
            self.add_error(
                None,
                gettext(
                    "This page links to a page or file that you may not see (a closed area of "
                    "another network). Remove that link or choice to save the page."
                ),
            )
