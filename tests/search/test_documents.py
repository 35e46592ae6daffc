"""Public documents in the site search: a list of them (`kind=documents`), the best few next
to the pages, only documents a live public page links (what the coordinator approved), never
a document of a restricted collection, in a fixed number of queries."""

import json
import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex
from wagtail.test.utils.form_data import querydict_from_html

from networks.models import ClosedAreaPage
from privatemedia.selectors import closed_area_collections_for
from search.models import ZeroResultQuery
from tests import factories, worldcache
from tests.editorial.conftest import _build_world
from tests.search.test_core import kept_searches_forgotten
from translations.services import page_translation_save

ROLES = ("anonymous", "member_x", "partner_x", "editor_x", "editor_y", "coordinator")


def search_url(language: str = "nl") -> str:
    with translation.override(language):
        return reverse("search")


def search(client, params: dict, language: str = "nl"):
    response = client.get(search_url(language), params)
    assert response.status_code == 200
    return response


def document_titles(response) -> list[str]:
    documents = response.context["document_results"]
    shown = documents.page.object_list if documents.page else documents.block
    return [document.title for document in shown]


def zero_hits(text: str) -> int:
    return sum(ZeroResultQuery.objects.filter(query_string=text).values_list("hits", flat=True))


@worldcache.fixture
def document_world() -> SimpleNamespace:
    """Two networks (X with an intranet and an extranet), a public collection, and a document
    in each place a document must not be found from: X's intranet and extranet collections,
    a collection below the intranet's, a password-restricted and a login-restricted one.

    Built once for consecutive tests that ask for it (tests/worldcache.py), before the test's
    `media_root`: its files go to temporary directories of their own, removed once built (the
    search reads the rows, never these files)."""
    with worldcache.stored_elsewhere():
        return _build_document_world()


@pytest.fixture
def world(document_world, media_root) -> SimpleNamespace:
    """The documents' world; what a test stores goes to its own temporary MEDIA_ROOT."""
    return document_world


def _build_document_world() -> SimpleNamespace:
    world = _build_world()
    root = Collection.get_first_root_node()
    world.public = root.add_child(name="Publicaties")
    closed = closed_area_collections_for(access=world.access_x)
    intranet = closed[ClosedAreaPage.INTRANET]
    places = {
        "intranet": intranet,
        "extranet": closed[ClosedAreaPage.EXTRANET],
        "below_intranet": intranet.add_child(name="Notulen"),
    }
    for kind in ("password", "login"):
        collection = root.add_child(name=f"Besloten {kind}")
        CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=kind,
            password="geheim" if kind == "password" else "",  # noqa: S106 - a test password
        )
        places[kind] = collection
    world.private = {
        place: factories.DocumentFactory(
            title=f"Walrusnotitie {place} geheimdossier", collection=collection
        )
        for place, collection in places.items()
    }
    # A live public page links them all: only their collections keep them out of the search.
    factories.page_linking(*world.private.values(), parent=world.home)
    return world


def uploaded_document(title: str, **kwargs):
    """A document in the public collection that no page links (yet)."""
    kwargs.setdefault("collection", Collection.objects.get(name="Publicaties"))
    return factories.DocumentFactory(title=title, **kwargs)


def public_document(title: str, **kwargs):
    """A document in the public collection, linked from a live public page of its own."""
    document = uploaded_document(title, **kwargs)
    factories.page_linking(document)
    return document


# --- what a reader sees --------------------------------------------------------------------------


def test_the_type_filter_offers_documents(client, world):
    response = search(client, {"q": "x"})

    assert ("documents", "Documenten") in response.context["form"].fields["kind"].choices
    assert '<option value="documents">Documenten</option>' in response.content.decode()


