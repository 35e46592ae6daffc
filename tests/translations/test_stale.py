"""Out-of-date translations: the reader's notice and the editors' list in the admin.

Uses the editorial world of tests/editorial/conftest.py (networks Tracer and Diamond with a
project each, a theme, one user per role), published in Dutch and translated into English
through wagtail-localize. Time is set explicitly (`on_day`): the site is translated on day 0,
Dutch pages are republished on later days and re-synced later still, so the order of the dates
is certain. The admin speaks Dutch (LANGUAGE_CODE), so admin strings are compared through
gettext.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from types import SimpleNamespace
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from wagtail.admin.menu import admin_menu
from wagtail.models import GroupPagePermission, Locale, Page

from tests import factories, worldcache
from tests.editorial.conftest import _build_world
from translations.selectors import stale_translation_list, translation_staleness
from translations.services import page_translation_save

DAY_0 = timezone.make_aware(datetime(2025, 3, 3, 10, 0))  # noqa: DTZ001
LIST_URL = "/admin/translations/out-of-date/"
DASHBOARD = "/admin/"


@contextmanager
def on_day(day: int) -> Iterator[datetime]:
    """Everything inside happens `day` days after the site was translated."""
    moment = DAY_0 + timedelta(days=day)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield moment


def republish(page: Page, *, day: int) -> None:
    with on_day(day):
        Page.objects.get(pk=page.pk).specific.save_revision().publish()


def resync(page: Page, *, day: int, publish: bool = True) -> None:
    """What "Sync translated pages" does: read the Dutch page again, then (maybe) publish."""
    with on_day(day):
        page_translation_save(page=page, strings={}, publish=publish)


@worldcache.fixture
def translated() -> SimpleNamespace:
    """The editorial world published in Dutch on day -1 and translated on day 0 (its rows built
    once for consecutive tests that ask for it, each test in its own transaction:
    tests/worldcache.py)."""
    world = _build_world()
    world.content = factories.ContentPageFactory(parent=world.home, title="Over ons")
    dutch_pages = [
        world.home,
        world.theme.get_parent(),
        world.theme,
        world.content,
        world.network_x.get_parent(),
        world.network_x,
        world.project_x,
        world.network_y,
        world.project_y,
    ]
    with on_day(-1):
        for page in dutch_pages:
            page.specific.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    translated = {}
    with on_day(0):
        for page in dutch_pages:
            translated[page.pk] = page_translation_save(
                page=page, strings={"title": f"{page.title} (EN)"}
            )
    assert all(page.get_translation(english) for page in dutch_pages)
    world.en = SimpleNamespace(
        theme=translated[world.theme.pk],
        content=translated[world.content.pk],
        network_x=translated[world.network_x.pk],
        project_x=translated[world.project_x.pk],
        project_y=translated[world.project_y.pk],
    )
    return world


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed(groups) -> list[tuple[str, list[int]]]:
    """The selector's list as (group, [English page ids]) pairs, in display order."""
    return [
        (group.network.title if group.network else "site-wide", [i.page.pk for i in group.items])
        for group in groups
    ]


def listed_on_page(soup: BeautifulSoup) -> list[tuple[str, list[int]]]:
    """The admin page's list in the same form, networks named by their page id."""
    return [
        (
            section["data-network"] or "site-wide",
            [int(row["data-page"]) for row in section.select("tr[data-page]")],
        )
        for section in soup.select("section.dkc-stale-group")
    ]


def in_dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


# The reader's notice ------------------------------------------------------------------------


def test_the_notice_appears_after_the_dutch_source_is_republished(translated, client):
    republish(translated.project_x, day=5)

    notice = soup_of(client.get(translated.en.project_x.url)).select_one(".translation-notice")

    assert notice is not None
    assert notice["role"] == "note"
    with translation.override("en"):
        date = formats.date_format(timezone.localtime(DAY_0 + timedelta(days=5)), "DATE_FORMAT")
        expected = gettext(
            "The Dutch original was updated on %(date)s; this translation may be out of date."
        ) % {"date": date}
    assert expected in " ".join(notice.get_text().split())
    link = notice.select_one("a")
    assert link["href"] == translated.project_x.url
    assert (link["lang"], link["hreflang"]) == ("nl", "nl")
    assert link.get_text() == "Werkend leren"


def test_the_notice_disappears_after_a_resync(translated, client):
    republish(translated.project_x, day=5)
    resync(translated.project_x, day=7)

    soup = soup_of(client.get(translated.en.project_x.url))

    assert soup.select_one(".translation-notice") is None


def test_no_notice_on_the_dutch_page_nor_on_an_up_to_date_translation(translated, client):
    republish(translated.project_x, day=5)

    dutch = soup_of(client.get(translated.project_x.url))
    up_to_date = soup_of(client.get(translated.en.project_y.url))

    assert dutch.select_one(".translation-notice") is None
    assert up_to_date.select_one(".translation-notice") is None


