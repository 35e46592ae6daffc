"""Builds the demo site from the seed minutes (demo/data/*.yaml). Development only.

Idempotent: a page that already exists (same slug under the same parent) is left as it is,
so editors' changes survive a second run; only missing pages are created, through the same
factories the tests use.
"""

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from access.models import NetworkAccess
from core.factories import ContentPageFactory, UserFactory
from core.models import FooterSettings
from demo.content import demo_content
from demo.english import demo_en_load
from demo.glossary import demo_glossary_load
from demo.registrations import demo_registrations_load
from editorial.services.provisioning import editorial_setup, network_provision
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from networks.factories import (
    ClosedAreaPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    ProjectPageFactory,
)
from networks.models import ClosedAreaPage, NetworkPage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from privatemedia.services import closed_area_collections_ensure
from publications.factories import PublicationPageFactory
from publications.models import PublicationCopies
from publications.services import publication_copies_record
from reports.models import ReportingDeadline
from themes.factories import ThemeIndexPageFactory, ThemePageFactory
from themes.models import ThemePage
from thesisprize.factories import ThesisCallPageFactory

BRUSSELS = ZoneInfo("Europe/Brussels")
DEFAULT_DEMO_PASSWORD = "mvo-demo-2026"  # noqa: S105 - documented demo password, dev only


def stream(blocks: list[dict[str, Any]]) -> str:
    """Raw StreamField JSON from the data's blocks, one `{block_type: value}` each."""
    return json.dumps(
        [
            {"type": block_type, "value": value}
            for block in blocks
            for block_type, value in block.items()
        ]
    )


MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
MONTH_NUMBERS = {
    name: (language, number)
    for language, names in MONTHS.items()
    for number, name in enumerate(names, start=1)
}
# A date in the seed texts: "31 maart 2006", "september 2006", "10 January 2006", or a year.
SEED_DATE = re.compile(
    r"\b(?:(?P<day>\d{1,2}) )?(?P<month>" + "|".join(MONTH_NUMBERS) + r") (?P<year>200[4-7])\b"
    r"|\b(?P<bare>200[4-7])\b"
)


@dataclass(frozen=True)
class DemoShift:
    """How far the seed's dates move to tell their story around today: whole weeks, so every
    date keeps its weekday (meetings stay on their day, deadlines on working days), and one
    shift for everything, so news, agenda and the dates in texts agree."""

    days: int = 0

    @property
    def weeks(self) -> int:
        return self.days // 7

    def date(self, day: date) -> date:
        return day + timedelta(days=self.days)

    def moment(self, moment: datetime) -> datetime:
        """A seed time (Brussels wall-clock time), shifted, at the same time of day."""
        return (moment.replace(tzinfo=None) + timedelta(days=self.days)).replace(tzinfo=BRUSSELS)

    def text(self, value: Any) -> Any:
        """The seed dates named in text (strings, nested lists, dicts), shifted alike."""
        if isinstance(value, str):
            return SEED_DATE.sub(self._date_text, value)
        if isinstance(value, list | tuple):
            return type(value)(self.text(item) for item in value)
        if isinstance(value, dict):
            # Slugs stay fixed, so a later run in another year finds the same pages.
            return {k: v if k == "slug" else self.text(v) for k, v in value.items()}
        return value

    def _date_text(self, match: re.Match) -> str:
        if match["bare"]:
            # A year on its own: where its middle lands.
            return str(self.date(date(int(match["bare"]), 7, 1)).year)
        language, month = MONTH_NUMBERS[match["month"]]
        if match["day"] is None:
            shifted = self.date(date(int(match["year"]), month, 15))
            return f"{MONTHS[language][shifted.month - 1]} {shifted.year}"
        shifted = self.date(date(int(match["year"]), month, int(match["day"])))
        return f"{shifted.day} {MONTHS[language][shifted.month - 1]} {shifted.year}"


