"""Helpers shared by the test modules."""

from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from core.models import ContentPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from networks.models import ClosedAreaPage, NetworkIndexPage, NetworkPage, ProjectPage
from news.models import NewsIndexPage, NewsPage
from publications.models import PublicationPage
from tests import factories
from themes.models import ThemeIndexPage, ThemePage

ALL_PAGE_TYPES = [
    Page,
    HomePage,
    ContentPage,
    ThemeIndexPage,
    ThemePage,
    NetworkIndexPage,
    NetworkPage,
    ProjectPage,
    ClosedAreaPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    PublicationPage,
]


def assert_creatable_only_under(
    checks: WagtailPageTestCase, child: type[Page], parents: set[type[Page]]
) -> None:
    """`child` can be created under each of `parents` and under no other page type."""
    checks.assertAllowedParentPageTypes(child, parents)
    for parent in ALL_PAGE_TYPES:
        if parent in parents:
            checks.assertCanCreateAt(parent, child)
        else:
            checks.assertCanNotCreateAt(parent, child)


def assert_listing_hides_drafts(client: Client, listing_url: str, live_page, draft_page) -> None:
    """The listing shows `live_page` under its published title, never a draft.

    `live_page` must have a pending revision whose title differs from the live one;
    `draft_page` must never have been published.
    """
    response = client.get(listing_url)
    assert response.status_code == 200
    content = response.content.decode()
    live_title = Page.objects.get(pk=live_page.pk).title
    assert live_title in content
    assert live_page.get_latest_revision().as_object().title not in content
    assert draft_page.title not in content
    assert client.get(draft_page.url).status_code == 404


def publish_then_draft(page, draft_title: str):
    """Give a live page a pending revision with another title, as an editor would."""
    page.save_revision().publish()
    page.title = draft_title
    page.save_revision()
    page.refresh_from_db()
    return page


def themes_with_images(count: int) -> None:
    """Add `count` live themes, each with its own listing image."""
    for _ in range(count):
        factories.ThemePageFactory(listing_image=factories.ImageFactory())


def queries_of_a_fresh_render(client: Client, url: str) -> int:
    """The queries of one request for `url` once its renditions exist but are not cached.

    Wagtail keeps renditions in the cache as well, keyed by image id (ids repeat between
    tests); left there, they would skip making the renditions or hide the query per image
    that a listing without prefetched renditions does.
    """
    for cache in caches.all():
        cache.clear()
    assert client.get(url).status_code == 200
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def page_submit(page: Page, user, *, title: str | None = None) -> Page:
    """Save a revision as `user` (with a new `title`, if given) and submit it to the page's
    workflow, as the admin's "Submit" does; returns the page as saved."""
    page = Page.objects.get(pk=page.pk).specific
    if title:
        page.title = title
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return page


def page_decide(page: Page, user, action: str, *, comment: str = "") -> None:
    """Take `action` ("approve", "reject") on the page's current workflow task, as a
    coordinator's buttons do."""
    task_state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, action, comment=comment)
