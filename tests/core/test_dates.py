"""One way of writing dates per language, wherever a date appears."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.formats import date_format

DAY = date(2026, 12, 6)
MOMENT = datetime(2027, 3, 27, 14, 30, tzinfo=ZoneInfo("Europe/Brussels"))


@pytest.mark.parametrize(
    ("language", "day", "moment"),
    [
        ("nl", "6 december 2026", "27 maart 2027, 14:30"),
        ("en", "6 December 2026", "27 March 2027, 14:30"),
    ],
)
def test_dates_are_written_day_month_year_in_each_language(language, day, moment):
    with translation.override(language):
        assert date_format(DAY) == day
        assert date_format(MOMENT, "DATETIME_FORMAT") == moment
        rendered = Template('{{ day|date }} · {{ day|date:"DATE_FORMAT" }}').render(
            Context({"day": DAY})
        )
        assert rendered == f"{day} · {day}"


def test_english_never_writes_the_american_abbreviation():
    with translation.override("en"):
        assert "Dec." not in date_format(DAY)
        assert date_format(DAY, "SHORT_DATE_FORMAT") == "06/12/2026"
