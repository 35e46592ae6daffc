"""What a visitor typed, made safe to search for: lives in `core.search_text`, shared with the
closed areas' own search (which may not import `search/`)."""

from core.search_text import (  # noqa: F401 - this module's names, kept for its importers
    MAX_QUERY_LENGTH,
    OPERATOR_CHARACTERS,
    SearchQuery,
    search_query_clean,
)
