"""An editor marks the first use of a term (the "Glossary term" button, stored as <dfn>); the
page links it to the term's entry in the reader's glossary, and nothing else."""

import json

import pytest
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.strings import extract_strings

from core.blocks import PARAGRAPH_FEATURES, BaseStreamBlock
from glossary.links import glossary_links
from tests import factories
from tests.glossary.factories import GlossaryTermFactory, term_translate
from translations.services import page_translation_save

MVO_LINK_NL = '<a class="glossary-link" href="/nl/begrippen/#mvo">'
MVO_LINK_EN = '<a class="glossary-link" href="/en/glossary/#mvo">'


@pytest.fixture
def glossary(db):
    mvo = GlossaryTermFactory(
        term="MVO", slug="mvo", synonyms="maatschappelijk verantwoord ondernemen\nCSR"
    )
    GlossaryTermFactory(term="kmo", slug="kmo", synonyms="KO\nSME")
    GlossaryTermFactory(term="O&O", slug="o-en-o", synonyms="R&D\n<b>vet</b>")
    term_translate(
        mvo, language_code="en", term="CSR", synonyms="corporate social responsibility\nMVO"
    )
    return mvo


def _content_page(parent, *blocks: tuple[str, object], **fields):
    body = json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])
    page = factories.ContentPageFactory(parent=parent, body=body, **fields)
    page.save_revision().publish()
    return page


def _english():
    return Locale.objects.get(language_code="en")


# The rich text feature


def test_the_glossary_mark_round_trips_through_the_editor():
    converter = ContentstateConverter(features=PARAGRAPH_FEATURES)
    html = '<p data-block-key="gl1">Wat is <dfn>MVO</dfn> voor een <b>kmo</b>?</p>'

    contentstate = json.loads(converter.from_database_format(html))

    block = contentstate["blocks"][0]
    assert block["text"] == "Wat is MVO voor een kmo?"
    assert {"offset": 7, "length": 3, "style": "GLOSSARY"} in block["inlineStyleRanges"]
    assert converter.to_database_format(json.dumps(contentstate)) == html


def test_the_toolbar_button_is_on_every_rich_text_of_a_page_body_and_the_home_intro(
    superuser_client, home_page
):
    stream = BaseStreamBlock()
    rich_texts = [
        stream.child_blocks["paragraph"],
        *stream.child_blocks["ko_go"].child_blocks.values(),
    ]
    for block in rich_texts:
        styles = [style["type"] for style in block.field.widget.options["inlineStyles"]]
        assert "GLOSSARY" in styles
    intro = type(home_page)._meta.get_field("intro").formfield()
    assert "GLOSSARY" in [style["type"] for style in intro.widget.options["inlineStyles"]]

    page = _content_page(home_page)
    response = superuser_client.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200
    assert "GLOSSARY" in response.content.decode()
    assert "Draftail received an unknown feature" not in response.content.decode()


def test_wagtail_localize_keeps_a_mark_inside_its_sentence():
    template, strings = extract_strings("<p>Wat is <dfn>MVO</dfn> precies?</p>")

    assert [string.data for string, _attrs in strings] == ["Wat is <dfn>MVO</dfn> precies?"]


# Rendering


def test_a_marked_synonym_links_to_the_preferred_terms_entry(glossary):
    dutch = Locale.get_default()

    html = glossary_links(
        html="<p>Wat is <dfn>Maatschappelijk  Verantwoord Ondernemen</dfn>?</p>", locale=dutch
    )

    assert html == (
        f"<p>Wat is {MVO_LINK_NL}<dfn>Maatschappelijk  Verantwoord Ondernemen</dfn></a>?</p>"
    )
    english = glossary_links(
        html="<p><dfn>Corporate social responsibility</dfn></p>", locale=_english()
    )
    assert english == f"<p>{MVO_LINK_EN}<dfn>Corporate social responsibility</dfn></a></p>"


def test_an_english_page_links_untranslated_terms_to_their_dutch_words(glossary):
    html = glossary_links(html="<p>An <dfn>SME</dfn> or a <dfn>kmo</dfn></p>", locale=_english())

    assert html.count('href="/en/glossary/#kmo"') == 2


def test_a_mark_naming_no_term_stays_a_plain_mark(glossary):
    html = "<p>Over <dfn>circulaire economie</dfn> en <dfn></dfn>.</p>"

    assert glossary_links(html=html, locale=Locale.get_default()) == html
    # A word of another language's glossary only: no link either.
    html = "<p><dfn>corporate social responsibility</dfn></p>"
    assert glossary_links(html=html, locale=Locale.get_default()) == html


@pytest.mark.parametrize(
    "html",
    [
        '<p><a href="https://example.org/mvo">Lees over <dfn>MVO</dfn></a></p>',
        '<p><dfn><a href="https://example.org/mvo">MVO</a></dfn></p>',
        '<p><a href="/nl/"><b><dfn>MVO</dfn></b></a></p>',
    ],
)
def test_a_mark_in_or_around_a_link_is_never_linked(glossary, html):
    assert glossary_links(html=html, locale=Locale.get_default()) == html


def test_a_mark_inside_a_mark_is_linked_once(glossary):
    html = glossary_links(html="<p><dfn><dfn>MVO</dfn></dfn></p>", locale=Locale.get_default())

    assert html.count("<a ") == 1


