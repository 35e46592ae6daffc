"""Closed areas: who reads a network's intranet and extranet, and what everyone else gets.

A member of X reads X's intranet, a partner of X its extranet, X's editors and the
coordinator both; nobody else reads either. Anonymous visitors are sent to the front-end
login and back; logged-in people without access get a 403 in the site's style. Nothing about
a closed page is cached or indexed. Only a coordinator changes a closed area's privacy, and
Wagtail logs it.
"""

from types import SimpleNamespace
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, PageLogEntry, PageViewRestriction

from access import roles
from access.services import closed_area_restrict
from editorial.services.provisioning import network_provision
from networks.models import ClosedAreaPage, ExtranetAudience
from tests import factories
from tests.accounts.conftest import build_closed_world

READS, LOGIN, REFUSED = "reads", "login", "403"
AREAS = ("intranet_x", "extranet_x", "intranet_y")
VIEW_MATRIX = {
    # role           X's intranet  X's extranet  Y's intranet
    "anonymous":    (LOGIN,        LOGIN,        LOGIN),
    "member_x":     (READS,        REFUSED,      REFUSED),
    "partner_x":    (REFUSED,      READS,        REFUSED),
    "editor_x":     (READS,        READS,        REFUSED),
    "editor_y":     (REFUSED,      REFUSED,      READS),
    "member_y":     (REFUSED,      REFUSED,      READS),
    "coordinator":  (READS,        READS,        READS),
}  # fmt: skip


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


def client_for(user) -> Client:
    client = Client()
    if user.is_authenticated:
        client.force_login(user)
    return client


def outcome(response, path: str) -> str:
    login_redirect = f"{reverse('accounts:login')}?next={quote(path)}"
    if response.status_code == 200:
        return READS
    if response.status_code == 302 and response["Location"] == login_redirect:
        return LOGIN
    if response.status_code == 403:
        return REFUSED
    return f"{response.status_code} {response.get('Location', '')}"


@pytest.fixture(scope="class")
def closed_world(django_db_setup, django_db_blocker):
    """The world of tests/accounts/conftest.py, built once for a class of read-only checks."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield build_closed_world()
        transaction.set_rollback(True)


@pytest.fixture
def world_with_y(world) -> SimpleNamespace:
    """The writable editorial world, with Y's intranet."""
    world.intranet_y = factories.ClosedAreaPageFactory(
        parent=world.network_y, area=ClosedAreaPage.INTRANET
    )
    return world


@pytest.mark.usefixtures("db")
class TestWhoReadsWhat:
    def test_view_matrix(self, closed_world):
        actual = {}
        for role, user in closed_world.users.items():
            client = client_for(user)
            row = []
            for area in AREAS:
                path = getattr(closed_world, area).url
                row.append(outcome(client.get(path), path))
            actual[role] = tuple(row)

        assert actual == VIEW_MATRIX

    def test_a_closed_page_is_never_cached_or_indexed_whatever_the_answer(self, closed_world):
        path = closed_world.intranet_x.url
        answers = {
            READS: client_for(closed_world.member_x).get(path),
            LOGIN: Client().get(path),
            REFUSED: client_for(closed_world.member_y).get(path),
        }
        for kind, response in answers.items():
            cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
            assert {"private", "no-store"} <= cache_control, kind
            assert "noindex" in response["X-Robots-Tag"], kind
        for kind in (READS, REFUSED):
            assert '<meta name="robots" content="noindex, nofollow">' in (
                answers[kind].content.decode()
            ), kind

    def test_pages_below_a_closed_area_are_closed_too(self, closed_world):
        child = factories.ContentPageFactory(parent=closed_world.intranet_x, title="Verslag")

        assert outcome(Client().get(child.url), child.url) == LOGIN
        assert outcome(client_for(closed_world.partner_x).get(child.url), child.url) == REFUSED
        response = client_for(closed_world.member_x).get(child.url)
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]

    def test_a_public_page_keeps_its_headers(self, closed_world):
        for client in (Client(), client_for(closed_world.member_x)):
            response = client.get(closed_world.network_x.url)

            assert response.status_code == 200
            assert "X-Robots-Tag" not in response
            assert 'name="robots"' not in response.content.decode()
        # Shared caches may keep it for anonymous readers; a logged-in reader's copy names
        # them (the header's account menu), so the page cache marks it private (pagecache).
        assert "private" not in Client().get(closed_world.network_x.url).get("Cache-Control", "")

    def test_the_refusal_is_a_clear_page_in_the_site_style_not_a_login_loop(self, closed_world):
        response = client_for(closed_world.member_y).get(closed_world.intranet_x.url)
        content = response.content.decode()

        assert response.status_code == 403
        assert 'class="site-header"' in content
        assert dutch("You have no access to this page") in content
        assert f'href="{reverse("accounts:my_networks")}"' in content
        assert closed_world.intranet_x.intro not in content

    def test_a_query_string_changes_nothing(self, closed_world):
        path = closed_world.intranet_x.url + "?preview=1"

        assert client_for(closed_world.member_y).get(path).status_code == 403
        assert client_for(closed_world.member_x).get(path).status_code == 200


