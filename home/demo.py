"""Builds the demo site from the seed minutes (home/demo_data.py). Development only.

Idempotent: a page that already exists (same slug under the same parent) is left as it is,
so editors' changes survive a second run; only missing pages are created.
"""

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from core.models import ContentPage, FooterSettings
from editorial.services.provisioning import editorial_setup, network_provision
from events.models import EventIndexPage, EventPage
from home import demo_data
from home.demo_en import demo_en_load
from home.models import HomePage
from networks.models import ClosedAreaPage, NetworkIndexPage, NetworkPage, ProjectPage
from news.models import NewsIndexPage, NewsPage
from privatemedia.services import closed_area_collections_ensure
from themes.models import ThemeIndexPage, ThemePage

BRUSSELS = ZoneInfo("Europe/Brussels")
DEFAULT_DEMO_PASSWORD = "mvo-demo-2026"  # noqa: S105 - documented demo password, dev only
DEMO_COORDINATOR = ("coordinator", "Jef", "Van der Wee")


@dataclass
class DemoReport:
    created: dict[str, int] = field(default_factory=dict)
    accounts: int = 0
    event_year_shift: int = 0

    def count(self, page: Page) -> None:
        name = type(page).__name__
        self.created[name] = self.created.get(name, 0) + 1


def stream(blocks: list[tuple[str, Any]]) -> str:
    """Raw StreamField JSON from the data module's (block_type, value) pairs."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


def shift_years(moment: datetime | date, years: int):
    return moment.replace(year=moment.year + years)


def event_year_shift(events: list[dict], now: datetime) -> int:
    """Whole years to add so that today falls inside the programme, as evenly as possible.

    Candidates that would change the spacing between events (a 29 February crossed in one
    year but not in the other) are skipped, so order and gaps stay exactly as in the seeds.
    """
    starts = [e["start"] for e in events]
    original_gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    first_year = starts[0].year
    best_shift, best_balance = None, -1
    for shift in range(now.year - first_year - 2, now.year - first_year + 2):
        shifted = [shift_years(s, shift) for s in starts]
        if [b - a for a, b in zip(shifted, shifted[1:], strict=False)] != original_gaps:
            continue
        ends = [shift_years(e["end"], shift).replace(tzinfo=BRUSSELS) for e in events]
        upcoming = sum(end >= now for end in ends)
        balance = min(upcoming, len(ends) - upcoming)
        if balance > best_balance:
            best_shift, best_balance = shift, balance
    return best_shift if best_shift is not None else now.year - first_year


def news_year_shift(items: list[dict], today: date) -> int:
    """Whole years to add so that the newest item is recent but never in the future."""
    newest = max(item["date"] for item in items)
    shift = today.year - newest.year
    if shift_years(newest, shift) > today:
        shift -= 1
    return shift


SEED_YEAR = re.compile(r"\b(2005|2006)\b")


def shift_text(value: Any, years: int) -> Any:
    """Shift the seed years named in text (strings, nested lists, dicts) as the dates are."""
    if isinstance(value, str):
        return SEED_YEAR.sub(lambda m: str(int(m.group(1)) + years), value)
    if isinstance(value, list | tuple):
        return type(value)(shift_text(item, years) for item in value)
    if isinstance(value, dict):
        # Slugs stay fixed, so a later run in another year finds the same pages.
        return {k: v if k == "slug" else shift_text(v, years) for k, v in value.items()}
    return value


def child_by_slug(parent: Page, slug: str) -> Page | None:
    return parent.get_children().filter(slug=slug).specific().first()


def ensure_child(parent: Page, page: Page, report: DemoReport) -> Page:
    """Return the existing child with the page's slug, or add and publish the new page."""
    existing = child_by_slug(parent, page.slug)
    if existing is not None:
        return existing
    page.locale_id = parent.locale_id
    parent.add_child(instance=page)
    page.save_revision().publish()
    report.count(page)
    return page


