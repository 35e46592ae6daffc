from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.richtext import RICH_TEXT_HOOK
from glossary.links import MARK_TAG, page_glossary_links
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
                # Seen in the editor as in most browsers' rendering of a definition.
                "style": {"textDecoration": "underline dotted", "fontStyle": "italic"},
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
