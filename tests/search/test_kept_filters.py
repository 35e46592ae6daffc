"""The search page's filter selects are kept as HTML per language and chosen value until the
next purge (SearchForm.filter_fields_html): a later search renders no select, a change of the
themes shows at once, each search shows its own choice and its own errors."""

from unittest import mock

import pytest
from django.forms.widgets import Select

from tests import factories
from tests.search.test_core import search_url

pytestmark = pytest.mark.django_db


def _selects_rendered(client, params: dict, language: str = "nl") -> tuple[int, str]:
    with mock.patch.object(Select, "render", autospec=True, side_effect=Select.render) as render:
        response = client.get(search_url(language), params)
    assert response.status_code == 200
    return render.call_count, response.content.decode()


def test_a_second_search_renders_no_filter_select(site_tree, client):
    first, _html = _selects_rendered(client, {"q": "mobiliteit"})
    second, html = _selects_rendered(client, {"q": "een ander woord"})
    assert first == 5
    assert second == 0
    assert f'<option value="{site_tree.mobility.slug}">Mobiliteit</option>' in html


def test_the_kept_filters_are_one_cache_read(site_tree, client):
    from django.core.cache import cache

    _selects_rendered(client, {"q": "mobiliteit"})
    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as reads:
        count, _html = _selects_rendered(client, {"q": "een ander woord"})
    assert count == 0
    assert sum("search_filter_field" in str(call) for call in reads.call_args_list) == 1


def test_a_kept_filter_shows_a_new_theme_at_once(site_tree, client):
    _selects_rendered(client, {"q": "mobiliteit"})
    factories.ThemePageFactory(parent=site_tree.theme_index, title="Circulaire economie")
    # The factory saves without publishing's signal: publish as an editor does.
    theme = site_tree.theme_index.get_children().get(title="Circulaire economie").specific
    theme.save_revision().publish()
    _count, html = _selects_rendered(client, {"q": "mobiliteit"})
    assert f'<option value="{theme.slug}">Circulaire economie</option>' in html


def test_each_search_shows_its_own_chosen_filter(site_tree, client):
    mobility, diversity = site_tree.mobility.slug, site_tree.diversity.slug
    _selects_rendered(client, {"q": "mobiliteit", "theme": mobility})
    _count, html = _selects_rendered(client, {"q": "mobiliteit", "theme": diversity})
    assert f'<option value="{diversity}" selected>' in html
    assert f'<option value="{mobility}" selected>' not in html
    _count, html = _selects_rendered(client, {"q": "mobiliteit"})
    assert '<option value="" selected>Alle</option>' in html.split('id="id_theme"')[1]
    assert f'<option value="{diversity}" selected>' not in html


def test_a_filter_error_is_shown_and_never_kept(site_tree, client):
    _selects_rendered(client, {"q": "mobiliteit"})
    count, html = _selects_rendered(client, {"q": "mobiliteit", "theme": "onbekend"})
    assert count == 1  # the theme's select, with its error; the others kept
    assert 'aria-invalid="true"' in html
    _count, html = _selects_rendered(client, {"q": "mobiliteit"})
    assert 'aria-invalid="true"' not in html


def test_each_language_has_its_own_filter_labels(site_tree, client):
    _selects_rendered(client, {"q": "mobiliteit"}, language="nl")
    _count, html = _selects_rendered(client, {"q": "mobility"}, language="en")
    assert '<label for="id_kind">Type</label>' in html
    assert "Relevance</option>" in html


def test_a_search_reads_the_kept_locales_once_for_all_its_results(site_tree, client):
    """Each result's language comes from the kept locales (core.localization), read once a
    search, not once a result (each read unpickles them)."""
    import core.localization

    for number in range(4):
        factories.NewsPageFactory(parent=site_tree.news_index, title=f"Zeearend nieuws {number}")
    client.get(search_url(), {"q": "zeearend"})  # the locales kept
    with mock.patch.object(
        core.localization, "_locales_by_id", wraps=core.localization._locales_by_id
    ) as reads:
        response = client.get(search_url(), {"q": "zeearend"})
    assert len(response.context["search_results"]) >= 4
    assert reads.call_count <= 2  # the active locale, the results'


def test_the_kept_filter_choices_are_small_records_not_pages(site_tree, client):
    """The networks and themes offered are kept as what the forms and filters read of them
    (slug, title, short name, key): kept whole, their pages were a large value that every
    search and filtered agenda read and unpickled."""
    import pickle

    from django.core.cache import cache
    from wagtail.models import Locale

    from events.selectors import FilterChoice, filter_choice_pages

    response = client.get(search_url(), {"q": "werkend", "theme": site_tree.mobility.slug})
    assert response.context["search_results"]
    locale = Locale.objects.get(language_code="nl")
    read = []
    real_get = cache.get
    with mock.patch.object(cache, "get", lambda *args: read.append(real_get(*args)) or read[-1]):
        networks, themes = filter_choice_pages(locale=locale)
    (kept,) = [value for value in read if isinstance(value, tuple)]
    choices = [*networks.values(), *themes.values()]
    assert {choice.slug for choice in themes.values()} >= {"mobiliteit", "diversiteit"}
    assert all(type(choice) is FilterChoice for choice in choices)
    assert len(pickle.dumps(kept)) < 300 * len(choices)


def test_the_filter_forms_take_their_choices_as_they_are(site_tree):
    """Each select's choices are given as (value, label) pairs that Django takes as they are
    (`events.selectors.ChoiceList`), where it normalised a plain list twice a field, each
    label inspected, on every search and filtered agenda."""
    from django.utils import translation
    from wagtail.models import Locale

    from events.selectors import ChoiceList, EventFilterForm
    from search.forms import FILTER_FIELDS, SearchForm

    locale = Locale.objects.get(language_code="nl")
    with translation.override("nl"):
        search_form = SearchForm({"theme": site_tree.mobility.slug}, locale=locale)
        agenda_form = EventFilterForm({"network": site_tree.tracer.slug}, locale=locale)
        assert search_form.is_valid()
        assert agenda_form.is_valid()
    fields = [search_form.fields[name] for name in FILTER_FIELDS]
    fields += [agenda_form.fields[name] for name in ("network", "theme", "audience")]
    for field in fields:
        assert type(field.choices) is ChoiceList
        assert field.widget.choices is field.choices
    assert search_form.cleaned_data["theme"] == site_tree.mobility.slug
    assert (site_tree.mobility.slug, "Mobiliteit") in list(search_form.fields["theme"].choices)
