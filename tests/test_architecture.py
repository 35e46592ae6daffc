"""The house stays a house: no import cycles between our apps, and the documented picture is
today's (so docs/architecture.md cannot drift from the code)."""

from tests import architecture


def test_no_import_cycles_between_our_apps():
    assert architecture.cycles(architecture.app_graph()) == []


def test_a_cycle_is_found_when_there_is_one():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert architecture.cycles(graph) == [["a", "b", "c", "a"]]


def test_template_tag_loads_count_as_dependencies():
    graph = architecture.app_graph()
    # cms/templates/base.html loads translations' language_tags.
    assert "translations" in graph["cms"]


def test_the_access_app_imports_no_app_of_ours_but_core():
    assert architecture.app_graph()["access"] <= {"core"}


def test_core_names_no_app_of_ours_not_even_in_a_string():
    # A page type's parent_page_types or a lazy relation would tie it to an app above it.
    assert architecture.app_graph(strings=True)["core"] == set()


def test_docs_architecture_shows_today_s_dependencies():
    text = (architecture.ROOT / "docs" / "architecture.md").read_text()
    assert architecture.picture() in text, "run `make architecture` and commit the result"
