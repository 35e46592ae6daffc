"""The demo loader (`manage.py load_demo`): what it builds, that it can run twice, and that
it refuses to run outside development.

The site is loaded once (setUpTestData) for LoadedDemoTests, which runs every check of the
loaded demo: the ones here and those of test_demo_en.py and test_demo_registrations.py (issue
#21: the load is the costliest setup of the suite; one class per topic loaded it four times).
Each test runs in a transaction that is rolled back, so a test may load again or change pages
freely.
"""

from collections import Counter
from datetime import date, timedelta
from io import StringIO
from itertools import pairwise

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from core.models import FooterSettings
from demo.content import demo_content
from demo.loader import MONTHS, DemoShift, demo_shift
from events.models import EventIndexPage, EventPage
from networks.models import ClosedAreaPage, NetworkIndexPage, NetworkPage
from news.models import NewsPage
from publications.models import PublicationCopies, PublicationPage
from reports.models import ReportingDeadline
from themes.models import ThemeIndexPage, ThemePage

from .test_demo_en import EnglishDemoChecks
from .test_demo_registrations import DemoRegistrationChecks

NETWORK_SLUGS = {
    "tracer",
    "diamond",
    "compleet",
    "mcdo",
    "duurzaam-internationaal-ondernemen",
    "duurzaam-veranderen",
    "mvo-en-kmo",
    "mainstreamteam",
}


def load_demo() -> None:
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=StringIO())


def page_type_counts() -> Counter:
    """How many pages of each type exist, by model name."""
    return Counter(
        f"{page.specific_class.__name__} live={page.live}" for page in Page.objects.all()
    )


