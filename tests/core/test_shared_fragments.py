"""The parts every page shares are kept between requests (core.fragments: the menu, the
footer, breadcrumbs, index addresses, the locales, the network and theme pages listings
name), and every change a reader could see forgets them: the next page shows the change."""

from django.core.cache import caches
from wagtail.models import Page, Site

from core.models import FooterSettings
from editorial.services.provisioning import network_provision
from tests import factories


def page_html(client, url: str) -> str:
    caches["pages"].clear()  # the stored pages are pagecache's (tests/pagecache)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_page_published_in_the_menu_is_in_the_next_menu(client, site_tree):
    assert "Over de netwerken" not in page_html(client, "/nl/")

    page = factories.ContentPageFactory(
        parent=site_tree.home, title="Over de netwerken", show_in_menus=True, live=False
    )
    page.save_revision().publish()

    assert "Over de netwerken" in page_html(client, "/nl/")


def test_an_unpublished_menu_page_leaves_the_menu(client, site_tree):
    site_tree.content_page.show_in_menus = True
    site_tree.content_page.save_revision().publish()
    assert 'href="/nl/over-ons/"' in page_html(client, site_tree.theme_index.url)

    Page.objects.get(pk=site_tree.content_page.pk).specific.unpublish()

    assert 'href="/nl/over-ons/"' not in page_html(client, site_tree.theme_index.url)


def test_a_new_theme_published_is_in_the_menu_of_themes_and_on_tagged_pages(client, site_tree):
    page_html(client, site_tree.tracer_project.url)
    theme = factories.ThemePageFactory(parent=site_tree.theme_index, title="Circulair", live=False)
    theme.save_revision().publish()
    project = site_tree.tracer_project
    project.themes.add(theme)
    project.save_revision().publish()

    assert "Circulair" in page_html(client, site_tree.theme_index.url)
    assert "Circulair" in page_html(client, site_tree.tracer_project.url)


def test_a_renamed_network_is_named_so_on_the_next_agenda(client, site_tree):
    network_provision(network_page=site_tree.tracer)
    assert "TRACER" in page_html(client, site_tree.agenda.url)

    tracer = Page.objects.get(pk=site_tree.tracer.pk).specific
    tracer.title = "Tracer vernieuwd"
    tracer.short_name = "TRACER2"
    tracer.save_revision().publish()

    assert "TRACER2" in page_html(client, site_tree.agenda.url)


def test_a_footer_settings_change_is_in_the_next_footer(client, site_tree):
    assert "Kunstlaan 1" not in page_html(client, "/nl/")

    settings = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_text = "Kunstlaan 1, Brussel"
    settings.save()

    assert "Kunstlaan 1" in page_html(client, "/nl/")
    assert "Kunstlaan 1" in page_html(client, site_tree.agenda.url)


def test_shared_values_reads_the_kept_in_one_read_and_computes_the_others():
    """`shared_values`: the kept values in one cache read (get_many), only the missing ones
    computed (and None kept as a value), all forgotten by the next purge."""
    from unittest import mock

    from django.core.cache import cache

    from core.fragments import shared_fragments_purge, shared_values

    computed = []

    def compute(item):
        computed.append(item)
        return None if item == "none" else f"value of {item}"

    parts = {"a": ("a",), "b": ("b",), "none": ("none",)}
    first = shared_values("test_values", parts, compute)
    assert first == {"a": "value of a", "b": "value of b", "none": None}
    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as reads:
        second = shared_values("test_values", {**parts, "c": ("c",)}, compute)
    assert reads.call_count == 1
    assert second == {**first, "c": "value of c"}
    assert computed == ["a", "b", "none", "c"]
    shared_fragments_purge()
    shared_values("test_values", {"a": ("a",)}, compute)
    assert computed == ["a", "b", "none", "c", "a"]


def test_a_request_reads_the_fragments_version_once(client, site_tree, settings):
    """Every kept part of a page reads the version its key carries: once a request (with
    Redis, one round trip), not once a part."""
    from unittest import mock

    from django.core.cache import cache

    from core.fragments import VERSION_KEY

    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.agenda.url
    client.get(url)
    with mock.patch.object(cache, "get", wraps=cache.get) as reads:
        response = client.get(url, {"theme": site_tree.mobility.slug})
    assert response.status_code == 200
    keys = [call.args[0] for call in reads.call_args_list]
    assert len([key for key in keys if key.startswith("fragments:")]) >= 4
    assert keys.count(VERSION_KEY) == 1


