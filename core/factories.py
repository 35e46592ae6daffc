"""Factories for users and content pages, and what every app's page factories share.

Pages are created live by default. Each section's factory has a sensible default parent (its
index page, created under the home page when missing), so `ThemePageFactory()` just works;
pass `parent=` to put a page elsewhere. The tests and the demo loader both build through them.
"""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Page

from core.models import ContentPage


def home_page() -> Page:
    """The site's root page (home's data migration makes it), found without importing home/."""
    return Page.objects.get(depth=2).specific


def index_page(factory_class) -> factory.LazyFunction:
    """The home page's index page of one kind, created when it does not exist yet."""

    def get_or_create():
        model = factory_class._meta.model
        return model.objects.child_of(home_page()).first() or factory_class()

    return factory.LazyFunction(get_or_create)


def themes_set(page, create, extracted, **kwargs) -> None:
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