def demo_shift(news: list[dict], today: date) -> DemoShift:
    """The shift that makes the newest news item this week's (never later than today): the
    seed minutes were written just after it, so the agenda around it is past and upcoming."""
    newest = max(item["date"] for item in news)
    return DemoShift(days=(today - newest).days // 7 * 7)


@dataclass
class DemoReport:
    created: dict[str, int] = field(default_factory=dict)
    accounts: int = 0
    shift: DemoShift = field(default_factory=DemoShift)

    def count(self, page: Page) -> None:
        name = type(page).__name__
        self.created[name] = self.created.get(name, 0) + 1


def child_by_slug(parent: Page, slug: str) -> Page | None:
    return parent.get_children().filter(slug=slug).specific().first()


def ensure_child(
    parent: Page, page_factory: Callable[..., Page], report: DemoReport, **fields: Any
) -> Page:
    """Return the existing child with the slug in `fields`, or add and publish a new page
    made by `page_factory` with those fields."""
    existing = child_by_slug(parent, fields["slug"])
    if existing is not None:
        return existing
    page = page_factory(parent=parent, locale_id=parent.locale_id, **fields)
    page.save_revision().publish()
    report.count(page)
    return page


def ensure_index(parent: Page, page_factory: Callable[..., Page], report: DemoReport, data):
    """A section's index page, in the main menu, from its file's `index` entry."""
    return ensure_child(parent, page_factory, report, show_in_menus=True, **data)


def demo_load(*, now: datetime | None = None) -> DemoReport:
    now = now or timezone.now()
    events = demo_content("events")
    shift = demo_shift(demo_content("news")["news"], timezone.localdate(now))
    report = DemoReport(shift=shift)
    with transaction.atomic():
        home = _home()
        _footer(home)
        themes = _themes(home, report)
        _networks(home, themes, shift, report)
        agenda = ensure_index(home, EventIndexPageFactory, report, events["index"])
        _events(agenda, themes, shift, report)
        _thesis_calls(shift, report)
        _news(home, shift, report)
        _content_pages(home, shift, report)
        _accounts(report)
        _publications(shift, report)
        _reporting_deadlines(shift, report)
        demo_en_load(shift=shift.text, report=report)
        demo_glossary_load(themes=themes, report=report)
        if registrations := demo_registrations_load(now=now):
            report.created["Registration"] = registrations
    return report


def _home() -> HomePage:
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not home.tagline:
        texts = demo_content("site")
        home.title = texts["name"]
        home.tagline = texts["tagline"]
        home.intro = texts["home_intro"]
        home.seo_title = f"{texts['name']}: {texts['tagline']}"
        home.save_revision().publish()
    return home


def _footer(home: HomePage) -> None:
    footer = FooterSettings.for_site(Site.objects.get(root_page=home))
    if not footer.contact_text:
        footer.contact_text = demo_content("site")["contact_address"]
        footer.save()


def _themes(home: HomePage, report: DemoReport) -> dict[str, ThemePage]:
    content = demo_content("themes")
    theme_index = ensure_index(home, ThemeIndexPageFactory, report, content["index"])
    themes = {}
    for data in content["themes"]:
        themes[data["slug"]] = ensure_child(
            theme_index,
            ThemePageFactory,
            report,
            title=data["title"],
            slug=data["slug"],
            listing_summary=data["summary"],
            search_description=data["summary"],
            intro=data["intro"],
            body=stream(data["body"]),
        )
    return themes


def _networks(
    home: HomePage, themes: dict[str, ThemePage], shift: DemoShift, report: DemoReport
) -> None:
    content = demo_content("networks")
    network_index = ensure_index(home, NetworkIndexPageFactory, report, content["index"])
    for data in content["networks"]:
        network = ensure_child(
            network_index,
            NetworkPageFactory,
            report,
            title=data["title"],
            slug=data["slug"],
            short_name=data["short_name"],
            aim=data["aim"],
            listing_summary=data["aim"],
            search_description=data["aim"],
            intro=data["intro"],
            body=stream(data["body"]),
            coordinator_name=data["coordinator_name"],
            coordinator_role=data["coordinator_role"],
            contact_email=data["contact_email"],
            contact_phone=data["contact_phone"],
            address=data["address"],
            website=data["website"],
            themes=[themes[slug] for slug in data["themes"]],
        )
        for project in shift.text(data["projects"]):
            ensure_child(
                network,
                ProjectPageFactory,
                report,
                title=project["title"],
                slug=project["slug"],
                listing_summary=project["summary"],
                search_description=project["summary"],
                intro=project["intro"],
                body=stream(project["body"]),
                themes=[themes[slug] for slug in project["themes"]],
            )
        for area in (ClosedAreaPage.INTRANET, ClosedAreaPage.EXTRANET):
            texts = content["closed_areas"][area]
            ensure_child(
                network,
                ClosedAreaPageFactory,
                report,
                title=texts["title"],
                slug=area,
                area=area,
                intro=texts["intro"].format(network=data["title"]),
            )


def _events(
    agenda: EventIndexPage, themes: dict[str, ThemePage], shift: DemoShift, report: DemoReport
) -> None:
    networks = {n.slug: n for n in NetworkPage.objects.filter(locale_id=agenda.locale_id)}
    for data in demo_content("events")["events"]:
        parent = networks[data["network"]] if data["network"] else agenda
        if data.get("project"):
            # The events under one project form a series (the roadshows).
            network, parent = parent, child_by_slug(parent, data["project"])
            _move_into_series(network, parent, data["slug"])
        ensure_child(
            parent,
            EventPageFactory,
            report,
            title=data["title"],
            slug=data["slug"],
            event_type=data["event_type"],
            audience=data.get("audience", "everyone"),
            start=shift.moment(data["start"]),
            end=shift.moment(data["end"]),
            location=data["location"],
            listing_summary=shift.text(data["summary"]),
            search_description=shift.text(data["summary"]),
            intro=shift.text(data["intro"]),
            body=stream(shift.text(data["body"])),
            themes=[themes[slug] for slug in data["themes"]],
        )


def _thesis_calls(shift: DemoShift, report: DemoReport) -> None:
    """The mainstream team's thesis prize call, its deadline and award event shifted with the
    agenda (the award is an event of events.yaml)."""
    for data in demo_content("thesisprize")["calls"]:
        network = NetworkPage.objects.get(slug=data["network"], locale__language_code="nl")
        award_event = EventPage.objects.filter(
            slug=data["award_event"], locale_id=network.locale_id
        ).first()
        ensure_child(
            network,
            ThesisCallPageFactory,
            report,
            title=data["title"],
            slug=data["slug"],
            deadline=shift.moment(data["deadline"]),
            award_event=award_event,
            listing_summary=shift.text(data["summary"]),
            search_description=shift.text(data["summary"]),
            intro=shift.text(data["intro"]),
            body=stream(shift.text(data["body"])),
        )


def _move_into_series(network: NetworkPage, project: Page, slug: str) -> None:
    """A demo site loaded before the series existed has the event under its network: move
    it under its project rather than add a second one (its English version stays where it
    is; a fresh load puts both in place)."""
    event = child_by_slug(network, slug)
    if event is not None and child_by_slug(project, slug) is None:
        event.move(project, pos="last-child")


def _news(home: HomePage, shift: DemoShift, report: DemoReport) -> None:
    content = demo_content("news")
    news_index = ensure_index(home, NewsIndexPageFactory, report, content["index"])
    for data in shift.text(content["news"]):
        ensure_child(
            news_index,
            NewsPageFactory,
            report,
            title=data["title"],
            slug=data["slug"],
            date=shift.date(data["date"]),
            listing_summary=data["summary"],
            search_description=data["summary"],
            intro=data["summary"],
            body=stream(data["body"]),
        )


def _content_pages(home: HomePage, shift: DemoShift, report: DemoReport) -> None:
    """The about, contact and ESF pages and the statements; the footer links its pages."""
    footer = FooterSettings.for_site(Site.objects.get(root_page=home))
    linked = False
    for data in shift.text(demo_content("pages")["pages"]):
        page = ensure_child(
            home,
            ContentPageFactory,
            report,
            title=data["title"],
            slug=data["slug"],
            show_in_menus=data.get("show_in_menus", False),
            intro=data["intro"],
            # The privacy statement states the retention the site applies.
            body=stream(data["body"]).replace(
                "{retention_months}", str(settings.EVENTS_REGISTRATION_RETENTION_MONTHS)
            ),
        )
        field = data.get("footer")
        # An editor's own choice in the settings stays.
        if field and getattr(footer, f"{field}_id") is None:
            setattr(footer, field, page)
            linked = True
    if linked:
        footer.save()


def _accounts(report: DemoReport) -> None:
    """Personal demo accounts: the coordinator, and an editor, member and partner per network."""
    password = os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)
    accounts = demo_content("accounts")
    coordinators = editorial_setup().tasks.first().specific.groups.first()
    _account(password=password, group=coordinators, report=report, **accounts["coordinator"])
    roles = accounts["network_roles"]
    for data in demo_content("networks")["networks"]:
        network = NetworkPage.objects.get(slug=data["slug"], locale__language_code="nl")
        access = network_provision(network_page=network)
        _intranet_document(network, access, report)
        editor_first, _, editor_last = data["coordinator_name"].partition(" ")
        slug, title = data["slug"], data["title"]
        for username, first_name, last_name, group in [
            (f"{slug}-editor", editor_first, editor_last, access.editors),
            (f"{slug}-member", roles["member"]["first_name"], title, access.members),
            (f"{slug}-partner", roles["partner"]["first_name"], title, access.partners),
        ]:
            _account(
                username=username,
                first_name=first_name,
                last_name=last_name,
                password=password,
                group=group,
                report=report,
            )


