"""My networks: per network the person belongs to, exactly the closed areas they may enter."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from accounts.selectors import network_memberships
from networks.models import ClosedAreaPage
from tests import factories

AREAS = ("intranet_x", "extranet_x", "intranet_y")
LISTED = {
    "member_x": {"intranet_x"},
    "partner_x": {"extranet_x"},
    "editor_x": {"intranet_x", "extranet_x"},
    "editor_y": {"intranet_y"},
    "member_y": {"intranet_y"},
    "coordinator": {"intranet_x", "extranet_x", "intranet_y"},
    "outsider": set(),
}


EMPTY_STATE = (
    "Your account does not belong to any learning network yet, so there is no closed area "
    "for you to enter."
)


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


def listed_areas(world, content: str) -> set[str]:
    return {area for area in AREAS if f'href="{getattr(world, area).url}"' in content}


def test_anonymous_visitors_are_sent_to_log_in(db):
    url = reverse("accounts:my_networks")

    response = Client().get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('accounts:login')}?next={url}"


def test_each_role_sees_exactly_the_areas_it_may_enter(closed_world, browser):
    users = {**closed_world.users, "outsider": closed_world.outsider}
    actual = {}
    for role in LISTED:
        response = browser(users[role]).get(reverse("accounts:my_networks"))
        assert response.status_code == 200, role
        assert "private" in response["Cache-Control"], role
        actual[role] = listed_areas(closed_world, response.content.decode())

    assert actual == LISTED


def test_every_listed_area_opens(closed_world, browser):
    for role in ("member_x", "partner_x", "editor_x", "member_y", "coordinator"):
        client = browser(closed_world.users[role])
        for membership in network_memberships(user=closed_world.users[role]):
            for area in membership.areas:
                assert client.get(area.url).status_code == 200, (role, area.url)


def test_the_networks_and_roles_are_named(closed_world, browser):
    content = browser(closed_world.editor_x).get(reverse("accounts:my_networks"))
    content = content.content.decode()

    assert "TRACER" in content
    assert "DIAMOND" not in content
    assert dutch("editor") in content


def test_a_coordinator_sees_every_network(closed_world, browser):
    content = browser(closed_world.coordinator).get(reverse("accounts:my_networks"))
    content = content.content.decode()

    assert "TRACER" in content
    assert "DIAMOND" in content


def test_someone_in_no_network_gets_a_clear_empty_state(closed_world, browser):
    content = browser(closed_world.outsider).get(reverse("accounts:my_networks"))
    content = content.content.decode()

    assert 'class="empty-state"' in content
    assert dutch(EMPTY_STATE) in content


def test_an_area_made_public_is_listed_under_its_own_network_only(closed_world):
    PageViewRestriction.objects.filter(page=closed_world.extranet_x).delete()

    member_x = network_memberships(user=closed_world.member_x)
    member_y = network_memberships(user=closed_world.member_y)

    assert [area.pk for m in member_x for area in m.areas] == [
        closed_world.intranet_x.pk,
        closed_world.extranet_x.pk,
    ]
    assert closed_world.extranet_x.pk not in [area.pk for m in member_y for area in m.areas]


def test_the_list_costs_the_same_queries_however_many_networks(closed_world, browser):
    client = browser(closed_world.coordinator)
    client.get(reverse("accounts:my_networks"))  # warm the site and locale caches
    with CaptureQueriesContext(connection) as two_networks:
        client.get(reverse("accounts:my_networks"))

    third = factories.NetworkPageFactory(
        parent=closed_world.network_x.get_parent(), title="Compleet"
    )
    factories.ClosedAreaPageFactory(parent=third, area=ClosedAreaPage.INTRANET)
    factories.ClosedAreaPageFactory(parent=third, area=ClosedAreaPage.EXTRANET)
    client.get(reverse("accounts:my_networks"))  # the change emptied the kept parts: warm again
    with CaptureQueriesContext(connection) as three_networks:
        content = client.get(reverse("accounts:my_networks")).content.decode()

    assert third.short_name in content
    assert len(three_networks) == len(two_networks)


def _english_network(world):
    """English versions of the home page, the networks' index and network X (not its areas)."""
    from translations.services import page_translation_save

    page_translation_save(page=world.home, strings={"title": "Home", "slug": "home"})
    page_translation_save(
        page=world.network_x.get_parent().specific,
        strings={"title": "Networks", "slug": "networks"},
    )
    return page_translation_save(
        page=world.network_x, strings={"title": "Tracer network", "slug": "tracer"}
    )


def test_an_english_member_finds_the_dutch_intranet_on_my_networks(closed_world, browser):
    _english_network(closed_world)
    with translation.override("en"):
        url = reverse("accounts:my_networks")

    content = browser(closed_world.member_x).get(url).content.decode()

    assert "This network has no closed area open to you yet" not in content
    assert f'href="{closed_world.intranet_x.url}" lang="nl" hreflang="nl"' in content
    assert listed_areas(closed_world, content) == {"intranet_x"}


def test_an_english_network_page_shows_its_closed_areas_and_the_way_in(closed_world, browser):
    english = _english_network(closed_world)

    for role, expected in (("member_x", {"intranet_x"}), ("partner_x", {"extranet_x"})):
        content = browser(closed_world.users[role]).get(english.url).content.decode()
        assert "Closed areas" in content, role
        assert listed_areas(closed_world, content) == expected, role
    anonymous = browser().get(english.url).content.decode()
    assert "Log in to enter the closed areas" in anonymous
    assert listed_areas(closed_world, anonymous) == set()


def test_an_english_intranet_is_offered_in_english_where_it_exists(closed_world, browser):
    from translations.services import page_translation_save

    english = _english_network(closed_world)
    english_intranet = page_translation_save(
        page=closed_world.intranet_x, strings={"title": "Members' corner", "slug": "intranet"}
    )

    content = browser(closed_world.member_x).get(english.url).content.decode()

    assert f'href="{english_intranet.url}">Members' in content
    assert f'href="{closed_world.intranet_x.url}"' not in content
    assert browser().get(english_intranet.url).status_code == 302  # closed in English too


def test_the_closed_areas_of_a_network_page_are_never_kept_for_another_reader(
    closed_world, browser, settings
):
    """The network page's other sections are kept (core.sections); this one is each reader's."""
    settings.PAGE_CACHE_ENABLED = False
    url = closed_world.network_x.url
    with translation.override("nl"):
        log_in = gettext("Log in to enter the closed areas")

    anonymous = browser().get(url).content.decode()
    member = browser(closed_world.users["member_x"]).get(url).content.decode()
    anonymous_again = browser().get(url).content.decode()

    assert listed_areas(closed_world, member) == {"intranet_x"}
    assert log_in not in member
    for content in (anonymous, anonymous_again):
        assert listed_areas(closed_world, content) == set()
        assert log_in in content
