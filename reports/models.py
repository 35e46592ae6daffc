"""The ESF reporting deadlines the coordinators enter. The reports themselves are read from
the events, their anonymous registration counts and the publications register: nothing of
them is stored here."""

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class ReportingDeadlineForm(WagtailAdminModelForm):
    """The snippet's form: networks by their name, not their editors' group."""

    def __init__(self, *args, **kwargs):
        from access.selectors import network_page_per_key

        super().__init__(*args, **kwargs)
        pages = network_page_per_key()
        self.fields["network"].label_from_instance = lambda access: (
            getattr(pages.get(access.translation_key), "title", "") or str(access)
        )


class ReportingDeadline(models.Model):
    """A date by which the networks (one, or all of them) report to the ESF agency.

    Its period runs from the day after the previous deadline of the same networks to this
    date, or from `period_start` when the coordinator enters one (the first deadline, or a
    period that does not follow on the last).
    """

    date = models.DateField(_("deadline"))
    label = models.CharField(_("label"), max_length=200)
    network = models.ForeignKey(
        "access.NetworkAccess",
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reporting_deadlines",
        help_text=_("Leave empty for a deadline of every network."),
    )
    period_start = models.DateField(
        _("period starts"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty to start the day after the previous deadline (for the first "
            "deadline: on 1 January of its year)."
        ),
    )

    base_form_class = ReportingDeadlineForm

    class Meta:
        verbose_name = _("reporting deadline")
        verbose_name_plural = _("reporting deadlines")
        ordering: ClassVar[list[str]] = ["date", "pk"]
        constraints: ClassVar[list] = [
            models.UniqueConstraint(
                fields=["date", "network"], name="reports_deadline_one_per_day_and_network"
            ),
            models.UniqueConstraint(
                fields=["date"],
                condition=models.Q(network__isnull=True),
                name="reports_deadline_one_per_day_for_all",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.date.isoformat()})"

    def clean(self):
        super().clean()
        if self.date and self.period_start and self.period_start > self.date:
            raise ValidationError(
                {"period_start": _("The period cannot start after its deadline.")}
            )
        if self.date:
            clash = ReportingDeadline.objects.filter(date=self.date, network=self.network)
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if clash.exists():
                raise ValidationError(
                    {"date": _("These networks already have a deadline on this date.")}
                )
