"""The student's submission form (served on the call page's `submit/`)."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from core.forms import PublicForm

ABSTRACT_MIN_LENGTH = 100
ABSTRACT_MAX_LENGTH = 3000
PDF_SIGNATURE = b"%PDF-"


class ThesisSubmissionForm(PublicForm):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    school = forms.CharField(label=_("School or university"), max_length=200)
    supervisor = forms.CharField(label=_("Supervisor"), max_length=200)
    thesis_title = forms.CharField(label=_("Title of the thesis"), max_length=300)
    abstract = forms.CharField(
        label=_("Abstract"),
        min_length=ABSTRACT_MIN_LENGTH,
        max_length=ABSTRACT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Between 100 and 3000 characters."),
    )
    thesis_file = forms.FileField(
        label=_("Your thesis (PDF)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,application/pdf"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the DKC MVO keeps my name, e-mail address, school, supervisor and "
            "thesis for this prize, read by the jury only."
        ),
        error_messages={"required": _("Please agree to the use of your data to take part.")},
    )

    error_messages = {  # noqa: RUF012
        "name": {"required": _("Please enter your name.")},
        "email": {
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address, like name@example.be."),
        },
        "school": {"required": _("Please enter your school or university.")},
        "supervisor": {"required": _("Please enter your supervisor's name.")},
        "thesis_title": {"required": _("Please enter the title of your thesis.")},
        "abstract": {
            "required": _("Please enter an abstract of your thesis."),
            "min_length": _(
                "The abstract is too short: at least %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
            "max_length": _(
                "The abstract is too long: at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
        "thesis_file": {
            "required": _("Please choose the PDF file of your thesis."),
            "empty": _("The file you chose is empty."),
            "invalid": _("Please choose the PDF file of your thesis."),
        },
    }

    autocomplete = {"email": "email", "name": "name"}  # noqa: RUF012

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thesis_file"].help_text = _("A PDF file of at most %(size)s.") % {
            "size": filesizeformat(settings.THESISPRIZE_PDF_MAX_BYTES)
        }

    def clean_thesis_file(self):
        upload = self.cleaned_data["thesis_file"]
        if not upload.name.lower().endswith(".pdf"):
            raise forms.ValidationError(
                _("Only a PDF file is accepted (its name ends in .pdf)."), code="extension"
            )
        limit = settings.THESISPRIZE_PDF_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is too large (%(size)s): at most %(limit)s is accepted."),
                code="size",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        # The name proves nothing: a PDF starts with its signature.
        upload.seek(0)
        start = upload.read(len(PDF_SIGNATURE))
        upload.seek(0)
        if start != PDF_SIGNATURE:
            raise forms.ValidationError(
                _("This file is not a PDF. Please save your thesis as PDF and choose that file."),
                code="not_pdf",
            )
        return upload
