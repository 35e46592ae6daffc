"""Factories for the theme pages (see core.factories)."""

import factory
import wagtail_factories

from core.factories import home_page, index_page
from themes.models import ThemeIndexPage, ThemePage


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thema's"
    slug = "themas"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = ThemeIndexPage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    parent = index_page(ThemeIndexPageFactory)
    intro = "Een smal MVO-thema."

    class Meta:
        model = ThemePage
