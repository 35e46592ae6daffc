"""The factories of every page type of the site, and of users, for the tests.

They live in each app's `factories.py` (the demo loader builds through them too); this module
gathers them so that `from tests import factories` reaches all of them.
"""

from core.factories import ContentPageFactory, UserFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import home_page
from networks.factories import (
    ClosedAreaPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    ProjectPageFactory,
)
from news.factories import NewsIndexPageFactory, NewsPageFactory
from themes.factories import ThemeIndexPageFactory, ThemePageFactory

__all__ = [
    "ClosedAreaPageFactory",
    "ContentPageFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "NetworkIndexPageFactory",
    "NetworkPageFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "ProjectPageFactory",
    "ThemeIndexPageFactory",
    "ThemePageFactory",
    "UserFactory",
    "home_page",
]
