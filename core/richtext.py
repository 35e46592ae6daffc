"""Rich text as readers see it, with what apps higher up add to it.

The shared blocks live in `core`, yet the glossary (an app above it) turns a term the editor
marked into a link to its entry. Each such app registers a Wagtail hook `RICH_TEXT_HOOK` (in
its `wagtail_hooks.py`) that gets the rendered HTML and the page, and returns the HTML
rewritten; templates render rich text with `{% rich_text value %}` (core's site_tags), which
applies them in order. References keep running one way, as with `core.sections`.
"""

from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks
from wagtail.models import Page
from wagtail.rich_text import RichText

RICH_TEXT_HOOK = "dkc_rich_text"


def rich_text_render(value: RichText | str | None, *, page: Page | None = None) -> SafeString:
    """`value` (a rich text block's value or a RichTextField's text) as front-end HTML: Wagtail's
    rendering (links and embeds expanded), then every app's hook."""
    rich_text = value if isinstance(value, RichText) else RichText(value or "")
    html = rich_text.__html__()
    for hook in hooks.get_hooks(RICH_TEXT_HOOK):
        html = hook(html=html, page=page)
    return mark_safe(html)  # noqa: S308 - Wagtail's rendering; each hook returns safe HTML
