"""wagtail-localize's translations report (editorial/views/closed_areas.py's version):
listed in a stable order, newest first, so that its pages neither repeat nor skip a row
(Django warns of an unordered list, and the warning is an error here)."""

import warnings

import pytest
from django.core.paginator import UnorderedObjectListWarning
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests import factories

pytestmark = pytest.mark.django_db

REPORT = "/admin/localize/reports/translations/results/"


def _translations(pages) -> list[Translation]:
    english = Locale.objects.get(language_code="en")
    made = []
    for page in pages:
        source, _created = TranslationSource.get_or_create_from_instance(page)
        made.append(Translation.objects.create(source=source, target_locale=english))
    return made


@pytest.mark.parametrize("role", ["superuser", "coordinator"])
def test_the_report_lists_the_newest_translation_first(client, site_tree, role):
    first, second, third = _translations([site_tree.tracer, site_tree.diamond, site_tree.mobility])
    user = (
        factories.UserFactory(superuser=True)
        if role == "superuser"
        else factories.CoordinatorFactory()
    )
    client.force_login(user)

    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        response = client.get(REPORT)

    assert response.status_code == 200
    listed = list(response.context["object_list"])
    assert listed == [third, second, first]
