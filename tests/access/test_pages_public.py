"""The one rule of what every visitor may see listed or found (`access.rules.pages_public`):
the menu, every listing (through core.visibility, with the restricted paths kept) and the
site search."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from access.rules import pages_public, pages_restricted_paths
from tests import factories


def test_pages_public_keeps_what_wagtails_public_keeps(site_tree):
    # A restriction inside a closed area, one on a page of its own, one on a whole section.
    inner = factories.ContentPageFactory(parent=site_tree.intranet, title="Binnen")
    PageViewRestriction.objects.create(page=inner, restriction_type="password", password="x")
    alone = factories.ContentPageFactory(parent=site_tree.home, title="Alleen")
    factories.ContentPageFactory(parent=alone, title="Onder alleen")
    PageViewRestriction.objects.create(page=alone, restriction_type="login")
    PageViewRestriction.objects.create(page=site_tree.news_index, restriction_type="login")

    ours = set(pages_public(Page.objects.all()).values_list("title", flat=True))
    wagtails = set(Page.objects.public().values_list("title", flat=True))

    assert ours == wagtails
    assert "Over ons" in ours
    assert not {"Binnen", "Alleen", "Onder alleen", "Oproep thesisprijs"} & ours


def test_pages_public_without_any_restriction_keeps_every_page(db, home_page):
    PageViewRestriction.objects.all().delete()
    factories.ContentPageFactory(parent=home_page, title="Open")

    assert pages_public(Page.objects.all()).count() == Page.objects.count()


def test_pages_public_with_the_restricted_paths_given_reads_no_restriction(site_tree):
    paths = pages_restricted_paths()
    pages = pages_public(Page.objects.all(), restricted_paths=paths)

    with CaptureQueriesContext(connection) as queries:
        ours = set(pages.values_list("pk", flat=True))

    assert len(queries) == 1
    assert "pageviewrestriction" not in queries[0]["sql"].lower()
    assert ours == set(Page.objects.public().values_list("pk", flat=True))
    assert site_tree.intranet.pk not in ours


def test_the_search_backend_filters_by_pages_public(site_tree):
    # A search backend filters on indexed fields only (the page id is one): no FilterFieldError.
    pages = pages_public(Page.objects.live(), restricted_paths=[site_tree.intranet.path])

    found = list(get_search_backend().search(site_tree.tracer.title, pages))

    assert site_tree.intranet.pk not in {page.pk for page in found}