@pytest.mark.usefixtures("db")
class TestNetworkPage:
    def test_anonymous_visitors_see_no_title_or_link_of_a_closed_area(self, closed_world):
        closed_world.intranet_x.title = "Werkruimte voor de leden"
        closed_world.intranet_x.save_revision().publish()
        content = Client().get(closed_world.network_x.url).content.decode()

        assert "Werkruimte voor de leden" not in content
        assert closed_world.intranet_x.url not in content
        assert closed_world.extranet_x.url not in content
        assert dutch("Log in to enter the closed areas") in content

    def test_readers_see_links_to_the_areas_they_may_enter_only(self, closed_world):
        expected = {
            "member_x": {"intranet_x"},
            "partner_x": {"extranet_x"},
            "editor_x": {"intranet_x", "extranet_x"},
            "member_y": set(),
            "coordinator": {"intranet_x", "extranet_x"},
        }
        actual = {}
        for role in expected:
            content = client_for(closed_world.users[role]).get(closed_world.network_x.url)
            content = content.content.decode()
            actual[role] = {
                area
                for area in ("intranet_x", "extranet_x")
                if f'href="{getattr(closed_world, area).url}"' in content
            }

        assert actual == expected

    def test_the_network_page_and_the_extranet_say_whom_the_extranet_is_for(self, closed_world):
        partners = dutch("Extranet: for partners")
        target_group = dutch("Extranet: for the target group")
        assert partners in Client().get(closed_world.network_x.url).content.decode()
        extranet = client_for(closed_world.partner_x).get(closed_world.extranet_x.url)
        assert partners in extranet.content.decode()

        closed_world.network_x.extranet_audience = ExtranetAudience.TARGET_GROUP
        closed_world.network_x.save_revision().publish()

        network_page = Client().get(closed_world.network_x.url).content.decode()
        extranet = client_for(closed_world.partner_x).get(closed_world.extranet_x.url)
        assert target_group in network_page
        assert partners not in network_page
        assert target_group in extranet.content.decode()

    def test_a_network_without_closed_areas_says_nothing_about_them(self, closed_world):
        content = Client().get(closed_world.network_y.url).content.decode()
        # Y has an intranet but no extranet.
        assert dutch("Intranet: for the network's members") in content
        assert dutch("Extranet: for partners") not in content


def readers(page) -> set[str]:
    restriction = PageViewRestriction.objects.get(page=page)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    return set(restriction.groups.values_list("name", flat=True))


