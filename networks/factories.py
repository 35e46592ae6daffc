"""Factories for the network pages, their projects and closed areas (see core.factories)."""

import factory
import wagtail_factories

from core.factories import home_page, index_page, themes_set
from networks.models import ClosedAreaPage, NetworkIndexPage, NetworkPage, ProjectPage


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lerende netwerken"
    slug = "netwerken"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Netwerk {n}")
    parent = index_page(NetworkIndexPageFactory)
    short_name = factory.Sequence(lambda n: f"NW{n}")
    aim = "Werkt aan een smal MVO-thema."
    coordinator_name = "Coordinator Test"
    contact_email = "netwerk@example.org"

    class Meta:
        model = NetworkPage
        skip_postgeneration_save = True

    themes = factory.PostGeneration(themes_set)


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    parent = factory.SubFactory(NetworkPageFactory)
    intro = "Een project van een netwerk."

    class Meta:
        model = ProjectPage
        skip_postgeneration_save = True

    themes = factory.PostGeneration(themes_set)


class ClosedAreaPageFactory(wagtail_factories.PageFactory):
    area = ClosedAreaPage.INTRANET
    title = factory.LazyAttribute(lambda page: page.area.capitalize())
    slug = factory.LazyAttribute(lambda page: page.area)
    parent = factory.SubFactory(NetworkPageFactory)

    class Meta:
        model = ClosedAreaPage
