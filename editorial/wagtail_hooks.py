"""Wagtail hooks of the editorial app; each concern registers its own in its module."""

from editorial.hooks import (  # noqa: F401
    closed_areas,
    dashboard,
    manual,
    moves,
    requests,
    site_root,
    translations,
)