class LoadDemoChecks:
    """Mixed into LoadedDemoTests, which loads the demo."""

    def test_it_builds_the_eight_networks_under_netwerken(self):
        index = NetworkIndexPage.objects.get(locale__language_code="nl")
        self.assertEqual(index.url, "/nl/netwerken/")
        networks = NetworkPage.objects.child_of(index).live()
        self.assertEqual({network.slug for network in networks}, NETWORK_SLUGS)
        self.assertEqual(
            NetworkPage.objects.filter(locale__language_code="nl").count(), len(NETWORK_SLUGS)
        )
        for network in networks:
            self.assertEqual(network.url, f"/nl/netwerken/{network.slug}/")

    def test_it_builds_at_least_twelve_themes_under_themas(self):
        index = ThemeIndexPage.objects.get(locale__language_code="nl")
        self.assertEqual(index.url, "/nl/themas/")
        self.assertGreaterEqual(ThemePage.objects.child_of(index).live().count(), 12)

    def test_every_network_has_one_intranet_and_one_extranet(self):
        # Closed areas are not translated: the English network pages have none.
        for network in NetworkPage.objects.filter(locale__language_code="nl"):
            areas = ClosedAreaPage.objects.child_of(network)
            self.assertEqual(
                sorted((area.area, area.slug) for area in areas),
                [("extranet", "extranet"), ("intranet", "intranet")],
                network.slug,
            )

    def test_it_builds_past_and_upcoming_events(self):
        now = timezone.now()
        events = EventPage.objects.live()
        self.assertTrue(events.filter(end__lt=now).exists())
        self.assertTrue(events.filter(end__gte=now).exists())

    def test_events_keep_the_order_and_spacing_of_the_seed(self):
        seeds = demo_content("events")["events"]
        loaded = [EventPage.objects.get(slug=seed["slug"]) for seed in seeds]
        # Compared as Brussels calendar days, so a DST change between two events is no gap.
        loaded_days = [timezone.localtime(event.start).date() for event in loaded]
        seed_days = [seed["start"].date() for seed in seeds]
        self.assertEqual(
            [(b - a).days for a, b in pairwise(loaded_days)],
            [(b - a).days for a, b in pairwise(seed_days)],
        )

    def test_the_newest_news_is_of_this_week_and_none_is_in_the_future(self):
        today = timezone.localdate()
        dates = list(NewsPage.objects.live().values_list("date", flat=True))

        self.assertLessEqual(max(dates), today)
        self.assertGreater(max(dates), today - timedelta(days=7))

    def test_news_events_and_deadlines_keep_the_weekdays_of_the_seed(self):
        for seed in demo_content("events")["events"]:
            event = EventPage.objects.get(slug=seed["slug"])
            start = timezone.localtime(event.start)
            self.assertEqual(start.weekday(), seed["start"].weekday(), seed["slug"])
            if event.event_type == EventPage.EventType.DEADLINE:
                self.assertLess(start.weekday(), 5, f"{seed['slug']} falls in a weekend")
        for seed in demo_content("news")["news"]:
            news = NewsPage.objects.get(slug=seed["slug"])
            self.assertEqual(news.date.weekday(), seed["date"].weekday(), seed["slug"])

    def test_news_agenda_and_the_dates_in_texts_move_together(self):
        first_seed = demo_content("events")["events"][0]
        event = EventPage.objects.get(slug=first_seed["slug"])
        shift = timezone.localtime(event.start).date() - first_seed["start"].date()
        seed_news = max(demo_content("news")["news"], key=lambda item: item["date"])
        self.assertEqual(
            NewsPage.objects.get(slug=seed_news["slug"]).date - seed_news["date"], shift
        )
        # The ESF page names a reporting deadline of 31 March 2006 in its text.
        deadline = date(2006, 3, 31) + shift
        esf = Page.objects.get(slug="esf", locale__language_code="nl").specific
        month = MONTHS["nl"][deadline.month - 1]
        written = f"{deadline.day} {month} {deadline.year}"
        self.assertIn(written, str(esf.body.raw_data))

    def test_events_keep_their_time_of_day_in_brussels(self):
        for seed in demo_content("events")["events"]:
            event = EventPage.objects.get(slug=seed["slug"])
            self.assertEqual(timezone.localtime(event.start).time(), seed["start"].time())
            self.assertEqual(timezone.localtime(event.end).time(), seed["end"].time())

    def test_a_network_member_downloads_the_intranet_document_others_cannot(self):
        from django.contrib.auth import get_user_model
        from django.test import Client
        from wagtail.documents.models import Document

        users = get_user_model().objects
        document = Document.objects.get(title="Werkplanning TRACER")
        member, outsider = Client(), Client()
        member.force_login(users.get(username="tracer-member"))
        outsider.force_login(users.get(username="diamond-member"))

        intranet = member.get("/nl/netwerken/tracer/intranet/")
        self.assertEqual(intranet.status_code, 200)
        self.assertContains(intranet, document.url)
        self.assertEqual(member.get(document.url).status_code, 200)
        self.assertEqual(outsider.get(document.url).status_code, 403)
        self.assertEqual(outsider.get("/nl/netwerken/tracer/intranet/").status_code, 403)

    def test_the_mainstream_team_calls_for_theses_until_before_the_award(self):
        from thesisprize.models import ThesisCallPage

        network = NetworkPage.objects.get(slug="mainstreamteam", locale__language_code="nl")
        call = ThesisCallPage.objects.child_of(network).live().get()
        award = call.award_event
        assert award is not None and award.live
        assert award.event_type == EventPage.EventType.AWARD
        assert award.get_parent().pk == network.pk
        assert call.deadline < award.start
        # Seed: 15 September 23:59 and 26 October, both moved by the same whole weeks.
        assert (award.start.date() - call.deadline.date()).days == 41
        assert timezone.localtime(call.deadline).hour == 23
        response = self.client.get(call.url)
        assert response.status_code == 200
        assert escape(award.title) in response.content.decode()

    def test_the_networks_have_publications_with_files_and_one_has_its_copies_sent(self):
        publications = PublicationPage.objects.live().filter(locale__language_code="nl")
        self.assertGreaterEqual(publications.count(), 4)
        self.assertTrue(all(publication.esf_logos_present for publication in publications))
        brochure = publications.get(slug="brochure-werkend-leren")
        self.assertTrue(brochure.document.file.read().startswith(b"%PDF-"))
        self.assertEqual(
            PublicationCopies.objects.filter(publication_key=brochure.translation_key).count(), 1
        )
        diamond = NetworkPage.objects.get(slug="diamond", locale__language_code="nl")
        html = self.client.get(diamond.url).content.decode()
        self.assertIn("Checklist voor een pendelplan", html)
        study = PublicationPage.objects.get(slug="study-baseline-csr-survey")
        self.assertEqual(study.locale.language_code, "en")
        self.assertTrue(study.live)
        self.assertIn("baseline CSR survey", self.client.get(study.url).content.decode())

    def test_the_coordinators_reporting_deadlines_are_loaded(self):
        from reports.periods import deadline_period
        from reports.selectors import deadline_next

        today = timezone.localdate()
        deadlines = {d.label: d for d in ReportingDeadline.objects.select_related("network")}
        self.assertEqual(set(deadlines), {d["label"] for d in demo_content("reports")["deadlines"]})
        for seed in demo_content("reports")["deadlines"]:
            deadline = deadlines[seed["label"]]
            self.assertEqual(deadline.date.weekday(), seed["date"].weekday(), seed["label"])
            self.assertLess(deadline.date.weekday(), 5, f"{seed['label']} falls in a weekend")
        first, second = deadlines["Eerste ESF-rapport"], deadlines["Tweede ESF-rapport"]
        self.assertLess(first.date, today)
        self.assertGreater(second.date, today)
        self.assertIsNone(second.network)
        self.assertEqual(deadline_period(deadline=second).start, first.date + timedelta(days=1))
        tracer = NetworkPage.objects.get(slug="tracer", locale__language_code="nl")
        diamond = NetworkPage.objects.get(slug="diamond", locale__language_code="nl")
        tracers = deadlines["Tussentijds rapport TRACER"]
        self.assertEqual(tracers.network.translation_key, tracer.translation_key)
        self.assertEqual(deadline_next(network_key=tracer.translation_key, today=today), second)
        self.assertEqual(
            deadline_next(network_key=tracer.translation_key, today=second.date + timedelta(1)),
            tracers,
        )
        self.assertIsNone(
            deadline_next(network_key=diamond.translation_key, today=second.date + timedelta(1))
        )
        # The coordinator's dashboard panel names the next deadline.
        self.client.force_login(get_user_model().objects.get(username="coordinator"))
        self.assertIn(
            "Tweede ESF-rapport", self.client.get(reverse("wagtailadmin_home")).content.decode()
        )

    def test_running_it_again_later_adds_no_second_deadline(self):
        from demo.loader import DemoReport, _reporting_deadlines

        before = list(ReportingDeadline.objects.values_list("label", "date", "network_id"))
        # A month later every seed date lands four weeks further on.
        shift = demo_shift(demo_content("news")["news"], timezone.localdate())
        _reporting_deadlines(DemoShift(days=shift.days + 28), DemoReport())

        self.assertEqual(
            list(ReportingDeadline.objects.values_list("label", "date", "network_id")), before
        )

    def test_running_it_twice_changes_nothing(self):
        before = page_type_counts()
        footers = FooterSettings.objects.count()
        deadlines = list(ReportingDeadline.objects.values_list("label", "date", "network_id"))

        load_demo()

        self.assertEqual(page_type_counts(), before)
        self.assertEqual(FooterSettings.objects.count(), footers)
        self.assertEqual(
            list(ReportingDeadline.objects.values_list("label", "date", "network_id")), deadlines
        )

    def test_every_live_public_page_answers(self):
        pages = Page.objects.live().public().filter(depth__gte=2).specific()
        self.assertGreater(len(pages), 50)
        for page in pages:
            with self.subTest(url=page.url):
                self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_the_editor_manual_is_no_page_of_the_site(self):
        # It lives in the admin (docs/handleiding.md), on every install.
        self.assertFalse(Page.objects.filter(slug="handleiding").exists())
        self.assertEqual(self.client.get("/nl/handleiding/").status_code, 404)

    def test_the_footer_links_contact_esf_and_the_statements(self):
        footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))

        links = {page.slug for _label, page in footer.footer_links()}

        self.assertEqual(links, {"contact", "esf", "privacy", "toegankelijkheid"})
        home = self.client.get("/nl/").content.decode()
        for slug in links:
            self.assertIn(f'href="/nl/{slug}/"', home)

    def test_the_privacy_statement_states_the_attendees_purpose_and_retention(self):
        privacy = self.client.get("/nl/privacy/").content.decode()

        months = settings.EVENTS_REGISTRATION_RETENTION_MONTHS
        self.assertIn(f"wissen we {months} maanden na", privacy)
        self.assertIn("een lijst van de deelnemers", privacy)
        self.assertNotIn("{retention_months}", privacy)

    def test_the_agenda_archive_and_search_answer(self):
        agenda = EventIndexPage.objects.get(locale__language_code="nl")
        self.assertEqual(self.client.get(agenda.url + "archief/").status_code, 200)
        for network_slug in NETWORK_SLUGS:
            response = self.client.get(agenda.url, {"network": network_slug})
            self.assertEqual(response.status_code, 200)
            self.assertFalse(response.context["filter_form"].errors)
        with translation.override("nl"):
            search_url = reverse("search")
        for query in ("mvo", "tracer", "duurzaam ondernemen"):
            response = self.client.get(search_url, {"q": query})
            self.assertEqual(response.status_code, 200)
            self.assertTrue(response.context["search_results"], query)


