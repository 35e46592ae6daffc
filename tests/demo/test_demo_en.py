"""The English demo pages that `manage.py load_demo` makes through wagtail-localize: where they
live, that no Dutch text is left in them, the one stale translation, and a second run.

The checks run in tests/demo/test_load_demo.py's LoadedDemoTests, on the one demo load that all
the demo's checks share (setUpTestData; issue #21); each test runs in a transaction that is
rolled back, so a test may load again.
"""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from demo.english import _strings
from networks.models import NetworkPage
from themes.models import ThemePage

ENGLISH_NETWORK_SLUGS = {
    "tracer": "tracer",
    "diamond": "diamond",
    "compleet": "compleet",
    "mcdo": "mcdo",
    "duurzaam-internationaal-ondernemen": "sustainable-international-business",
    "duurzaam-veranderen": "sustainable-change",
    "mvo-en-kmo": "csr-and-smes",
    "mainstreamteam": "mainstream-team",
}


def load_demo() -> None:
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=StringIO())


def english_translations():
    """The English translations of pages (the glossary's snippets have their own)."""
    return (
        Translation.objects.filter(target_locale__language_code="en")
        .exclude(source__specific_content_type__app_label="glossary")
        .select_related("source")
    )


def out_of_date_pages() -> list[Page]:
    """English pages whose Dutch source was published after the translation was last synced."""
    stale = []
    for translation in english_translations():
        source = translation.source.get_source_instance()
        if source.last_published_at > translation.source.last_updated_at:
            stale.append(translation.get_target_instance())
    return stale


def sync_state() -> dict:
    """What a second load must not touch: every English page's revision and publication, the
    sources' sync times, the translated strings, and the Dutch sources' revisions."""
    return {
        "pages": sorted(
            Page.objects.filter(locale__language_code="en").values_list(
                "pk", "latest_revision_id", "last_published_at", "live"
            )
        ),
        "sources": sorted((t.source_id, t.source.last_updated_at) for t in english_translations()),
        "strings": sorted(
            StringTranslation.objects.filter(locale__language_code="en").values_list("pk", "data")
        ),
        "dutch": sorted(
            Page.objects.filter(locale__language_code="nl").values_list("pk", "latest_revision_id")
        ),
    }


