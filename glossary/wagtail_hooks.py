from django.contrib import messages
from django.http import HttpRequest
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.cdn import CDN_PATHS_HOOK, paths_in_every_language
from core.richtext import RICH_TEXT_HOOK
from glossary.links import MARK_TAG, page_glossary_links, page_marks_without_term
from glossary.models import GlossaryTerm

GLOSSARY_FEATURE = "glossary"
GLOSSARY_STYLE = "GLOSSARY"


class GlossaryTermViewSet(SnippetViewSet):
    """The coordinator's glossary. Only the coordinators' group holds its permissions
    (access.roles), so the menu item and the views stay closed to network editors."""

    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossary")
    menu_name = "glossary"
    menu_order = 290
    add_to_admin_menu = True
    list_display: tuple = ("term", "slug", "locale")
    list_filter: tuple = ("locale",)


register_snippet(GlossaryTermViewSet)


@hooks.register(CDN_PATHS_HOOK)
def glossary_cdn_paths() -> list[str]:
    """/nl/begrippen/, /en/glossary/: a CDN forgets them with the pages (any snippet change
    purges, pagecache.signals)."""
    return paths_in_every_language("glossary")


@hooks.register("register_rich_text_features")
def register_glossary_feature(features) -> None:
    """The toolbar button "Glossary term": an inline style stored as `<dfn>`, which the editor
    puts on the first use of a term; rendering links it to the entry (glossary.links)."""
    features.register_editor_plugin(
        "draftail",
        GLOSSARY_FEATURE,
        draftail_features.InlineStyleFeature(
            {
                "type": GLOSSARY_STYLE,
                "icon": "help",
                "description": _("Glossary term (links to its entry)"),
                # In the editor as on the site (cms/static/css/site.css): a dotted underline.
                "style": {"textDecoration": "underline dotted"},
            }
        ),
    )
    features.register_converter_rule(
        "contentstate",
        GLOSSARY_FEATURE,
        {
            "from_database_format": {MARK_TAG: InlineStyleElementHandler(GLOSSARY_STYLE)},
            "to_database_format": {"style_map": {GLOSSARY_STYLE: MARK_TAG}},
        },
    )


hooks.register(RICH_TEXT_HOOK, page_glossary_links)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_marks_without_term(request: HttpRequest, page) -> None:
    """Saving still works; the editor learns which marks will show without a link."""
    unknown = page_marks_without_term(page=page)
    if unknown:
        messages.warning(
            request,
            gettext(
                "Marked as a glossary term but not in the glossary, so shown without a link: "
                "%(words)s. Remove the mark, or ask the coordinator to add the term or synonym."
            )
            % {"words": ", ".join(f"“{word}”" for word in unknown)},
        )