def test_a_document_result_shows_title_type_file_and_size_and_links_to_the_file(client, world):
    document = public_document(
        "Jaarverslag zeekoe",
        file__filename="jaarverslag.pdf",
        file_size=1_250_000,
    )
    document.tags.add("Circulaire economie", "zeekoe & <b>co</b>")

    response = search(client, {"q": "zeekoe", "kind": "documents"})
    html = response.content.decode()

    assert document_titles(response) == ["Jaarverslag zeekoe"]
    assert f'href="{document.url}"' in html
    assert document.url.startswith("/documents/")  # served through the checked view
    assert ">Document</p>" in html
    assert "PDF, 1,2\xa0MB" in html  # filesizeformat keeps number and unit together
    assert "1 document voor" in html
    # The tags are the snippet: the searched word marked, the rest escaped.
    assert "<mark>zeekoe</mark> &amp; &lt;b&gt;co&lt;/b&gt;" in html
    assert "<b>co</b>" not in html


def test_the_documents_of_the_root_and_of_a_public_collection_are_found(client, world):
    public_document("Brochure dugong")
    public_document("Folder dugong", collection=Collection.get_first_root_node())

    found = document_titles(search(client, {"q": "dugong", "kind": "documents"}))

    assert sorted(found) == ["Brochure dugong", "Folder dugong"]


def test_documents_are_paginated(client, world):
    factories.page_linking(
        *(uploaded_document(f"Verslag manatee {number}") for number in range(13))
    )

    first = search(client, {"q": "manatee", "kind": "documents"})
    second = search(client, {"q": "manatee", "kind": "documents", "page": "2"})

    assert len(document_titles(first)) == 10
    assert len(document_titles(second)) == 3
    assert first.context["document_results"].count == 13
    assert "kind=documents" in first.content.decode().split('class="pagination"')[1]
    assert first.context["search_results"] is None


def test_the_date_order_puts_the_newest_document_first(client, world):
    public_document("Beluga oud")
    public_document("Beluga nieuw")

    found = document_titles(search(client, {"q": "beluga", "kind": "documents", "order": "date"}))

    assert found == ["Beluga nieuw", "Beluga oud"]


def test_every_kind_shows_pages_and_a_block_of_the_best_three_documents(client, world):
    page = factories.ContentPageFactory(parent=world.home, title="Narwalbeleid")
    factories.page_linking(
        *(uploaded_document(f"Narwalbeleid bijlage {number}") for number in range(5))
    )

    response = search(client, {"q": "narwalbeleid"})
    html = response.content.decode()

    assert [result.pk for result in response.context["search_results"]] == [page.pk]
    assert len(document_titles(response)) == 3
    assert response.context["document_results"].count == 5
    block = html.split('class="search-documents"')[1]
    assert "5 documenten voor" in block
    assert 'href="?q=narwalbeleid&amp;kind=documents"' in block
    assert "Alle 5 documenten voor" in block


def test_the_block_has_no_link_to_more_when_it_shows_them_all(client, world):
    public_document("Potvis nota")

    response = search(client, {"q": "potvis"})
    html = response.content.decode()

    assert document_titles(response) == ["Potvis nota"]
    assert "Geen resultaten" not in html  # a document was found
    assert "Alle 1 document" not in html


def test_the_block_is_on_the_first_page_only(client, world):
    for number in range(12):
        factories.ContentPageFactory(parent=world.home, title=f"Orka {number}")
    public_document("Orka bijlage")

    assert document_titles(search(client, {"q": "orka"})) == ["Orka bijlage"]
    assert document_titles(search(client, {"q": "orka", "page": "2"})) == []


def test_another_kind_of_page_shows_no_documents(client, world):
    public_document("Zeeleeuw bijlage")

    assert document_titles(search(client, {"q": "zeeleeuw", "kind": "events"})) == []


@pytest.mark.parametrize("filter_name", ["theme", "network", "audience"])
def test_a_page_only_filter_shows_no_documents_and_says_why(client, world, filter_name):
    public_document("Zeehond bijlage")
    value = {
        "theme": world.theme.slug,
        "network": world.network_x.slug,
        "audience": "small",
    }[filter_name]

    every_kind = search(client, {"q": "zeehond", filter_name: value})
    documents = search(client, {"q": "zeehond", filter_name: value, "kind": "documents"})

    assert document_titles(every_kind) == []
    assert "search-documents" not in every_kind.content.decode()
    assert "zonder die filters" not in every_kind.content.decode()
    assert document_titles(documents) == []
    assert documents.context["document_results"].excluded_by_filters
    assert "zonder die filters" in documents.content.decode()