class EnglishDemoChecks:
    """Mixed into LoadedDemoTests, which loads the demo and sets `english` (the English locale)."""

    english: Locale

    def test_the_home_and_index_pages_are_live_in_english_under_en(self):
        for url, title in [
            ("/en/", "DKC MVO"),
            ("/en/themes/", "Themes"),
            ("/en/networks/", "Learning networks"),
            ("/en/events/", "Events"),
            ("/en/news/", "News"),
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.context["page"].locale, self.english)
                self.assertEqual(response.context["page"].title, title)

    def test_all_eight_networks_are_live_in_english_with_english_slugs(self):
        for dutch in NetworkPage.objects.filter(locale__language_code="nl"):
            with self.subTest(network=dutch.slug):
                english = dutch.get_translation(self.english)
                self.assertTrue(english.live)
                self.assertEqual(english.slug, ENGLISH_NETWORK_SLUGS[dutch.slug])
                self.assertEqual(english.url, f"/en/networks/{english.slug}/")
                self.assertEqual(self.client.get(english.url).status_code, 200)
        self.assertEqual(
            NetworkPage.objects.filter(locale=self.english).count(), len(ENGLISH_NETWORK_SLUGS)
        )

    def test_at_least_five_themes_are_live_in_english_with_english_slugs(self):
        themes = ThemePage.objects.filter(locale=self.english).live()
        self.assertGreaterEqual(themes.count(), 5)
        for english in themes:
            with self.subTest(theme=english.slug):
                dutch = english.get_translation(Locale.get_default())
                self.assertNotEqual(english.slug, dutch.slug)
                self.assertEqual(english.url, f"/en/themes/{english.slug}/")
                self.assertEqual(self.client.get(english.url).status_code, 200)

    def test_a_reader_gets_english_text_written_for_the_page(self):
        response = self.client.get("/en/networks/tracer/")
        self.assertContains(response, "What does TRACER do?")
        self.assertContains(response, "work-based learning for young people")
        self.assertNotContains(response, "Wat doet TRACER?")
        response = self.client.get("/en/networks/csr-and-smes/")
        self.assertContains(response, "CSR &amp; SMEs")
        self.assertNotContains(response, "&amp;amp;")

    def test_marked_terms_link_to_the_glossary_in_each_language(self):
        dutch = self.client.get("/nl/over-dkc-mvo/")
        self.assertContains(
            dutch,
            '<a class="glossary-link" href="/nl/begrippen/#mvo">'
            "<dfn>Maatschappelijk verantwoord ondernemen</dfn></a> (MVO)",
        )
        self.assertContains(dutch, 'href="/nl/begrippen/#esf"><dfn>Europees Sociaal Fonds</dfn>')
        english = self.client.get("/en/about/")
        self.assertContains(
            english,
            '<a class="glossary-link" href="/en/glossary/#mvo">'
            "<dfn>Corporate social responsibility</dfn></a> (CSR, in Dutch MVO)",
        )
        tracer = self.client.get("/en/networks/tracer/")
        self.assertContains(tracer, 'href="/en/glossary/#kmo"><dfn>SME</dfn></a>')
        diversity = self.client.get("/en/themes/diversity/")
        self.assertContains(
            diversity, 'href="/en/glossary/#diversiteit"><dfn>Diversity policy</dfn>'
        )
        glossary = self.client.get("/en/glossary/")
        for slug in ("mvo", "esf", "kmo", "diversiteit"):
            self.assertContains(glossary, f'id="{slug}"')

    def test_every_english_page_is_a_complete_wagtail_localize_translation(self):
        english_pages = Page.objects.filter(locale=self.english)
        translations = {t.get_target_instance().pk: t for t in english_translations()}
        self.assertEqual(set(translations), set(english_pages.values_list("pk", flat=True)))
        for page_pk, translation in translations.items():
            with self.subTest(page=page_pk):
                total, translated = translation.get_progress()
                self.assertGreater(total, 0)
                self.assertEqual(translated, total)

    def test_exactly_one_translation_is_out_of_date(self):
        stale = out_of_date_pages()
        self.assertEqual([page.url for page in stale], ["/en/themes/climate-policy/"])
        dutch = stale[0].get_translation(Locale.get_default()).specific
        self.assertIn("brochure over het Kyotoprotocol", dutch.intro)
        self.assertNotIn("brochure", stale[0].specific.intro)

    def test_a_second_load_changes_nothing_and_the_stale_one_stays_stale(self):
        before = sync_state()

        load_demo()

        self.assertEqual(sync_state(), before)
        self.assertEqual(len(out_of_date_pages()), 1)

    def test_each_network_editor_can_edit_their_english_network_page_only(self):
        users = get_user_model().objects
        for dutch_slug, english_slug in ENGLISH_NETWORK_SLUGS.items():
            english = NetworkPage.objects.get(locale=self.english, slug=english_slug)
            with self.subTest(network=dutch_slug):
                own = users.get(username=f"{dutch_slug}-editor")
                other = users.get(
                    username="tracer-editor" if dutch_slug != "tracer" else "mcdo-editor"
                )
                self.assertTrue(english.permissions_for_user(own).can_edit())
                self.assertFalse(english.permissions_for_user(other).can_edit())


def test_seed_years_match_whether_or_not_the_dutch_loader_shifted_them():
    strings = _strings(lambda text: text.replace("2006", "2027"))
    dutch = next(key for key in strings if "januari 2006" in key)

    assert "January 2006" in strings[dutch]
    assert "January 2027" in strings[dutch.replace("2006", "2027")]
