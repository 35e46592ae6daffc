"""Snippets with the searched words marked: live in `core.search_text`, shared with the closed
areas' own search (which may not import `search/`)."""

from core.search_text import SNIPPET_LENGTH, highlight  # noqa: F401 - kept for its importers