def test_a_query_only_a_document_answers_is_no_zero_result(client, world):
    public_document("Dolfijnrapport")

    search(client, {"q": "dolfijnrapport"})
    search(client, {"q": "dolfijnrapport", "kind": "documents"})
    search(client, {"q": "niets-te-vinden-hier"})

    assert zero_hits("dolfijnrapport") == 0
    assert zero_hits("niets-te-vinden-hier") == 1


# --- published through a page -------------------------------------------------------------------


def titles_found(client, query: str, language: str = "nl") -> list[str]:
    """The documents `query` finds: the same in the documents list and in the block."""
    listed = document_titles(search(client, {"q": query, "kind": "documents"}, language))
    assert document_titles(search(client, {"q": query}, language)) == listed
    return listed


def test_an_uploaded_document_no_page_links_is_not_found(client, world):
    """An editor's upload to a public collection is not published by itself."""
    uploaded_document("Zeepaard handleiding")

    for query in ("zeepaard", "zeepaard handleiding"):
        response = search(client, {"q": query, "kind": "documents"})
        assert response.context["document_results"].count == 0
        assert titles_found(client, query) == []


def test_a_document_linked_from_a_never_published_page_is_not_found(client, world):
    document = uploaded_document("Zeepaard concept")
    draft = factories.page_linking(document, live=False)
    draft.save_revision(user=world.editor_x)

    # The draft's row holds the link, and Wagtail's index records it: the rule has teeth.
    assert ReferenceIndex.get_references_to(document).filter(object_id=str(draft.pk)).exists()
    assert titles_found(client, "zeepaard") == []


@pytest.mark.parametrize("block", ["paragraph", "ko_go"])
def test_a_document_a_live_page_links_is_found(client, world, block):
    """A link in a paragraph, or in a KO/GO block's nuance (rich text: the site has no
    document chooser block)."""
    document = uploaded_document("Zeepaard brochure")
    page = factories.page_linking(document, block=block)

    assert f'href="{document.url}"' in client.get(page.url).content.decode()
    assert titles_found(client, "zeepaard") == ["Zeepaard brochure"]


def test_a_link_in_a_live_pages_new_draft_counts_once_approved_until_unpublished(
    client, world, mailoutbox
):
    document = uploaded_document("Zeepaard jaarplan")
    page = factories.ContentPageFactory(parent=world.home, title="Jaarplan")
    page.save_revision(user=world.coordinator).publish(user=world.coordinator)

    page.body = factories.document_links_body(document)
    page.save_revision(user=world.editor_x)
    assert titles_found(client, "zeepaard") == []

    page.get_workflow().start(page, world.editor_x)
    assert titles_found(client, "zeepaard") == []  # in review

    Page.objects.get(pk=page.pk).current_workflow_task_state.approve(user=world.coordinator)
    assert Page.objects.get(pk=page.pk).current_workflow_state is None
    assert titles_found(client, "zeepaard") == ["Zeepaard jaarplan"]

    page.refresh_from_db()
    page.unpublish(user=world.coordinator)
    assert titles_found(client, "zeepaard") == []