def demo_load(*, now: datetime | None = None) -> DemoReport:
    now = now or timezone.now()
    report = DemoReport(event_year_shift=event_year_shift(demo_data.EVENTS, now))
    years = report.event_year_shift
    with transaction.atomic():
        home = _home()
        _footer(home)
        themes = _themes(home, report)
        _networks(home, themes, years, report)
        agenda = ensure_child(
            home,
            EventIndexPage(
                title="Agenda",
                slug="agenda",
                show_in_menus=True,
                intro="Sessies, roadshows, studiedagen en bijeenkomsten van de lerende "
                "netwerken en het DKC MVO.",
            ),
            report,
        )
        _events(agenda, themes, years, report)
        _news(home, now, report)
        _content_pages(home, years, report)
        _accounts(report)
        demo_en_load(shift=lambda text: shift_text(text, years), report=report)
    return report


def _home() -> HomePage:
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not home.tagline:
        home.title = demo_data.SITE["name"]
        home.tagline = demo_data.SITE["tagline"]
        home.intro = demo_data.SITE["home_intro"]
        home.seo_title = f"{demo_data.SITE['name']}: {demo_data.SITE['tagline']}"
        home.save_revision().publish()
    return home


def _footer(home: HomePage) -> None:
    footer = FooterSettings.for_site(Site.objects.get(root_page=home))
    if not footer.contact_text:
        footer.contact_text = demo_data.SITE["contact_address"]
        footer.save()


def _themes(home: HomePage, report: DemoReport) -> dict[str, ThemePage]:
    theme_index = ensure_child(
        home,
        ThemeIndexPage(
            title="Thema's",
            slug="themas",
            show_in_menus=True,
            intro="Smalle MVO-thema's met één terminologie voor heel Vlaanderen. Elk thema "
            "bundelt kennis, de projecten van de lerende netwerken en hun activiteiten.",
        ),
        report,
    )
    themes = {}
    for data in demo_data.THEMES:
        themes[data["slug"]] = ensure_child(
            theme_index,
            ThemePage(
                title=data["title"],
                slug=data["slug"],
                listing_summary=data["summary"],
                search_description=data["summary"],
                intro=data["intro"],
                body=stream(data["body"]),
            ),
            report,
        )
    return themes


def _networks(home: HomePage, themes: dict[str, ThemePage], years: int, report: DemoReport) -> None:
    network_index = ensure_child(
        home,
        NetworkIndexPage(
            title="Lerende netwerken",
            slug="netwerken",
            show_in_menus=True,
            intro="Zeven lerende netwerken werken elk een MVO-thema uit, met steun van het "
            "Europees Sociaal Fonds; het mainstreamteam verbindt ze.",
        ),
        report,
    )
    for data in demo_data.NETWORKS:
        network = ensure_child(
            network_index,
            NetworkPage(
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
            ),
            report,
        )
        for project in shift_text(data["projects"], years):
            ensure_child(
                network,
                ProjectPage(
                    title=project["title"],
                    slug=project["slug"],
                    listing_summary=project["summary"],
                    search_description=project["summary"],
                    intro=project["intro"],
                    body=stream(project["body"]),
                    themes=[themes[slug] for slug in project["themes"]],
                ),
                report,
            )
        for area, title, intro in _closed_areas(data["title"]):
            ensure_child(
                network,
                ClosedAreaPage(title=title, slug=area, area=area, intro=intro),
                report,
            )


def _closed_areas(network_title: str) -> list[tuple[str, str, str]]:
    return [
        (
            ClosedAreaPage.INTRANET,
            "Intranet",
            f"Werkruimte voor de leden van {network_title}: verslagen, planning en "
            "documenten van het netwerk.",
        ),
        (
            ClosedAreaPage.EXTRANET,
            "Extranet",
            f"Ruimte van {network_title} voor partners of doelgroepen, zoals het netwerk "
            "zelf beslist.",
        ),
    ]


