"""Forms of the editorial admin views: asking for an action, and deciding on it."""

from django import forms
from django.contrib.auth.base_user import AbstractBaseUser
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from editorial.models import PageActionRequest
from editorial.selectors.requests import page_action_request_move_targets


class MoveTargetChoiceField(forms.ModelChoiceField):
    """Destinations labelled with their place in the tree ("Tracer › Werkend leren")."""

    def __init__(self, *args, **kwargs):
        self.path_titles: dict[str, str] = {}
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj: Page) -> str:
        steplen = Page.steplen
        # Below the home page (depth 2): the site's own sections.
        prefixes = [obj.path[:length] for length in range(3 * steplen, len(obj.path) + 1, steplen)]
        return " › ".join(self.path_titles.get(prefix, "?") for prefix in prefixes)


class PageActionRequestForm(forms.Form):
    """An editor's request; for a move, where to."""

    target_parent = MoveTargetChoiceField(
        label=_("Move to"),
        queryset=Page.objects.none(),
        empty_label=None,
        help_text=_("The page will be placed last among the chosen page's subpages."),
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Why should this be done? The coordinator reads this."),
    )

    def __init__(self, *args, user: AbstractBaseUser, page: Page, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        if action == PageActionRequest.Action.MOVE:
            targets = page_action_request_move_targets(user=user, page=page)
            field = self.fields["target_parent"]
            field.queryset = targets
            field.path_titles = _titles_by_path(list(targets))
        else:
            del self.fields["target_parent"]


class PageActionRequestApproveForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional; the editor receives it by e-mail."),
    )


class PageActionRequestRejectForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required: tell the editor why; they receive it by e-mail."),
        error_messages={"required": _("Tell the editor why the request is rejected.")},
    )


def _titles_by_path(pages: list[Page]) -> dict[str, str]:
    """Titles of the given pages and all their ancestors, in one query."""
    steplen = Page.steplen
    prefixes = {
        page.path[:length]
        for page in pages
        for length in range(steplen, len(page.path) + 1, steplen)
    }
    return dict(Page.objects.filter(path__in=prefixes).values_list("path", "title"))
