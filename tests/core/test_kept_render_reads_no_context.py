"""A page whose content is kept (core.fragments) does not even build what that content
lists: its context values are lazy, so a kept render calls none of the selectors behind them
(their query sets alone cost milliseconds to build)."""

import pytest

import events.selectors
import networks.models
import networks.selectors
import themes.selectors


def _refused(*args, **kwargs):
    raise AssertionError("a kept render built a listing")


@pytest.mark.parametrize(
    ("page", "module", "name"),
    [
        ("theme_index", themes.selectors, "theme_card_list"),
        ("mobility", themes.selectors, "knowledge_page_list"),
        ("network_index", networks.selectors, "network_list"),
        ("tracer_project", networks.models, "theme_list_for"),
        ("network_event", events.selectors, "registration_state_for"),
        ("network_event", events.selectors, "event_theme_list"),
        ("network_event", events.selectors, "event_series_context"),
        ("agenda", events.selectors, "EventFilterForm"),
    ],
)
def test_a_kept_render_builds_none_of_its_listings(
    client, site_tree, settings, monkeypatch, page, module, name
):
    settings.PAGE_CACHE_ENABLED = False
    url = getattr(site_tree, page).url
    first = client.get(url)
    assert first.status_code == 200

    monkeypatch.setattr(module, name, _refused)
    second = client.get(url)

    assert second.status_code == 200
    assert second.content == first.content
