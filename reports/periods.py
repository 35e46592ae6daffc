"""The periods a report covers: a quarter, a year, or the run up to a reporting deadline.

A period is a pair of calendar dates, both included; an event belongs to the period its
start falls in (the site's time zone), a publication the one its date falls in.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str

    @property
    def start_at(self) -> datetime:
        """The first moment of the period, in the site's time zone."""
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def end_before(self) -> datetime:
        """The first moment after the period."""
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))

    @property
    def dates(self) -> str:
        return f"{date_format(self.start, 'SHORT_DATE_FORMAT')} – " + date_format(
            self.end, "SHORT_DATE_FORMAT"
        )


def quarter_period(*, year: int, quarter: int) -> Period:
    first_month = 3 * (quarter - 1) + 1
    start = date(year, first_month, 1)
    end = (date(year + 1, 1, 1) if quarter == 4 else date(year, first_month + 3, 1)) - timedelta(
        days=1
    )
    return Period(start, end, gettext("Q%(quarter)s %(year)s") % {"quarter": quarter, "year": year})


def year_period(*, year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


def deadline_period(*, deadline) -> Period:
    """From the deadline's own start, else the day after the previous deadline of the same
    networks (a network's deadline follows its own and every network's; an every-network
    deadline follows every-network ones), else 1 January of its year; to the deadline."""
    from reports.selectors import deadline_previous

    start = deadline.period_start
    if start is None:
        previous = deadline_previous(deadline=deadline)
        start = previous.date + timedelta(days=1) if previous else date(deadline.date.year, 1, 1)
    return Period(start, deadline.date, deadline.label)
