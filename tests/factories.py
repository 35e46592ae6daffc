"""Factories for every page type of the site, and for users.

Pages are created live by default. Each factory has a sensible default parent (the index
page of its section, created under the home page when missing), so `ThemePageFactory()` just
works; pass `parent=` to put a page elsewhere.
"""

from datetime import timedelta

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.models import ContentPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from networks.models import ClosedAreaPage, NetworkIndexPage, NetworkPage, ProjectPage
from news.models import NewsIndexPage, NewsPage
from themes.models import ThemeIndexPage, ThemePage


def home_page() -> HomePage:
    """The site's root page, created by home's data migration."""
    return HomePage.objects.get(depth=2)


def _index_page(factory_class):
    """The home page's index page of one kind, created when it does not exist yet."""

    def get_or_create():
        model = factory_class._meta.model
        return model.objects.child_of(home_page()).first() or factory_class()

    return factory.LazyFunction(get_or_create)


def _set_themes(page, create, extracted, **kwargs):
    """`themes=[...]` sets the parental many-to-many once the page exists."""
    if create and extracted:
        page.themes.set(extracted)
        page.save()


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Gebruiker {n}")
    password = factory.django.Password("test-password")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inhoudspagina {n}")
    parent = factory.LazyFunction(home_page)
    intro = "Een gewone pagina."

    class Meta:
        model = ContentPage


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thema's"
    slug = "themas"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = ThemeIndexPage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    parent = _index_page(ThemeIndexPageFactory)
    intro = "Een smal MVO-thema."

    class Meta:
        model = ThemePage


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lerende netwerken"
    slug = "netwerken"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Netwerk {n}")
    parent = _index_page(NetworkIndexPageFactory)
    short_name = factory.Sequence(lambda n: f"NW{n}")
    aim = "Werkt aan een smal MVO-thema."
    coordinator_name = "Coordinator Test"
    contact_email = "netwerk@example.org"

    class Meta:
        model = NetworkPage
        skip_postgeneration_save = True

    themes = factory.PostGeneration(_set_themes)


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    parent = factory.SubFactory(NetworkPageFactory)
    intro = "Een project van een netwerk."

    class Meta:
        model = ProjectPage
        skip_postgeneration_save = True

    themes = factory.PostGeneration(_set_themes)


class ClosedAreaPageFactory(wagtail_factories.PageFactory):
    area = ClosedAreaPage.INTRANET
    title = factory.LazyAttribute(lambda page: page.area.capitalize())
    slug = factory.LazyAttribute(lambda page: page.area)
    parent = factory.SubFactory(NetworkPageFactory)

    class Meta:
        model = ClosedAreaPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Activiteit {n}")
    parent = _index_page(EventIndexPageFactory)
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    location = "Brussel"

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    themes = factory.PostGeneration(_set_themes)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    parent = _index_page(NewsIndexPageFactory)
    date = factory.LazyFunction(timezone.localdate)
    intro = "Nieuws uit de netwerken."

    class Meta:
        model = NewsPage
