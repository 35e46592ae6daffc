from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from glossary.models import GlossaryTerm


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