def _account(*, username, first_name, last_name, password, group, report: DemoReport) -> None:
    """The account with this username, made when missing (an existing one keeps its password
    and name), in `group`."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        user = UserFactory(
            username=username, first_name=first_name, last_name=last_name, password=password
        )
        report.accounts += 1
    user.groups.add(group)


def demo_pdf(title: str, text: str) -> bytes:
    """A one-page PDF naming the publication and carrying the ESF and Flemish logo lines."""
    lines = [title, text[:90], "Europees Sociaal Fonds - Vlaamse overheid"]
    commands = "".join(
        f"BT /F1 12 Tf 72 {760 - 24 * number} Td ({line.replace('(', '').replace(')', '')}) Tj ET\n"
        for number, line in enumerate(lines)
    )
    stream_bytes = commands.encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream_bytes) + stream_bytes + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return pdf


def _publications(shift: DemoShift, report: DemoReport) -> None:
    """The networks' publications with their files (public, in the root collection), and the
    copies of the oldest recorded as sent by the demo coordinator."""
    document_model = get_document_model()
    coordinator = get_user_model().objects.filter(username="coordinator").first()
    for data in shift.text(demo_content("publications")["publications"]):
        network = NetworkPage.objects.get(slug=data["network"], locale__language_code="nl")
        parent = child_by_slug(network, data["project"]) if data.get("project") else network
        if child_by_slug(parent, data["slug"]) is not None:
            continue
        document = document_model.objects.filter(title=data["file_title"]).first()
        if document is None:
            document = document_model(title=data["file_title"])
            content = ContentFile(demo_pdf(data["file_title"], data["summary"]))
            document.file.save(f"{data['slug']}.pdf", content, save=False)
            document.file_size = content.size
            document.save()
            report.count(document)
        publication = ensure_child(
            parent,
            PublicationPageFactory,
            report,
            title=data["title"],
            slug=data["slug"],
            kind=data["kind"],
            document=document,
            publication_date=shift.date(data["date"]),
            audience=data["audience"],
            publication_language=data["language"],
            esf_logos_present=True,
            listing_summary=data["summary"],
            search_description=data["summary"],
            intro=data["summary"],
            themes=list(ThemePage.objects.filter(slug__in=data["themes"], locale=parent.locale)),
        )
        sent = data.get("copies_sent")
        if (
            sent
            and coordinator is not None
            and not PublicationCopies.objects.filter(
                publication_key=publication.translation_key
            ).exists()
        ):
            publication_copies_record(
                publication=publication, sent_on=shift.date(sent), user=coordinator
            )


def _reporting_deadlines(shift: DemoShift, report: DemoReport) -> None:
    """The coordinators' ESF reporting deadlines, each found again by its label and network
    (its date moves with the day the demo is loaded)."""
    for data in demo_content("reports")["deadlines"]:
        network = None
        if data.get("network"):
            page = NetworkPage.objects.get(slug=data["network"], locale__language_code="nl")
            network = NetworkAccess.objects.get(translation_key=page.translation_key)
        if ReportingDeadline.objects.filter(label=data["label"], network=network).exists():
            continue
        start = data.get("period_start")
        deadline = ReportingDeadline(
            label=data["label"],
            network=network,
            date=shift.date(data["date"]),
            period_start=shift.date(start) if start else None,
        )
        deadline.full_clean()
        deadline.save()
        report.created["ReportingDeadline"] = report.created.get("ReportingDeadline", 0) + 1


def _intranet_document(network: NetworkPage, access, report: DemoReport) -> None:
    """A private working document in the network's intranet collection, linked from the
    intranet page, so the closed areas can be tried with the demo accounts."""
    texts = demo_content("networks")["intranet_document"]
    collection = closed_area_collections_ensure(access=access)[ClosedAreaPage.INTRANET]
    document_model = get_document_model()
    title = texts["title"].format(network=network.title)
    document = document_model.objects.filter(collection=collection, title=title).first()
    if document is None:
        text = texts["text"].format(network=network.title)
        document = document_model(title=title, collection=collection)
        document.file.save(
            texts["file_name"].format(slug=network.slug), ContentFile(text.encode()), save=False
        )
        document.save()
        report.count(document)
    intranet = ClosedAreaPage.objects.child_of(network).filter(area=ClosedAreaPage.INTRANET).first()
    if intranet is not None and not intranet.body:
        link = f'<a linktype="document" id="{document.pk}">{title}</a>'
        intranet.body = stream([{"paragraph": texts["paragraph"].format(link=link)}])
        intranet.save_revision().publish()
