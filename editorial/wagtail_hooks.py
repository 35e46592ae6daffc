"""Wagtail hooks of the editorial app; each concern registers its own in its module."""

from editorial.hooks import dashboard, manual, requests, site_root, translations  # noqa: F401
