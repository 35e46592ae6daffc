"""Which documents the live site publishes (`core.documents.documents_published`): those a
live, public page links, whatever kind of restriction closes a page, in a fixed number of
queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from core.documents import documents_published
from tests import factories


def published_titles() -> list[str]:
    return sorted(
        documents_published(get_document_model().objects.all()).values_list("title", flat=True)
    )


@pytest.mark.parametrize("restriction_type", ["password", "login", "groups"])
def test_a_page_below_any_restriction_publishes_nothing(home_page, media_root, restriction_type):
    document = factories.DocumentFactory(title="Achter slot")
    section = factories.ContentPageFactory(parent=home_page, title="Afgeschermd")
    PageViewRestriction.objects.create(
        page=section,
        restriction_type=restriction_type,
        password="geheim" if restriction_type == "password" else "",  # noqa: S106 - a test password
    )
    factories.page_linking(document, parent=section)

    assert published_titles() == []

    factories.page_linking(document, parent=home_page)
    assert published_titles() == ["Achter slot"]


def test_the_rule_costs_the_same_for_one_and_many_pages_and_links(home_page, media_root):
    def cost() -> int:
        with CaptureQueriesContext(connection) as queries:
            published_titles()
        return len(queries)

    factories.page_linking(factories.DocumentFactory(), parent=home_page)
    cost()  # content types cached
    small = cost()
    for _ in range(10):
        factories.page_linking(*(factories.DocumentFactory() for _ in range(3)), parent=home_page)
    PageViewRestriction.objects.create(page=factories.ContentPageFactory(parent=home_page))

    assert cost() == small == 2  # the view restrictions (`public()`), then one statement
    assert len(published_titles()) == 31