def test_a_sync_waiting_for_approval_leaves_the_translation_out_of_date(translated):
    """Readers get the synced text only once the English page is published."""
    republish(translated.project_x, day=5)
    resync(translated.project_x, day=7, publish=False)

    stale = translation_staleness(page=translated.en.project_x)

    assert stale is not None
    assert stale.source_updated_at == DAY_0 + timedelta(days=5)
    assert stale.synced_at == DAY_0  # the English page's last publication


def test_republishing_the_english_page_without_a_sync_does_not_bring_it_up_to_date(translated):
    republish(translated.project_x, day=5)
    republish(translated.en.project_x, day=6)

    stale = translation_staleness(page=translated.en.project_x)

    assert stale is not None
    assert stale.synced_at == DAY_0  # the last sync


def test_an_english_page_not_made_with_wagtail_localize_is_never_out_of_date(translated):
    english = translated.en.content.locale
    translated.en.content.delete()
    by_hand = translated.content.copy_for_translation(english)
    by_hand.save_revision().publish()
    republish(translated.content, day=5)

    assert translation_staleness(page=by_hand) is None


def test_the_notice_costs_at_most_two_queries(translated, django_assert_max_num_queries):
    """Plus the link's URL, which Wagtail finds from the site root paths it caches."""
    republish(translated.project_x, day=5)
    english_page = Page.objects.get(pk=translated.en.project_x.pk)
    dutch_page = Page.objects.get(pk=translated.project_x.pk)

    with django_assert_max_num_queries(2):
        assert translation_staleness(page=english_page) is not None
    with django_assert_max_num_queries(1):
        assert translation_staleness(page=dutch_page) is None


# The editors' list --------------------------------------------------------------------------


def test_the_list_holds_exactly_the_stale_pages_per_network_oldest_first(translated):
    republish(translated.project_y, day=3)
    republish(translated.content, day=4)
    republish(translated.network_x, day=5)
    republish(translated.project_x, day=2)
    republish(translated.theme, day=6)
    resync(translated.theme, day=8)  # up to date again

    groups = stale_translation_list()

    assert listed(groups) == [
        ("Tracer", [translated.en.project_x.pk, translated.en.network_x.pk]),
        ("Diamond", [translated.en.project_y.pk]),
        ("site-wide", [translated.en.content.pk]),
    ]
    oldest = groups[0].items[0]
    assert oldest.source_page.pk == translated.project_x.pk
    assert oldest.source_updated_at == DAY_0 + timedelta(days=2)
    assert oldest.synced_at == DAY_0


def test_the_admin_list_shows_the_stale_pages_with_their_links(translated, login):
    republish(translated.project_x, day=2)
    republish(translated.content, day=4)

    # A superuser: only users with wagtail-localize's `submit_translation` get the update link.
    soup = soup_of(login(factories.UserFactory(superuser=True)).get(LIST_URL))

    assert listed_on_page(soup) == [
        (str(translated.network_x.pk), [translated.en.project_x.pk]),
        ("site-wide", [translated.en.content.pk]),
    ]
    assert in_dutch("DKC MVO (site-wide)") in soup.select("section.dkc-stale-group h2")[1].text
    row = soup.select_one(f'tr[data-page="{translated.en.project_x.pk}"]')
    links = [a["href"] for a in row.select("a")]
    source_id = stale_translation_list()[0].items[0].translation_source_id
    assert links[:2] == [
        reverse("wagtailadmin_pages:edit", args=[translated.en.project_x.pk]),
        reverse("wagtailadmin_pages:edit", args=[translated.project_x.pk]),
    ]
    assert (
        f"{reverse('wagtail_localize:update_translations', args=[source_id])}?next={LIST_URL}"
        in links
    )


def test_the_admin_list_says_so_when_everything_is_up_to_date(translated, login):
    soup = soup_of(login(translated.coordinator).get(LIST_URL))

    assert soup.select("section.dkc-stale-group") == []
    assert in_dutch("All translations are up to date with their Dutch originals.") in soup.text


def test_the_update_link_syncs_the_page_off_the_list(
    translated, login, django_capture_on_commit_callbacks
):
    republish(translated.project_x, day=2)
    [group] = stale_translation_list()
    update_url = reverse(
        "wagtail_localize:update_translations", args=[group.items[0].translation_source_id]
    )

    # wagtail-localize publishes the synced translation once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = login(factories.UserFactory(superuser=True)).post(
            f"{update_url}?next={LIST_URL}", {"publish_translations": "on"}
        )

    assert response.status_code == 302
    assert response.url == LIST_URL
    assert stale_translation_list() == []


