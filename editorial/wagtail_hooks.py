"""Wagtail hooks of the editorial app; each concern registers its own in its module."""

from editorial.hooks import dashboard, requests, site_root, translations  # noqa: F401
