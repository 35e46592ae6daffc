"""Factories for the news index and news items (see core.factories)."""

import factory
import wagtail_factories
from django.utils import timezone

from core.factories import home_page, index_page
from news.models import NewsIndexPage, NewsPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    parent = index_page(NewsIndexPageFactory)
    date = factory.LazyFunction(timezone.localdate)
    intro = "Nieuws uit de netwerken."

    class Meta:
        model = NewsPage
