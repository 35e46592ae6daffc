"""Factories for the agenda and its events (see core.factories)."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from core.factories import home_page, index_page, themes_set
from events.models import EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Activiteit {n}")
    parent = index_page(EventIndexPageFactory)
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    location = "Brussel"

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    themes = factory.PostGeneration(themes_set)
