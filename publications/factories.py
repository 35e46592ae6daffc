"""Factories for publications (see core.factories): live, with their file and the logo box
ticked by default, under a new network unless `parent=` names one."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Collection

from core.factories import themes_set
from networks.factories import NetworkPageFactory
from publications.models import PublicationKind, PublicationPage


class PublicationDocumentFactory(wagtail_factories.DocumentFactory):
    """A publication's PDF in the root collection (public). Point MEDIA_ROOT somewhere
    temporary in tests; `file__data` sets its bytes."""

    title = factory.Sequence(lambda n: f"Publicatie {n} (PDF)")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(filename="publicatie.pdf", data=b"%PDF-1.4 publicatie")

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def file_size_stored(document, create, extracted, **kwargs):
        # As Wagtail's upload form does: listings read the stored size, never the disk.
        if create and document.file_size is None:
            document.file_size = document.file.size
            document.save(update_fields=["file_size"])


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Publicatie {n}")
    parent = factory.SubFactory(NetworkPageFactory)
    kind = PublicationKind.BROCHURE
    document = factory.SubFactory(PublicationDocumentFactory)
    publication_date = factory.LazyFunction(datetime.date.today)
    intro = "Een publicatie van een netwerk."
    # A live publication always carries the logos (the approval refuses one without).
    esf_logos_present = True

    class Meta:
        model = PublicationPage
        skip_postgeneration_save = True

    themes = factory.PostGeneration(themes_set)
