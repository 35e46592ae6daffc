"""Spreadsheet exports of the admin (Wagtail's CSV/XLSX export): cells made safe to open."""

# A cell starting with one of these is a formula to a spreadsheet program: a visitor who
# registers as "=HYPERLINK(...)" must not run anything on the editor's computer (CSV
# injection). The XLSX export already stores such text as text (Wagtail's export).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """`value`, with a text that a spreadsheet would read as a formula made plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
