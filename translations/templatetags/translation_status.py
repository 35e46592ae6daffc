"""Template tags about a page's translation state, for the site's own templates."""

from django import template

from translations.selectors import translation_staleness

register = template.Library()


@register.inclusion_tag("translations/stale_notice.html", takes_context=True)
def stale_translation_notice(context, page) -> dict:
    """`{% stale_translation_notice page %}`: a note for readers of an out-of-date translation.

    Renders nothing for a Dutch page, a page without a Dutch source managed by
    wagtail-localize, an up-to-date translation, or anything that is not a page.
    """
    stale = translation_staleness(page=page)
    if stale is None:
        return {"stale": None}
    return {
        "stale": stale,
        "source_url": stale.source_page.get_url(context.get("request")),
    }