@pytest.mark.django_db
def test_without_debug_it_refuses_and_writes_nothing(settings):
    settings.DEBUG = False
    pages = page_type_counts()
    footers = FooterSettings.objects.count()

    with pytest.raises(CommandError):
        call_command("load_demo")

    assert page_type_counts() == pages
    assert FooterSettings.objects.count() == footers


def test_a_shift_moves_dates_in_dutch_and_english_text_by_whole_weeks():
    shift = DemoShift(days=7 * 1090)  # 2006-03-31 (a Friday) -> 2027-02-19 (a Friday)

    assert shift.text("Deadline: 31 maart 2006.") == "Deadline: 19 februari 2027."
    assert shift.text("Deadline 31 March 2006") == "Deadline 19 February 2027"
    assert shift.text("tegen september 2006") == "tegen augustus 2027"
    assert shift.text("in 2005 en 2006") == "in 2026 en 2027"
    assert shift.text({"slug": "jaar-2006", "title": "Jaar 2006"}) == {
        "slug": "jaar-2006",
        "title": "Jaar 2027",
    }
    assert shift.date(date(2006, 3, 31)).weekday() == date(2006, 3, 31).weekday()


def test_the_shift_makes_the_newest_news_item_this_weeks():
    news = [{"date": date(2006, 3, 6)}, {"date": date(2006, 1, 12)}]

    for today in (date(2026, 12, 6), date(2026, 12, 7), date(2027, 2, 28)):
        newest = demo_shift(news, today).date(date(2006, 3, 6))
        assert today - timedelta(days=7) < newest <= today


