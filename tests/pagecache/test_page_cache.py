"""The full-page cache for anonymous readers: what is stored and served, what never is, the
three lens variants, and the purge on every change a reader could see."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction, Site

from core.fragments import VERSION_KEY as FRAGMENTS_VERSION_KEY
from core.lens import LENS_COOKIE
from core.models import FooterSettings
from events.services import registration_create, registration_settings_update
from pagecache.middleware import response_storable
from pagecache.store import (
    StoreTerms,
    page_cache_generation,
    response_store_terms_set,
    stored_page_set,
)
from tests import factories
from tests.glossary.factories import GlossaryTermFactory
from translations.services import page_translation_save


def cache_status(response) -> str | None:
    return response.headers.get("X-Cache")


def visit_twice(client, url, **extra):
    return client.get(url, **extra), client.get(url, **extra)


@pytest.fixture
def theme(site_tree):
    return site_tree.mobility


# --- Stored and served ---------------------------------------------------------------------


def test_an_anonymous_page_is_stored_then_served_without_the_database(
    client, theme, django_assert_num_queries
):
    first = client.get(theme.url)
    with django_assert_num_queries(0):
        second = client.get(theme.url)

    assert first.status_code == second.status_code == 200
    assert cache_status(first) == "miss" and cache_status(second) == "hit"
    assert second.content == first.content
    directives = {part.strip() for part in first["Cache-Control"].split(",")}
    # A CDN may keep it five minutes (purged on publish); a browser asks again every time.
    assert {"public", "s-maxage=300", "max-age=0"} <= directives
    assert second["Cache-Control"] == first["Cache-Control"]
    assert second["Content-Type"].startswith("text/html")


def test_an_address_with_a_query_string_is_kept_here_but_by_no_cdn(client, site_tree):
    """A purge names each page's address to the CDN, never a filtered agenda's (or a
    campaign's `?utm_source=`): a CDN that kept one would show an unpublished event for
    PAGE_CACHE_MAX_AGE after the purge."""
    url = f"{site_tree.agenda.url}?theme={site_tree.mobility.slug}"

    first, second = visit_twice(client, url)

    assert cache_status(first) == "miss" and cache_status(second) == "hit"
    directives = {part.strip() for part in first["Cache-Control"].split(",")}
    assert {"public", "s-maxage=0", "max-age=0"} <= directives


def test_a_head_request_is_served_from_the_cache(client, theme):
    client.get(theme.url)

    assert cache_status(client.head(theme.url)) == "hit"


def test_other_cookies_make_no_other_variant(client, theme):
    client.get(theme.url)
    client.cookies["_ga"] = "GA1.2.3"
    client.cookies["csrftoken"] = "a" * 32
    client.cookies[LENS_COOKIE] = "nonsense"  # no lens: the page without one

    assert cache_status(client.get(theme.url)) == "hit"


def test_each_language_and_query_is_its_own_page(client, theme, site_tree):
    client.get(site_tree.agenda.url)

    assert cache_status(client.get(site_tree.agenda.url + "?page=2")) == "miss"
    assert cache_status(client.get(site_tree.agenda.url + "?page=2")) == "hit"


def test_a_script_request_or_another_scheme_is_not_served_the_stored_page(client, theme):
    client.get(theme.url)

    assert (
        cache_status(client.get(theme.url, headers={"x-requested-with": "XMLHttpRequest"})) is None
    )
    assert cache_status(client.get(theme.url, secure=True)) == "miss"


def test_the_lens_makes_at_most_three_variants(client, theme):
    seen = {}
    for lens in ("", "ko", "go"):
        client.cookies[LENS_COOKIE] = lens
        first, second = visit_twice(client, theme.url)
        assert (cache_status(first), cache_status(second)) == ("miss", "hit")
        assert second.content == first.content
        assert second.headers.get("X-Lens") == (lens or None)
        seen[lens] = second.content
    assert len(set(seen.values())) == 3  # each lens its own page, never another's

    for value in ("", "nonsense", "ko", "go"):
        client.cookies[LENS_COOKIE] = value
        assert cache_status(client.get(theme.url)) == "hit"
    if isinstance(caches["pages"], LocMemCache):  # count what is stored
        assert len(caches["pages"]._cache) == 1 + 3  # the generation and three pages


# --- Never stored, never served ------------------------------------------------------------


def test_a_logged_in_reader_is_never_served_nor_stored(client, theme):
    client.get(theme.url)  # the anonymous page, stored
    client.force_login(factories.UserFactory())
    with translation.override("nl"):
        logout_url = reverse("accounts:logout")

    first, second = visit_twice(client, theme.url)

    for response in (first, second):
        assert cache_status(response) is None
        assert logout_url in response.content.decode()
        assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.pop("sessionid", None)
    anonymous = client.get(theme.url)
    assert cache_status(anonymous) == "hit"
    assert logout_url not in anonymous.content.decode()


def test_an_anonymous_session_or_waiting_message_bypasses_the_cache(client, theme):
    client.get(theme.url)

    client.cookies["sessionid"] = "whatever"
    assert cache_status(client.get(theme.url)) is None
    del client.cookies["sessionid"]
    client.cookies["messages"] = "a message"
    assert cache_status(client.get(theme.url)) is None


def test_a_closed_area_is_never_stored(client, login, site_tree):
    intranet = site_tree.intranet
    first, second = visit_twice(client, intranet.url)
    assert first.status_code == second.status_code == 302  # to the login page
    assert cache_status(second) == "skip"

    restriction = PageViewRestriction.objects.get(page=intranet)
    reader = factories.UserFactory()
    reader.groups.add(*restriction.groups.all())
    member_client = login(reader)
    first, second = visit_twice(member_client, intranet.url)
    assert first.status_code == second.status_code == 200
    assert cache_status(second) is None
    assert "private" in second["Cache-Control"] and "no-store" in second["Cache-Control"]


def test_a_page_made_private_leaves_the_cache_at_once(client, theme):
    client.get(theme.url)

    PageViewRestriction.objects.create(page=theme, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(theme.url)
    assert response.status_code == 302
    assert cache_status(response) == "skip"


def test_a_form_with_a_csrf_token_is_never_stored(client, site_tree):
    event = site_tree.network_event
    registration_settings_update(event=event, user=None, capacity=None, waitlist_enabled=True)
    with translation.override("nl"):
        url = event.url + event.reverse_subpage("register")

    first, second = visit_twice(client, url)

    assert first.status_code == 200 and 'name="csrfmiddlewaretoken"' in first.content.decode()
    assert cache_status(first) == cache_status(second) == "skip"
    assert second.cookies.get("csrftoken") is not None


def test_a_personal_cancel_link_is_never_stored(client, site_tree):
    result = _registration(site_tree)
    with translation.override("nl"):
        url = reverse("events:registration_cancel", args=[result.token])

    first, second = visit_twice(client, url)

    assert first.status_code == 200
    assert cache_status(second) == "skip"


def test_the_login_page_is_never_stored(client, home_page):
    with translation.override("nl"):
        first, second = visit_twice(client, reverse("accounts:login"))

    assert first.status_code == 200
    assert cache_status(second) == "skip"


def test_search_results_are_stored_here_only_and_the_empty_search_page_for_all(client, site_tree):
    # Each search is counted (tests/search/test_cache.py): no CDN may keep results.
    first, second = visit_twice(client, "/nl/zoeken/?q=mobiliteit")
    assert cache_status(second) == "hit"
    assert "private" in second["Cache-Control"] and "public" not in second["Cache-Control"]

    first, second = visit_twice(client, "/nl/zoeken/")
    assert cache_status(second) == "hit"
    assert "public" in second["Cache-Control"]


def test_private_is_stored_only_with_the_views_store_terms(settings):
    request = RequestFactory().get("/nl/zoeken/?q=fiets")
    response = HttpResponse("<p>results</p>", content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "private"
    assert response_storable(request, response) is False

    response_store_terms_set(response, StoreTerms(seconds=60))
    assert response_storable(request, response) is True
    response["Cache-Control"] = "private, no-store"
    assert response_storable(request, response) is False


def test_store_terms_shorten_the_life_of_a_stored_page(settings, monkeypatch):
    written = {}
    monkeypatch.setattr(
        caches["pages"], "set", lambda key, value, timeout: written.update({key: timeout})
    )
    page = HttpResponse("<p>page</p>", content_type="text/html; charset=utf-8")
    results = HttpResponse("<p>results</p>", content_type="text/html; charset=utf-8")
    response_store_terms_set(results, StoreTerms(seconds=60, replay={"x": 1}))

    stored_page_set("page", page)
    stored_page_set("results", results)

    timeouts = {key.rsplit(":", 1)[1]: timeout for key, timeout in written.items()}
    assert timeouts["page"] == settings.PAGE_CACHE_SECONDS + settings.PAGE_CACHE_STALE_SECONDS
    assert timeouts["results"] == 120  # fresh a minute, and a minute more for an outage


def test_the_lens_switch_is_never_stored(client, theme):
    first, second = visit_twice(client, f"/nl/lens/ko/?next={theme.url}")

    assert second.status_code == 302 and second.cookies[LENS_COOKIE].value == "ko"
    assert cache_status(second) == "skip"


def test_the_admin_and_posts_never_touch_the_cache(client, theme, superuser_client):
    assert cache_status(client.get("/admin/login/")) is None
    assert cache_status(client.post(theme.url)) is None


def test_not_found_is_not_stored(client, home_page):
    first, second = visit_twice(client, "/nl/bestaat-niet/")

    assert second.status_code == 404 and cache_status(second) == "skip"


def test_a_long_query_string_is_not_stored(client, theme):
    first, second = visit_twice(client, theme.url + "?x=" + "a" * 300)

    assert cache_status(second) is None


@pytest.mark.parametrize(
    "cache_control",
    ["private", "no-store", "no-cache", "max-age=0", "public, max-age=0"],
)
def test_an_answer_that_asks_not_to_be_cached_is_not_stored(cache_control):
    request = RequestFactory().get("/nl/")
    response = HttpResponse("<p>page</p>", content_type="text/html; charset=utf-8")
    response["Cache-Control"] = cache_control

    assert response_storable(request, response) is False


def test_a_preview_or_a_page_with_a_cookie_is_not_stored():
    request = RequestFactory().get("/nl/")
    page = HttpResponse("<p>page</p>", content_type="text/html; charset=utf-8")
    assert response_storable(request, page) is True

    request.is_preview = True
    assert response_storable(request, page) is False
    request.is_preview = False
    page.set_cookie("anything", "1")
    assert response_storable(request, page) is False


def test_the_cache_can_be_switched_off(client, theme, settings):
    settings.PAGE_CACHE_ENABLED = False

    first, second = visit_twice(client, theme.url)

    assert cache_status(first) is None and cache_status(second) is None


# --- Purged on every change a reader could see --------------------------------------------


def _publish(tree):
    tree.mobility.title = "Mobiliteit en vervoer"
    tree.mobility.save_revision().publish()


def _unpublish(tree):
    tree.diversity.unpublish()


def _move(tree):
    tree.diversity.move(tree.home, pos="last-child")


def _delete(tree):
    tree.news_old.delete()


def _translation_publish(tree):
    page_translation_save(page=tree.diversity, strings={"title": "Diversity"})


def _add_live_page(tree):
    factories.ThemePageFactory(parent=tree.theme_index, title="Circulair")


def _footer_settings(tree):
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.save()


def _glossary_term(tree):
    GlossaryTermFactory(term="Circulaire economie")


def _registration(tree):
    event = tree.network_event
    registration_settings_update(event=event, user=None, capacity=5, waitlist_enabled=True)
    return registration_create(
        event=event,
        name="An",
        email="an@example.be",
        organisation="",
        organisation_size="individual",
        function="",
        language="nl",
        consent=True,
    )


def _register(event, email: str):
    return registration_create(
        event=event,
        name="An",
        email=email,
        organisation="",
        organisation_size="individual",
        function="",
        language="nl",
        consent=True,
    )


def _stored_after(client, urls, change) -> bool:
    """Are `urls`, stored before `change`, still served from the page cache after it?"""
    for url in urls:
        client.get(url)
    change()
    return all(cache_status(client.get(url)) == "hit" for url in urls)


def test_a_registration_for_an_event_without_a_limit_keeps_the_stored_pages(client, site_tree):
    """The label "Places available" reads the same before and after: nothing to forget (a
    purge forgets every stored page and names every live page to the CDN)."""
    event = site_tree.network_event
    registration_settings_update(event=event, user=None, capacity=None, waitlist_enabled=True)
    urls = [site_tree.home.url, site_tree.agenda.url, event.url]

    assert _stored_after(client, urls, lambda: _register(event, "an@example.be"))


def test_a_registration_changes_the_places_left_until_the_event_is_full(client, site_tree):
    event = site_tree.network_event
    registration_settings_update(event=event, user=None, capacity=2, waitlist_enabled=True)
    urls = [site_tree.agenda.url, event.url]

    # 2 places left, then 1, then full: each shown.
    assert not _stored_after(client, urls, lambda: _register(event, "an@example.be"))
    assert not _stored_after(client, urls, lambda: _register(event, "bo@example.be"))
    # On the waiting list: still "Full – waiting list".
    waiting = []
    assert _stored_after(client, urls, lambda: waiting.append(_register(event, "cy@example.be")))
    assert waiting[0].registration.status == "waitlisted"
    assert "1 place left" not in client.get(event.url).content.decode()


def _privacy(tree):
    PageViewRestriction.objects.create(
        page=tree.tracer_project, restriction_type=PageViewRestriction.GROUPS
    ).groups.add(Group.objects.first())


@pytest.mark.parametrize(
    "change",
    [
        _publish,
        _unpublish,
        _move,
        _delete,
        _translation_publish,
        _add_live_page,
        _footer_settings,
        _glossary_term,
        _registration,
        _privacy,
    ],
)
def test_a_change_a_reader_could_see_purges_every_stored_page(client, site_tree, change):
    pages = [site_tree.home.url, site_tree.agenda.url]
    for url in pages:
        client.get(url)
    assert all(cache_status(client.get(url)) == "hit" for url in pages)

    change(site_tree)

    for url in pages:
        assert cache_status(client.get(url)) == "miss", (change.__name__, url)


def test_the_first_reader_of_a_fresh_site_purges_nothing(client, site_tree):
    """Wagtail's `for_request` writes the footer settings' row with its defaults the first
    time a page reads them: what pages showed already, so nothing is forgotten."""
    assert not FooterSettings.objects.exists()
    generation = page_cache_generation()
    fragments = caches["default"].get(FRAGMENTS_VERSION_KEY)

    first = client.get(site_tree.home.url)

    assert FooterSettings.objects.exists()
    assert page_cache_generation() == generation
    assert caches["default"].get(FRAGMENTS_VERSION_KEY) == fragments
    assert cache_status(first) == "miss"
    assert cache_status(client.get(site_tree.home.url)) == "hit"


def test_a_footer_settings_row_made_with_a_change_purges(client, site_tree):
    client.get(site_tree.home.url)
    FooterSettings.objects.all()._raw_delete("default")  # as if the row had never been made
    assert cache_status(client.get(site_tree.home.url)) == "hit"

    FooterSettings.objects.create(
        site=Site.objects.get(is_default_site=True), contact_text="Kunstlaan 1"
    )

    assert cache_status(client.get(site_tree.home.url)) == "miss"


def test_a_deleted_glossary_term_purges(client, site_tree):
    term = GlossaryTermFactory(term="Circulaire economie")
    client.get(site_tree.home.url)

    term.delete()

    assert cache_status(client.get(site_tree.home.url)) == "miss"


def test_a_draft_of_an_unpublished_page_purges_nothing(client, site_tree):
    draft = factories.ThemePageFactory(parent=site_tree.theme_index, live=False)
    client.get(site_tree.home.url)

    draft.title = "Nog een concept"
    draft.save_revision()

    assert cache_status(client.get(site_tree.home.url)) == "hit"


def test_a_cdn_is_purged_only_when_configured(
    client, site_tree, settings, django_capture_on_commit_callbacks
):
    from unittest import mock

    with django_capture_on_commit_callbacks(execute=True):
        _publish(site_tree)  # nothing configured: no error, nothing sent

    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    with (
        mock.patch("wagtail.contrib.frontend_cache.backends.HTTPBackend.purge") as purge,
        django_capture_on_commit_callbacks(execute=True),
    ):
        FooterSettings.for_site(Site.objects.get(is_default_site=True)).save()

    purged = {call.args[0] for call in purge.call_args_list}
    assert any(url.endswith(site_tree.agenda.url) for url in purged)
    assert any(url.endswith(site_tree.home.url) for url in purged)
    assert not any(site_tree.intranet.url in url for url in purged)


def test_a_stored_page_expires(client, theme, settings):
    settings.PAGE_CACHE_SECONDS = 0

    first, second = visit_twice(client, theme.url)

    assert cache_status(second) == "miss"


def test_a_page_cache_in_local_memory_is_a_deploy_warning(settings):
    from pagecache.checks import page_cache_shared_check

    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    assert [warning.id for warning in page_cache_shared_check(None)] == ["pagecache.W001"]

    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/1",
        },
    }
    assert page_cache_shared_check(None) == []
