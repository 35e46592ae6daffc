"""Wagtail hooks of the editorial app; each concern registers its own in its module."""

import editorial.hooks.manual  # noqa: F401
from editorial.hooks import dashboard, privacy, requests, site_root, translations  # noqa: F401