def test_an_editors_link_through_the_admin_is_found_only_once_the_coordinator_approves(
    client, world, login
):
    """The real path: X's editor links an upload in their project's text in the admin and
    submits it; the coordinator approves it in the admin."""
    document = uploaded_document("Zeepaard werkplan")
    project = world.project_x
    project.save_revision(user=world.coordinator).publish(user=world.coordinator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[project.pk])
    editor = login(world.editor_x)
    form = editor.get(edit_url)
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    link = {"type": "DOCUMENT", "mutability": "MUTABLE", "data": {"id": document.pk}}
    contentstate = {
        "blocks": [
            {
                "key": "bijl1",
                "text": "Werkplan",
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {"0": link},
    }
    data.update(
        {
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": json.dumps(contentstate),
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
            "action-submit": "action-submit",
        }
    )

    assert editor.post(edit_url, data).status_code == 302
    assert Page.objects.get(pk=project.pk).current_workflow_state is not None
    assert ReferenceIndex.get_references_to(document).count() == 0  # the live row is unchanged
    assert titles_found(client, "zeepaard") == []

    task_state = Page.objects.get(pk=project.pk).current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[project.pk, "approve", task_state.pk]
    )
    assert login(world.coordinator).post(approve_url, {"comment": ""}).status_code == 302
    assert f'href="{document.url}"' in client.get(project.url).content.decode()
    assert titles_found(client, "zeepaard") == ["Zeepaard werkplan"]


@pytest.mark.parametrize("place", ["intranet", "extranet", "below_intranet"])
def test_a_document_linked_only_from_a_closed_area_is_not_found(client, world, place):
    """A document of a public collection that only a closed area links: not published,
    not even to the area's own readers (they read it in their area)."""
    document = uploaded_document("Zeepaard intern")
    if place == "below_intranet":
        factories.page_linking(document, parent=world.intranet_x)
    else:
        area = getattr(world, f"{place}_x")
        area.body = factories.document_links_body(document)
        area.save_revision(user=world.coordinator).publish(user=world.coordinator)

    assert ReferenceIndex.get_references_to(document).exists()
    for role in ("anonymous", "member_x", "partner_x", "editor_x", "coordinator"):
        if world.users[role].is_authenticated:
            client.force_login(world.users[role])
        assert titles_found(client, "zeepaard") == [], role


def test_a_live_english_translation_publishes_what_it_links(client, world):
    """The English page counts as any page: once its link is live, not while it is a draft."""
    document = uploaded_document("Zeepaard vertaling")
    page_translation_save(page=world.home, strings={})
    dutch = factories.ContentPageFactory(parent=world.home, title="Vertaalde bijlagen")
    english = page_translation_save(page=dutch, strings={"slug": "attachments"})

    dutch.body = factories.document_links_body(document)
    dutch.save_revision().publish()
    assert titles_found(client, "zeepaard") == ["Zeepaard vertaling"]  # the Dutch page
    dutch.refresh_from_db()
    dutch.unpublish()
    assert titles_found(client, "zeepaard") == []

    # The English page is synced from the Dutch one as a draft: still nothing live links it.
    page_translation_save(page=dutch, strings={}, publish=False)
    assert titles_found(client, "zeepaard") == []

    english.refresh_from_db()
    english.get_latest_revision().publish()
    assert titles_found(client, "zeepaard") == ["Zeepaard vertaling"]
    assert titles_found(client, "zeepaard", language="en") == ["Zeepaard vertaling"]


# --- cost ----------------------------------------------------------------------------------------


def _queries(client, params: dict) -> int:
    with CaptureQueriesContext(connection) as queries:
        search(client, params)
    return len(queries)


@pytest.mark.parametrize("kind", ["", "documents"])
def test_a_document_search_costs_the_same_at_5_and_60_documents(
    client, world, kind, django_assert_max_num_queries
):
    def add(first: int, count: int) -> None:
        documents = []
        for number in range(first, first + count):
            document = uploaded_document(f"Zeekat verslag {number}", file_size=1000 + number)
            document.tags.add(f"zeekat {number}")
            documents.append(document)
        # Five documents to a linking page: more pages and links cost nothing either.
        for start in range(0, count, 5):
            factories.page_linking(*documents[start : start + 5])

    factories.ContentPageFactory(parent=world.home, title="Zeekat")
    add(0, 5)
    params = {"q": "zeekat", "kind": kind}
    _queries(client, params)  # caches filled (site, locales)
    small = _queries(client, params)
    add(5, 55)
    _queries(client, params)  # the new pages emptied the kept parts: warm again

    with django_assert_max_num_queries(small):
        response = search(client, params)
    assert response.context["document_results"].count == 60


def test_a_site_without_a_findable_document_runs_no_document_statement(client, site_tree):
    factories.ContentPageFactory(parent=site_tree.home, title="Zeekoe")
    factories.DocumentFactory(title="Zeekoe verslag")  # uploaded, linked from no page
    search(client, {"q": "zeekoe"})  # kept: nothing findable

    with CaptureQueriesContext(connection) as queries:
        response = search(client, {"q": "zeekoe"})

    assert document_titles(response) == []
    assert not [query for query in queries if "wagtaildocs_document" in query["sql"]]


def test_the_documents_rule_is_kept_until_a_publish(client, world):
    factories.ContentPageFactory(parent=world.home, title="Zeekoe")
    document = uploaded_document("Zeekoe verslag")
    search(client, {"q": "zeekoe"})
    factories.page_linking(document)  # a publish: the kept keys are forgotten
    search(client, {"q": "zeekoe"})

    with CaptureQueriesContext(connection) as queries:
        response = search(client, {"q": "zeekoe"})

    assert document_titles(response) == ["Zeekoe verslag"]
    # The rule (the live public pages that link a document, the restricted collections) is
    # not read again: the document search filters on the kept keys.
    assert not [query for query in queries if "wagtailcore_referenceindex" in query["sql"]]


# --- leaks ---------------------------------------------------------------------------------------


LEAK_QUERIES = ("walrusnotitie", "geheimdossier", "walrusnotitie intranet", "password")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", ["", "documents"])
def test_a_restricted_collections_document_is_never_found(client, world, role, kind):
    """X's intranet and extranet, a collection below the intranet's, a password and a login
    restriction: no result, count, block, nor an escape from the zero-result log, for
    anyone (X's own members read their files in their area, not in the public search)."""
    public_document("Controle zeeotter")
    user = world.users[role]
    if user.is_authenticated:
        client.force_login(user)

    for query in LEAK_QUERIES:
        response = search(client, {"q": query, "kind": kind})
        documents = response.context["document_results"]

        assert documents.count == 0, query
        assert document_titles(response) == [], query
        # The page repeats the query (also URL-encoded); apart from that, no word of a title.
        rest = response.content.decode()
        for word in query.split():
            rest = re.sub(re.escape(word), "", rest, flags=re.IGNORECASE)
        assert "geheimdossier" not in rest.lower(), query
        assert "walrusnotitie" not in rest.lower(), query
        assert zero_hits(query) == 1, query


def test_the_leak_check_can_find_a_public_document(client, world):
    """The same search finds the same words in a public collection (a positive control)."""
    public_document("Walrusnotitie openbaar geheimdossier")

    response = search(client, {"q": "walrusnotitie", "kind": "documents"})

    assert document_titles(response) == ["Walrusnotitie openbaar geheimdossier"]


def test_a_document_in_a_collection_restricted_later_drops_out(client, world):
    document = public_document("Zeekoet verslag")
    assert document_titles(search(client, {"q": "zeekoet"})) == ["Zeekoet verslag"]

    CollectionViewRestriction.objects.create(
        collection=document.collection, restriction_type=CollectionViewRestriction.LOGIN
    )

    assert document_titles(search(client, {"q": "zeekoet"})) == []


def test_a_document_whose_collection_moves_below_a_restricted_one_drops_out(client, world):
    document = public_document("Zeekoet jaarverslag")
    assert document_titles(search(client, {"q": "zeekoet"})) == ["Zeekoet jaarverslag"]

    # As the admin's collection edit view moves one: the form saves it, then it is moved.
    collection = Collection.objects.get(pk=document.collection_id)
    collection.save()
    collection.move(world.private["login"].collection, "sorted-child")

    assert document_titles(search(client, {"q": "zeekoet"})) == []


# --- bad input -----------------------------------------------------------------------------------

BAD_QUERIES = [
    "",
    "x" * 1000,
    " ".join(f"woord{number}" for number in range(2500)),
    "'; DROP TABLE wagtaildocs_document; --",
    "1' OR '1'='1",
    '<img src=x onerror="alert(1)">',
    "\"verslag\" 'pdf'",
    "ver\x00slag",
    "\u202everslag\u0301\ufeff𝔪𝔬𝔟𝔦",
    "%",
    "*",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("order", ["", "date"])
def test_a_bad_query_for_documents_is_a_normal_page(client, world, query, order):
    public_document("Verslag pdf")

    response = search(client, {"q": query, "kind": "documents", "order": order, "page": "x"})

    html = response.content.decode()
    assert "<img src=x" not in html
    assert 'onerror="alert' not in html


def test_a_document_is_found_by_a_synonym_of_its_words_and_the_synonym_is_marked(client, world):
    from tests.glossary.factories import GlossaryTermFactory

    GlossaryTermFactory(term="MVO", slug="mvo", synonyms="CSR")
    document = public_document("CSR-handboek tapir")
    document.tags.add("CSR")

    for kind in ("documents", ""):
        response = search(client, {"q": "MVO tapir", "kind": kind})
        assert document_titles(response) == ["CSR-handboek tapir"]
    assert "<mark>CSR</mark>" in response.content.decode()


# --- a few findable documents: their entries checked by key ---------------------------------------

DOCUMENT_TITLES = [
    "Orka",
    "Orka en orka: de orka in het beleid",
    "Verslag over de zee, met een orka",
    "Orka beleid",
    "Jaarverslag van de orka werkgroep over zeezoogdieren en hun leefgebied",
]


def _orca_documents(world) -> None:
    factories.ContentPageFactory(parent=world.home, title="Orka")  # a page with the word too
    factories.page_linking(*(uploaded_document(title) for title in DOCUMENT_TITLES))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="search/backend.py: PostgreSQL")
@pytest.mark.parametrize("params", [{}, {"kind": "documents"}, {"order": "date"}])
def test_a_few_findable_documents_are_checked_by_their_keys_not_read_from_the_index(
    client, world, params
):
    """The GIN index gives the entry of every page and document with the words (thousands
    for a common word) to find the few documents anyone may find; their keys are kept
    (`searchable_document_ids`), so each one's entry is checked instead."""
    _orca_documents(world)
    search(client, {"q": "orka", **params})  # kept: the findable documents
    kept_searches_forgotten()  # not this search's rows

    with CaptureQueriesContext(connection) as queries:
        response = search(client, {"q": "orka", **params})

    statements = [query["sql"] for query in queries if "wagtaildocs_document" in query["sql"]]
    assert statements
    assert not [sql for sql in statements if "search_rank_candidates(" in sql]
    assert not [sql for sql in statements if "search_matching_objects(" in sql]
    assert response.context["document_results"].count == len(DOCUMENT_TITLES)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="search/backend.py: PostgreSQL")