class TestRestrictionService:
    def test_new_closed_areas_are_closed_to_their_readers(self, world_with_y):
        assert readers(world_with_y.intranet_x) == {
            "Tracer leden",
            "Tracer redacteurs",
            roles.COORDINATOR_GROUP,
        }
        assert readers(world_with_y.extranet_x) == {
            "Tracer partners",
            "Tracer redacteurs",
            roles.COORDINATOR_GROUP,
        }
        assert readers(world_with_y.intranet_y) == {
            "Diamond leden",
            "Diamond redacteurs",
            roles.COORDINATOR_GROUP,
        }

    def test_restricting_again_changes_and_logs_nothing(self, world):
        before = PageLogEntry.objects.count()

        closed_area_restrict(page=world.intranet_x, kind=world.intranet_x.area)
        network_provision(network_page=world.network_x)

        assert PageViewRestriction.objects.filter(page=world.intranet_x).count() == 1
        assert readers(world.intranet_x) == {
            "Tracer leden",
            "Tracer redacteurs",
            roles.COORDINATOR_GROUP,
        }
        assert PageLogEntry.objects.count() == before

    def test_provisioning_closes_an_area_made_public_again_and_logs_it(self, world):
        PageViewRestriction.objects.get(page=world.intranet_x).delete()

        network_provision(network_page=world.network_x)

        assert readers(world.intranet_x) == {
            "Tracer leden",
            "Tracer redacteurs",
            roles.COORDINATOR_GROUP,
        }
        assert PageLogEntry.objects.filter(
            page=world.intranet_x, action="wagtail.view_restriction.create"
        ).exists()

    def test_provisioning_turns_another_kind_of_restriction_into_the_groups_one(self, world):
        restriction = PageViewRestriction.objects.get(page=world.extranet_x)
        restriction.restriction_type = PageViewRestriction.PASSWORD
        restriction.password = "geheim"
        restriction.save()
        PageViewRestriction.objects.create(
            page=world.extranet_x, restriction_type=PageViewRestriction.LOGIN
        )

        network_provision(network_page=world.network_x)

        assert readers(world.extranet_x) == {
            "Tracer partners",
            "Tracer redacteurs",
            roles.COORDINATOR_GROUP,
        }
        assert PageViewRestriction.objects.get(page=world.extranet_x).password == ""

    def test_groups_a_coordinator_added_are_kept(self, world):
        guests = Group.objects.create(name="Gasten")
        PageViewRestriction.objects.get(page=world.intranet_x).groups.add(guests)

        closed_area_restrict(page=world.intranet_x, kind=world.intranet_x.area)

        assert "Gasten" in readers(world.intranet_x)

    def test_an_intranet_turned_extranet_changes_hands(self, world):
        world.intranet_x.delete()  # one area of each kind per network
        area = ClosedAreaPage.objects.get(pk=world.extranet_x.pk)
        area.area = ClosedAreaPage.INTRANET
        area.save_revision().publish()

        assert readers(area) == {"Tracer leden", "Tracer redacteurs", roles.COORDINATOR_GROUP}

    def test_a_draft_that_changes_the_kind_changes_no_reader_until_it_is_published(self, world):
        # #17: a saved draft (Wagtail saves the page row with the edited instance) rewrote the
        # live restriction at once, and rejecting the draft did not undo it.
        world.intranet_x.delete()  # one area of each kind per network
        area = ClosedAreaPage.objects.get(pk=world.extranet_x.pk)
        area.save_revision().publish()
        extranet_readers = readers(area)
        area.area = ClosedAreaPage.INTRANET
        revision = area.save_revision(user=world.editor_x)

        assert readers(area) == extranet_readers
        assert ClosedAreaPage.objects.get(pk=area.pk).area == ClosedAreaPage.EXTRANET

        revision.publish(user=world.coordinator)
        assert readers(area) == {"Tracer leden", "Tracer redacteurs", roles.COORDINATOR_GROUP}

    def test_a_translated_closed_area_has_the_same_readers(self, world):
        english = Locale.objects.get_or_create(language_code="en")[0]

        translated = world.intranet_x.copy_for_translation(english, copy_parents=True)

        assert readers(translated) == readers(world.intranet_x)

    def test_a_closed_area_outside_any_network_is_left_to_the_coordinators(self, world):
        from access.models import NetworkAccess

        NetworkAccess.objects.filter(pk=world.access_x.pk).update(
            translation_key="00000000-0000-0000-0000-000000000000"
        )
        PageViewRestriction.objects.filter(page=world.intranet_x).delete()

        closed_area_restrict(page=world.intranet_x, kind=world.intranet_x.area)

        assert readers(world.intranet_x) == {roles.COORDINATOR_GROUP}