def _events(
    agenda: EventIndexPage, themes: dict[str, ThemePage], years: int, report: DemoReport
) -> None:
    networks = {n.slug: n for n in NetworkPage.objects.filter(locale_id=agenda.locale_id)}
    for data in demo_data.EVENTS:
        parent = networks[data["network"]] if data["network"] else agenda
        ensure_child(
            parent,
            EventPage(
                title=data["title"],
                slug=data["slug"],
                event_type=data["event_type"],
                start=shift_years(data["start"], years).replace(tzinfo=BRUSSELS),
                end=shift_years(data["end"], years).replace(tzinfo=BRUSSELS),
                location=data["location"],
                listing_summary=shift_text(data["summary"], years),
                search_description=shift_text(data["summary"], years),
                intro=shift_text(data["intro"], years),
                body=stream(shift_text(data["body"], years)),
                themes=[themes[slug] for slug in data["themes"]],
            ),
            report,
        )


def _news(home: HomePage, now: datetime, report: DemoReport) -> None:
    news_index = ensure_child(
        home,
        NewsIndexPage(
            title="Nieuws",
            slug="nieuws",
            show_in_menus=True,
            intro="Nieuws van het DKC MVO en de lerende netwerken.",
        ),
        report,
    )
    years = news_year_shift(demo_data.NEWS, timezone.localdate(now))
    for data in shift_text(demo_data.NEWS, years):
        ensure_child(
            news_index,
            NewsPage(
                title=data["title"],
                slug=data["slug"],
                date=shift_years(data["date"], years),
                listing_summary=data["summary"],
                search_description=data["summary"],
                intro=data["summary"],
                body=stream(data["body"]),
            ),
            report,
        )


def _content_pages(home: HomePage, years: int, report: DemoReport) -> None:
    in_menu = {"over-dkc-mvo"}
    for data in shift_text(demo_data.PAGES, years):
        ensure_child(
            home,
            ContentPage(
                title=data["title"],
                slug=data["slug"],
                show_in_menus=data["slug"] in in_menu,
                intro=data["intro"],
                body=stream(data["body"]),
            ),
            report,
        )


def _accounts(report: DemoReport) -> None:
    """Personal demo accounts: the coordinator, and an editor, member and partner per network."""
    password = os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)
    coordinators = editorial_setup().tasks.first().specific.groups.first()
    username, first_name, last_name = DEMO_COORDINATOR
    _account(username, first_name, last_name, password, coordinators, report)
    for data in demo_data.NETWORKS:
        network = NetworkPage.objects.get(slug=data["slug"], locale__language_code="nl")
        access = network_provision(network_page=network)
        _intranet_document(network, access, report)
        first_name, _, last_name = data["coordinator_name"].partition(" ")
        slug = data["slug"]
        _account(f"{slug}-editor", first_name, last_name, password, access.editors, report)
        _account(f"{slug}-member", "Lid", data["title"], password, access.members, report)
        _account(f"{slug}-partner", "Partner", data["title"], password, access.partners, report)


def _account(username, first_name, last_name, password, group, report: DemoReport) -> None:
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@example.org",
        },
    )
    if created:
        user.set_password(password)
        user.save()
        report.accounts += 1
    user.groups.add(group)


def _intranet_document(network: NetworkPage, access, report: DemoReport) -> None:
    """A private working document in the network's intranet collection, linked from the
    intranet page, so the closed areas can be tried with the demo accounts."""
    collection = closed_area_collections_ensure(access=access)[ClosedAreaPage.INTRANET]
    document_model = get_document_model()
    title = f"Werkplanning {network.title}"
    document = document_model.objects.filter(collection=collection, title=title).first()
    if document is None:
        text = (
            f"Werkplanning van {network.title} (vertrouwelijk, enkel voor de leden).\n"
            "1. Verslag van de laatste bijeenkomst nalezen.\n"
            "2. Rapportering aan het ESF-Agentschap voorbereiden.\n"
            "3. Deelnemerslijsten van de acties bijhouden.\n"
        )
        document = document_model(title=title, collection=collection)
        document.file.save(
            f"werkplanning-{network.slug}.txt", ContentFile(text.encode()), save=False
        )
        document.save()
        report.count(document)
    intranet = ClosedAreaPage.objects.child_of(network).filter(area=ClosedAreaPage.INTRANET).first()
    if intranet is not None and not intranet.body:
        link = f'<a linktype="document" id="{document.pk}">{title}</a>'
        intranet.body = stream([("paragraph", f"<p>Voor de leden: {link}.</p>")])
        intranet.save_revision().publish()