class DemoSeriesChecks:
    """The roadshows form series: the events under one project page. Mixed into
    LoadedDemoTests, which loads the demo."""

    def series(self, network: str, project: str) -> list[EventPage]:
        network_page = NetworkPage.objects.get(slug=network, locale__language_code="nl")
        project_page = network_page.get_children().get(slug=project)
        return list(EventPage.objects.child_of(project_page).order_by("start"))

    def test_compleets_six_roadshows_are_one_series_one_per_province(self):
        roadshows = self.series("compleet", "roadshows-2006")

        self.assertEqual(len(roadshows), 6)
        # The five provinces' capitals and Brussels.
        self.assertEqual(
            {event.location for event in roadshows},
            {"Antwerpen", "Hasselt", "Gent", "Brugge", "Leuven", "Brussel"},
        )
        network = NetworkPage.objects.get(slug="compleet", locale__language_code="nl")
        self.assertFalse(EventPage.objects.child_of(network).exists())

    def test_the_ministers_roadshow_is_monthly_but_not_in_july_or_august(self):
        roadshows = self.series("mainstreamteam", "roadshow-met-de-ministers")
        seeds = {
            seed["slug"]: seed["start"]
            for seed in demo_content("events")["events"]
            if seed.get("project") == "roadshow-met-de-ministers"
        }

        self.assertEqual(len(roadshows), 7)
        self.assertEqual({event.slug for event in roadshows}, set(seeds))
        # The seed dates (the loader moves them by whole weeks, not months): one a month
        # from April to December, none in July or August.
        self.assertEqual(sorted(start.month for start in seeds.values()), [4, 5, 6, 9, 10, 11, 12])

    def test_the_project_page_and_an_event_show_the_series(self):
        roadshows = self.series("compleet", "roadshows-2006")
        project = roadshows[0].get_parent().specific

        content = self.client.get(project.url).content.decode()
        for event in roadshows:
            self.assertIn(event.title, content)
        event_page = self.client.get(roadshows[0].url).content.decode()
        self.assertIn("Andere data in deze reeks", event_page)
        self.assertIn(roadshows[-1].title, event_page)

    def test_some_events_are_for_small_or_large_organisations(self):
        audiences = set(EventPage.objects.values_list("audience", flat=True))

        self.assertEqual(audiences, {"everyone", "small", "large"})
        agenda = EventIndexPage.objects.get(locale__language_code="nl")
        for audience in ("small", "large"):
            response = self.client.get(agenda.url + "archief/", {"audience": audience})
            self.assertEqual(response.status_code, 200)
            self.assertFalse(response.context["filter_form"].errors)

    def test_the_english_roadshow_stop_lies_in_the_english_series(self):
        english = EventPage.objects.get(
            locale__language_code="en", slug="ministers-roadshow-international-business"
        )

        self.assertEqual(english.get_parent().slug, "roadshow-with-the-ministers")
        self.assertEqual(self.client.get(english.get_parent().url).status_code, 200)

    def test_a_demo_loaded_before_the_series_gets_its_roadshows_moved_not_doubled(self):
        roadshow = self.series("compleet", "roadshows-2006")[0]
        project = roadshow.get_parent()
        roadshow.move(project.get_parent(), pos="last-child")

        load_demo()

        moved = EventPage.objects.filter(slug=roadshow.slug, locale__language_code="nl")
        self.assertEqual([event.get_parent().pk for event in moved], [project.pk])


class LoadedDemoTests(
    LoadDemoChecks, DemoSeriesChecks, EnglishDemoChecks, DemoRegistrationChecks, TestCase
):
    """Every check of the loaded demo, on one load. A check that loads again, or changes
    pages, does so in its own transaction, rolled back before the next check."""

    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.english = Locale.objects.get(language_code="en")
