"""Dates as the site writes them in every language: "6 december 2026" / "6 December 2026",
day first, 24-hour clock (for English too, as read by Flemish representatives abroad, not
Django's American "Dec. 6, 2026"). Each language's module takes these."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
