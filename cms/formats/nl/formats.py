"""Dates in this language: see cms/formats/common.py."""

from cms.formats.common import *  # noqa: F403
