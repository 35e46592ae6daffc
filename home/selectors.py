"""What the home page composes from the other apps' selectors."""

from typing import Any

from wagtail.models import Locale

from events.selectors import event_list_upcoming, event_listing_attach
from networks.selectors import network_list
from news.selectors import news_list
from themes.selectors import theme_card_list

HOME_EVENT_COUNT = 4
HOME_NEWS_COUNT = 3


def home_sections(*, locale: Locale, lens: str | None = None) -> dict[str, Any]:
    """The home page's sections; the upcoming events favour the reader's KO/GO `lens`."""
    upcoming = event_list_upcoming(locale=locale, lens=lens)[:HOME_EVENT_COUNT]
    return {
        "themes": theme_card_list(locale=locale),
        "networks": network_list(locale=locale),
        "upcoming_events": event_listing_attach(list(upcoming), locale=locale),
        "latest_news": news_list(locale=locale)[:HOME_NEWS_COUNT],
    }