def test_a_closed_area_copied_to_another_network_gets_that_network_s_readers(world, login):
    client = login(world.coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[world.extranet_x.pk]),
        {
            "new_title": "Extranet",
            "new_slug": "extranet",
            "new_parent_page": world.network_y.pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    copy = ClosedAreaPage.objects.child_of(world.network_y).get(area=ClosedAreaPage.EXTRANET)

    assert readers(copy) == {"Diamond partners", "Diamond redacteurs", roles.COORDINATOR_GROUP}


def test_copying_a_closed_area_never_makes_a_second_one_of_its_kind(world, login):
    # #17: a copy of the intranet next to it made a network with two intranets.
    client = login(world.coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[world.intranet_x.pk]),
        {
            "new_title": "Intranet (kopie)",
            "new_slug": "intranet-kopie",
            "new_parent_page": world.network_x.pk,
        },
    )

    assert response.status_code == 200
    assert "Dit netwerk heeft al een zone van deze soort." in response.content.decode()
    areas = ClosedAreaPage.objects.child_of(world.network_x).filter(area=ClosedAreaPage.INTRANET)
    assert areas.count() == 1


class TestWhoChangesPrivacy:
    def privacy_url(self, page) -> str:
        return reverse("wagtailadmin_pages:set_privacy", args=[page.pk])

    def test_an_editor_cannot_make_their_intranet_public(self, world, login, assert_refused):
        client = login(world.editor_x)
        before = PageLogEntry.objects.count()

        assert_refused(client.get(self.privacy_url(world.intranet_x)))
        assert_refused(
            client.post(self.privacy_url(world.intranet_x), {"restriction_type": "none"})
        )

        assert readers(world.intranet_x) == {
            "Tracer leden",
            "Tracer redacteurs",
            roles.COORDINATOR_GROUP,
        }
        assert PageLogEntry.objects.count() == before
        assert Client().get(world.intranet_x.url).status_code == 302

    def test_the_coordinator_changes_the_privacy_and_wagtail_logs_it(self, world, login):
        client = login(world.coordinator)
        url = self.privacy_url(world.intranet_x)
        groups = [world.access_x.members.pk, world.access_x.partners.pk]

        assert client.get(url).status_code == 200
        response = client.post(url, {"restriction_type": "groups", "groups": groups})
        assert response.status_code == 200
        assert readers(world.intranet_x) == {"Tracer leden", "Tracer partners"}
        edited = PageLogEntry.objects.get(
            page=world.intranet_x, action="wagtail.view_restriction.edit"
        )
        assert edited.user == world.coordinator

        response = client.post(url, {"restriction_type": "none"})
        assert response.status_code == 200
        assert not PageViewRestriction.objects.filter(page=world.intranet_x).exists()
        deleted = PageLogEntry.objects.get(
            page=world.intranet_x, action="wagtail.view_restriction.delete"
        )
        assert deleted.user == world.coordinator
        assert Client().get(world.intranet_x.url).status_code == 200

        client.post(url, {"restriction_type": "login"})
        created = PageLogEntry.objects.filter(
            page=world.intranet_x, action="wagtail.view_restriction.create"
        ).latest("timestamp")
        assert created.user == world.coordinator
