"""Theme and network pages show their upcoming events (core.sections), without `themes` or
`networks` importing this app."""

from wagtail import hooks

from core.sections import PAGE_SECTIONS_HOOK, Section
from networks.models import NetworkPage
from themes.models import ThemePage

THEME_TEMPLATE = "events/includes/theme_events_section.html"
NETWORK_TEMPLATE = "events/includes/network_events_section.html"


@hooks.register(PAGE_SECTIONS_HOOK)
def upcoming_events_section(page, request):
    if isinstance(page, ThemePage):
        return [
            Section(slot="main", order=20, template="events/includes/theme_events_section.html")
        ]
    if isinstance(page, NetworkPage):
        return [
            Section(slot="main", order=20, template="events/includes/network_events_section.html")
        ]
    return None