def test_text_around_and_inside_marks_stays_escaped(glossary):
    html = glossary_links(
        html=(
            "<p><dfn>R&amp;D</dfn> &lt;script&gt;alert(1)&lt;/script&gt; "
            "<dfn>&lt;b&gt;vet&lt;/b&gt;</dfn> <dfn>&lt;b&gt;</dfn></p>"
        ),
        locale=Locale.get_default(),
    )

    assert '<a class="glossary-link" href="/nl/begrippen/#o-en-o"><dfn>R&amp;D</dfn></a>' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    assert "<b>" not in html  # the synonym "<b>vet</b>" is a word, not markup
    assert html.count("glossary-link") == 2


def test_a_page_links_marks_in_paragraphs_nuances_and_the_home_intro(client, glossary, home_page):
    home_page.intro = "<p>Alles over <dfn>CSR</dfn>.</p>"
    home_page.save_revision().publish()
    page = _content_page(
        home_page,
        ("paragraph", "<p>Eerst <dfn>MVO</dfn>, dan nog eens MVO.</p>"),
        (
            "ko_go",
            {
                "shared": "<p><dfn>Onbekend</dfn></p>",
                "ko": "<p>Voor een <dfn>KO</dfn></p>",
                "go": "<p>Voor een grote</p>",
            },
        ),
    )

    content = client.get(page.url).content.decode()

    assert f"Eerst {MVO_LINK_NL}<dfn>MVO</dfn></a>, dan nog eens MVO." in content
    assert '<a class="glossary-link" href="/nl/begrippen/#kmo"><dfn>KO</dfn></a>' in content
    assert "<p><dfn>Onbekend</dfn></p>" in content
    home = client.get(home_page.url).content.decode()
    assert f"{MVO_LINK_NL}<dfn>CSR</dfn></a>" in home


def test_a_translated_page_keeps_the_mark_and_links_to_the_english_glossary(
    client, glossary, home_page
):
    page = _content_page(
        home_page,
        ("paragraph", "<p>Wat is <dfn>maatschappelijk verantwoord ondernemen</dfn>?</p>"),
    )
    page_translation_save(page=home_page, strings={})

    english = page_translation_save(
        page=page,
        strings={
            "Wat is <dfn>maatschappelijk verantwoord ondernemen</dfn>?": (
                "What is <dfn>corporate social responsibility</dfn>?"
            )
        },
    )

    content = client.get(english.url).content.decode()
    assert english.url.startswith("/en/")
    assert f"What is {MVO_LINK_EN}<dfn>corporate social responsibility</dfn></a>?" in content
    dutch = client.get(page.url).content.decode()
    assert f"Wat is {MVO_LINK_NL}<dfn>maatschappelijk verantwoord ondernemen</dfn></a>?" in dutch


def test_the_glossary_page_has_the_anchors_the_links_point_to(client, glossary):
    content = client.get("/nl/begrippen/").content.decode()

    assert 'id="mvo"' in content
    assert 'id="o-en-o"' in content


def _queries_for(client, page) -> int:
    for each in caches.all():  # the glossary's and the stored pages (pagecache)
        each.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)


def test_the_queries_of_a_page_do_not_grow_with_its_marks(client, glossary, home_page):
    few = _content_page(home_page, ("paragraph", "<p><dfn>MVO</dfn> en <dfn>kmo</dfn></p>"))
    many = _content_page(
        home_page,
        *[("paragraph", "<p><dfn>MVO</dfn>, <dfn>KO</dfn> en <dfn>Onbekend</dfn></p>")] * 40,
        (
            "ko_go",
            {"shared": "<p><dfn>CSR</dfn></p>", "ko": "<p><dfn>SME</dfn></p>", "go": ""},
        ),
    )
    _queries_for(client, few)  # warm what is not the glossary's

    few_queries = _queries_for(client, few)
    many_queries = _queries_for(client, many)

    assert many_queries == few_queries
    assert client.get(many.url).content.decode().count("glossary-link") == 82


# The editor's warning


def _marked_paragraph(text: str, *marked: tuple[int, int]) -> str:
    """A paragraph as Draftail posts it, with the glossary style on each (offset, length)."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "gl2",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [
                        {"offset": offset, "length": length, "style": "GLOSSARY"}
                        for offset, length in marked
                    ],
                    "entityRanges": [],
                    "data": {},
                }
            ],
            "entityMap": {},
        }
    )


def test_saving_a_page_warns_of_marks_that_name_no_term(superuser_client, glossary, home_page):
    page = _content_page(home_page)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(superuser_client.get(url).content.decode(), form_id="page-edit-form")
    data.update(
        {
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": _marked_paragraph("MVO en <circulair> en KO", (0, 3), (7, 11), (22, 2)),
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
        }
    )

    response = superuser_client.post(url, data)

    assert response.status_code == 302
    warnings = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("“<circulair>”" in message for message in warnings), warnings
    assert not any("“MVO”" in message or "“KO”" in message for message in warnings)
    page.refresh_from_db()
    saved = page.get_latest_revision_as_object().body[0].value.source
    assert "<dfn>&lt;circulair&gt;</dfn>" in saved  # saved all the same, as a plain mark
    # The warning is escaped where Wagtail shows it.
    listing = superuser_client.get(response.url).content.decode()
    assert "<circulair>" not in listing


def test_saving_a_page_whose_marks_all_name_terms_warns_of_nothing(
    superuser_client, glossary, home_page
):
    page = _content_page(home_page, ("paragraph", "<p><dfn>MVO</dfn></p>"))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(superuser_client.get(url).content.decode(), form_id="page-edit-form")
    data.update(
        {
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": _marked_paragraph("CSR", (0, 3)),
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
        }
    )

    response = superuser_client.post(url, data)

    assert response.status_code == 302
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