@pytest.mark.parametrize("params", [{"kind": "documents"}, {"kind": "documents", "order": "date"}])
def test_documents_checked_by_their_keys_come_in_the_order_the_index_gives(
    client, world, params, monkeypatch
):
    _orca_documents(world)
    by_keys = document_titles(search(client, {"q": "orka", **params}))
    monkeypatch.setattr("search.backend.LISTED_KEYS_MAX", 0)

    from_index = document_titles(search(client, {"q": "orka", **params, "page": "1"}))

    assert by_keys == from_index
    assert sorted(by_keys) == sorted(DOCUMENT_TITLES)


def test_only_a_short_list_of_keys_that_must_hold_is_listed():
    from wagtail.documents import get_document_model

    from search.backend import LISTED_KEYS_MAX, listed_keys

    documents = get_document_model().objects
    assert listed_keys(documents.filter(pk__in=[3, 1, 2])) == [3, 1, 2]
    assert listed_keys(documents.filter(pk__in=(1, 2), title__startswith="O")) == [1, 2]
    assert listed_keys(documents.filter(pk__in=list(range(LISTED_KEYS_MAX + 1)))) is None
    assert listed_keys(documents.filter(Q(pk__in=[1]) | Q(title="x"))) is None
    assert listed_keys(documents.exclude(pk__in=[1])) is None
    assert listed_keys(documents.filter(title="x")) is None
    assert listed_keys(documents.filter(pk__in=documents.values("pk"))) is None