def test_a_request_keeps_its_version_but_sees_its_own_purge():
    from django.core.cache import cache

    from core.fragments import (
        VERSION_KEY,
        fragments_request_finished,
        fragments_request_started,
        shared_fragments_purge,
        shared_value,
    )

    fragments_request_started()
    try:
        assert shared_value("test_request_version", (), lambda: 1) == 1
        shared_fragments_purge()  # by this request (a publish): its later reads see it
        assert shared_value("test_request_version", (), lambda: 2) == 2
        cache.set(VERSION_KEY, "elsewhere")  # another process's purge, in mid-request
        assert shared_value("test_request_version", (), lambda: 3) == 2
    finally:
        fragments_request_finished()
    # Outside a request (a task, a command) every read reads the version.
    assert shared_value("test_request_version", (), lambda: 4) == 4


def _cache_round_trips(client, url: str, params: dict) -> list:
    """The reads of the default cache a request makes (one per `get`, one per `get_many`,
    as with Redis), each as its key or its keys."""
    from unittest import mock

    from django.core.cache import cache

    trips, inside = [], []
    real_get, real_get_many = cache.get, cache.get_many

    def get(key, *args, **kwargs):
        if not inside:  # the local memory cache's get_many reads each key with get
            trips.append(key)
        return real_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        trips.append(tuple(keys))
        inside.append(True)
        try:
            return real_get_many(keys, *args, **kwargs)
        finally:
            inside.pop()

    with mock.patch.object(cache, "get", get), mock.patch.object(cache, "get_many", get_many):
        assert client.get(url, params).status_code == 200
    return trips


def test_a_request_reads_what_its_path_read_last_time_in_one_read(client, site_tree, settings):
    """The kept values the last request of a path read are read ahead, with the version, in
    one cache read (core.fragments): with Redis a round trip, not one per value."""
    from core.fragments import VERSION_KEY

    settings.PAGE_CACHE_ENABLED = False
    params = {"theme": site_tree.mobility.slug}
    first = _cache_round_trips(client, site_tree.agenda.url, params)
    second = _cache_round_trips(client, site_tree.agenda.url, params)

    kept_one_by_one = [
        key
        for key in second
        if isinstance(key, str) and key.startswith("fragments:") and key != VERSION_KEY
    ]
    (read_ahead,) = [keys for keys in second if isinstance(keys, tuple)]
    assert len([key for key in first if str(key).startswith("fragments:")]) >= 6
    assert len(read_ahead) >= 6
    assert len(kept_one_by_one) <= 2  # a value read twice a request: the second time
    assert second.count(VERSION_KEY) == 1


def test_shared_values_together_computes_the_missing_in_one_call_and_can_skip_read_ahead():
    """`shared_values_together`: the values not kept computed in one call (one query for all
    of them); `read_ahead=False` values are not read ahead by the next request of the path
    (a search's results: the next search finds others)."""
    from core.fragments import (
        _read_ahead,
        fragments_request_finished,
        fragments_request_started,
        shared_values_together,
    )

    calls = []

    def compute(items):
        calls.append(sorted(items))
        return {item: item.upper() for item in items}

    assert shared_values_together("test_together", {"a": ("a",)}, compute) == {"a": "A"}
    fragments_request_started(environ={"PATH_INFO": "/test-together/"})
    try:
        parts = {"a": ("a",), "b": ("b",), "c": ("c",)}
        assert shared_values_together("test_together", parts, compute, read_ahead=False) == {
            "a": "A",
            "b": "B",
            "c": "C",
        }
    finally:
        fragments_request_finished()
    assert calls == [["a"], ["b", "c"]]
    assert "/test-together/" not in _read_ahead


def test_the_menus_addresses_are_kept_with_it(client, site_tree, settings):
    """The menu keeps each item's address (`menu_url`): a page with the menu kept reverses
    none of them, and a moved item's new address is in the next page."""
    from unittest import mock

    settings.PAGE_CACHE_ENABLED = False
    page = Page.objects.get(pk=site_tree.content_page.pk).specific
    page.show_in_menus = True
    page.save_revision().publish()
    page_html(client, "/nl/zoeken/")

    with mock.patch.object(Page, "get_url", autospec=True, side_effect=Page.get_url) as get_url:
        html = page_html(client, "/nl/zoeken/")

    assert get_url.call_count == 0
    assert '<li><a href="/nl/over-ons/">Over ons</a></li>' in html
    page.slug = "over-het-netwerk"
    page.save_revision().publish()
    assert '<li><a href="/nl/over-het-netwerk/">Over ons</a></li>' in page_html(client, "/nl/")
