"""The report's period chooser: which network (or all, for the coordinators) and which
quarter, year or reporting deadline."""

from uuid import UUID

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reports.models import ReportingDeadline
from reports.periods import Period, deadline_period, quarter_period, year_period

QUARTER, YEAR, DEADLINE = "quarter", "year", "deadline"
FIRST_YEAR, LAST_YEAR = 2000, 2100


class DeadlineChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return str(obj)


class ReportPeriodForm(forms.Form):
    network = forms.ChoiceField(label=_("Network"), required=False)
    kind = forms.ChoiceField(
        label=_("Period"),
        choices=[(QUARTER, _("Quarter")), (YEAR, _("Year")), (DEADLINE, _("Reporting deadline"))],
    )
    year = forms.IntegerField(
        label=_("Year"),
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        required=False,
        error_messages={
            "min_value": _("Choose a year from 2000 to 2100."),
            "max_value": _("Choose a year from 2000 to 2100."),
            "invalid": _("Choose a year from 2000 to 2100."),
        },
    )
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        choices=[(n, f"Q{n}") for n in range(1, 5)],
        coerce=int,
        required=False,
    )
    deadline = DeadlineChoiceField(
        label=_("Reporting deadline"),
        queryset=ReportingDeadline.objects.none(),
        required=False,
        error_messages={"invalid_choice": _("Choose one of the deadlines listed.")},
    )

    def __init__(self, *args, networks: dict[UUID, str], all_networks: bool, **kwargs):
        """`networks`: the networks the user may report on (key: name); `all_networks`: may
        they see the report across all networks (the coordinators)."""
        super().__init__(*args, **kwargs)
        self.networks = networks
        choices = [(str(key), name) for key, name in networks.items()]
        if all_networks:
            choices.insert(0, ("", _("All networks")))
        self.fields["network"].choices = choices
        self.fields["network"].required = not all_networks
        deadlines = ReportingDeadline.objects.select_related("network").order_by("-date", "pk")
        if not all_networks:
            deadlines = deadlines.filter(
                Q(network__isnull=True) | Q(network__translation_key__in=list(networks))
            )
        self.fields["deadline"].queryset = deadlines

    @classmethod
    def initial_data(cls, *, networks: dict[UUID, str], all_networks: bool) -> dict[str, str]:
        """This quarter's report of all networks (coordinators) or of the first own network."""
        today = timezone.localdate()
        network = "" if all_networks or not networks else str(next(iter(networks)))
        return {
            "network": network,
            "kind": QUARTER,
            "year": str(today.year),
            "quarter": str((today.month - 1) // 3 + 1),
        }

    @property
    def network_key(self) -> UUID | None:
        value = self.cleaned_data.get("network")
        return UUID(value) if value else None

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind in (QUARTER, YEAR) and cleaned.get("year") is None and "year" not in self.errors:
            self.add_error("year", _("Choose a year."))
        if kind == QUARTER and not cleaned.get("quarter") and "quarter" not in self.errors:
            self.add_error("quarter", _("Choose a quarter."))
        if kind == DEADLINE:
            deadline = cleaned.get("deadline")
            if deadline is None:
                if "deadline" not in self.errors:
                    self.add_error("deadline", _("Choose a reporting deadline."))
            elif deadline.network_id is not None and (
                not cleaned.get("network")
                or str(deadline.network.translation_key) != cleaned["network"]
            ):
                self.add_error(
                    "deadline",
                    _(
                        "This deadline is another network's: choose its network, or a "
                        "deadline of every network."
                    ),
                )
        return cleaned

    def period(self) -> Period:
        """The chosen period (call after `is_valid`)."""
        kind = self.cleaned_data["kind"]
        if kind == DEADLINE:
            return deadline_period(deadline=self.cleaned_data["deadline"])
        if kind == YEAR:
            return year_period(year=self.cleaned_data["year"])
        return quarter_period(year=self.cleaned_data["year"], quarter=self.cleaned_data["quarter"])