def test_a_network_editor_sees_only_their_own_networks_stale_pages(translated, login):
    republish(translated.project_x, day=2)
    republish(translated.project_y, day=3)
    republish(translated.content, day=4)

    assert listed(stale_translation_list(user=translated.editor_x)) == [
        ("Tracer", [translated.en.project_x.pk])
    ]
    assert listed(stale_translation_list(user=translated.editor_y)) == [
        ("Diamond", [translated.en.project_y.pk])
    ]
    assert len(stale_translation_list(user=translated.coordinator)) == 3
    assert listed_on_page(soup_of(login(translated.editor_x).get(LIST_URL))) == [
        (str(translated.network_x.pk), [translated.en.project_x.pk])
    ]


def test_the_update_link_is_shown_only_to_users_allowed_to_sync(translated, login):
    """wagtail-localize's update view refuses users without `submit_translation`: network
    editors and coordinators have it (editorial.roles), a user with page rights only does not."""
    republish(translated.project_x, day=2)
    update_url = reverse(
        "wagtail_localize:update_translations",
        args=[stale_translation_list()[0].items[0].translation_source_id],
    )

    def update_links(user) -> list[str]:
        soup = soup_of(login(user).get(LIST_URL))
        return [a["href"] for a in soup.select("tr[data-page] a") if update_url in a["href"]]

    page_rights_only = factories.UserFactory()
    page_rights_group = Group.objects.create(name="Alleen paginarechten")
    page_rights_group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    GroupPagePermission.objects.create(
        group=page_rights_group,
        page=translated.network_x,
        permission=Permission.objects.get(codename="change_page"),
    )
    page_rights_group.user_set.add(page_rights_only)
    for counterpart in translated.network_x.get_translations():
        GroupPagePermission.objects.create(
            group=page_rights_group,
            page=counterpart,
            permission=Permission.objects.get(codename="change_page"),
        )

    assert update_links(page_rights_only) == []
    assert len(update_links(translated.editor_x)) == 1


def test_anonymous_users_and_members_cannot_open_the_list(translated, login, client):
    anonymous = client.get(LIST_URL)
    member = login(translated.member_x).get(LIST_URL)

    assert anonymous.status_code == 302
    assert anonymous.url.startswith(reverse("wagtailadmin_login"))
    assert member.status_code == 403 or (
        member.status_code == 302 and not member.url.startswith(LIST_URL)
    )


def _list_queries(user) -> tuple[int, int]:
    """(queries, pages listed) for `user`, as fresh as a new request (no permission cache)."""
    user = type(user).objects.get(pk=user.pk)
    with CaptureQueriesContext(connection) as queries:
        groups = stale_translation_list(user=user)
    return len(queries), sum(len(group.items) for group in groups)


@pytest.mark.parametrize("role, pages_then", [("editor_x", 2), ("coordinator", 5)])
def test_the_list_costs_a_fixed_number_of_queries(translated, role, pages_then):
    user = getattr(translated, role)
    republish(translated.project_x, day=2)
    queries_for_one, listed_first = _list_queries(user)

    for day, page in enumerate(
        [translated.network_x, translated.project_y, translated.theme, translated.content], 3
    ):
        republish(page, day=day)
    queries_for_more, listed_then = _list_queries(user)

    assert (listed_first, listed_then) == (1, pages_then)
    assert queries_for_more == queries_for_one <= 6


# Dashboard and menu -------------------------------------------------------------------------


def test_the_dashboard_panel_appears_only_when_something_is_out_of_date(translated, login):
    client = login(translated.coordinator)

    before = soup_of(client.get(DASHBOARD))
    republish(translated.project_x, day=2)
    republish(translated.content, day=3)
    after = soup_of(client.get(DASHBOARD))

    assert before.select_one("#dkc-stale-translations-section") is None
    panel = after.select_one("#dkc-stale-translations-section")
    assert panel is not None
    assert panel.select_one(f'a[href="{LIST_URL}"]') is not None
    assert "2" in panel.text


def _menu_label(user) -> str | None:
    request = RequestFactory().get(DASHBOARD)
    request.user = user
    with translation.override("nl"):
        for item in admin_menu.menu_items_for_request(request):
            if item.name == "dkc-stale-translations":
                return str(item.render_component(request).label)
    return None


def test_the_menu_item_counts_the_editors_own_stale_pages(translated):
    republish(translated.project_x, day=2)
    republish(translated.content, day=3)

    label = in_dutch("Translations out of date")
    assert _menu_label(translated.editor_x) == f"{label} (1)"
    assert _menu_label(translated.editor_y) == label
    assert _menu_label(translated.coordinator) == f"{label} (2)"
    assert _menu_label(translated.member_x) is None
