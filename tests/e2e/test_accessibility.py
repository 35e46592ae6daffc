"""Every public page type, in Dutch and English, anonymous and as a member, passes axe-core
(the WCAG 2.2 AA rules) with 0 violations, the W3C HTML checker (vnu) with 0 errors, and fits
a 320 px wide screen without scrolling sideways; forms sent with mistakes announce them
(role=alert) and mark the fields (aria-invalid, aria-describedby to the message); the header,
the language switch, search and a form work from the keyboard alone.

axe-core and vnu come from the npm registry (package.json, installed by `make install` with
`npm ci`); vnu runs on Java. Without them these tests are skipped (with the reason) on a
developer machine and fail in CI, as the browser tests do without Chromium.

One world and one crawl for the three checks (building the pages and opening the browser cost
more than checking them): one browser context per role, each page opened once, checked by axe
at 1280 and at 320 px, and the HTML of all pages checked by one vnu run. Playwright injects
axe with `bypass_csp`: the site's Content-Security-Policy rightly refuses inline scripts.
"""

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import Browser, Page, expect
from wagtail.rich_text import RichText

from access.selectors import network_access_for
from events.services import registration_settings_update
from networks.models import ClosedAreaPage
from privatemedia.selectors import closed_area_collections_for
from tests import factories
from tests.e2e.conftest import TIMEOUT_MS, _skip_or_fail
from thesisprize.factories import ThesisCallPageFactory
from translations.services import page_translation_save

pytestmark = pytest.mark.e2e

NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROW, WIDE = 320, 1280
PASSWORD = "e2e-wachtwoord-123"
LONG_WORD = "werknemersvertegenwoordigersopleidingsprogramma"
INVITATION = "uitnodiging-a11y"

AXE_RUN = """async (tags) => {
    const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
}"""

# Elements wider than the viewport: what to fix when the reflow check fails.
OVERFLOWING = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}"""

# A form sent with mistakes: the summary is announced, every field with an error says so and
# points at messages that exist. Returns what is missing, empty when all is well.
ERRORS_ANNOUNCED = """() => {
    const problems = [];
    if (!document.querySelector("main [role=alert]")) problems.push("no role=alert summary");
    const invalid = [...document.querySelectorAll("main [aria-invalid=true]")];
    if (!invalid.length) problems.push("no field has aria-invalid=true");
    for (const input of invalid) {
        // A radio button's message belongs to its group, the fieldset.
        const described = input.getAttribute("aria-describedby")
            || input.closest("fieldset")?.getAttribute("aria-describedby") || "";
        const ids = described.split(/\\s+/).filter(Boolean);
        const messages = ids.map((id) => document.getElementById(id)).filter(Boolean);
        if (ids.length !== messages.length || !messages.some((m) => m.textContent.trim())) {
            problems.push(`${input.name}: aria-describedby="${ids.join(" ")}" finds no message`);
        }
    }
    return problems;
}"""


@pytest.fixture(scope="module")
def java() -> str:
    """The path of java, once axe-core and vnu are installed."""
    missing = [str(path) for path in (AXE, VNU) if not path.exists()]
    if missing:
        _skip_or_fail(f"accessibility checks need {', '.join(missing)} (`make install`: npm ci)")
    path = shutil.which("java")
    if path is None:
        _skip_or_fail("the HTML checker (vnu) needs Java (apt-get install default-jre-headless)")
    return path


@dataclass
class Crawl:
    """What the crawl found, per page (role and address)."""

    pages: list[str] = field(default_factory=list)
    violations: dict[str, list[dict]] = field(default_factory=dict)
    overflow: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    unannounced: dict[str, list[str]] = field(default_factory=dict)
    html: dict[str, str] = field(default_factory=dict)

    def check(self, page: Page, label: str, html: str) -> None:
        self.pages.append(label)
        self.html[label] = html
        page.add_script_tag(path=str(AXE))
        for width in (WIDE, NARROW):
            page.set_viewport_size({"width": width, "height": 900})
            violations = page.evaluate(AXE_RUN, WCAG_TAGS)
            if violations:
                self.violations[f"{label} at {width} px"] = violations
        scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
        if scroll_width > NARROW:
            self.overflow[label] = (scroll_width, page.evaluate(OVERFLOWING))
        page.set_viewport_size({"width": WIDE, "height": 900})

    def visit(self, page: Page, role: str, path: str, status: int = 200) -> None:
        response = page.goto(path)
        assert response is not None, path
        assert response.status == status, (role, path, response.status)
        self.check(page, f"{role} {path}", response.text())

    def submit(self, page: Page, role: str, path: str, fill: Callable[[Page], None]) -> None:
        """Opens the form at `path`, lets `fill` fill it with mistakes, sends it and checks the
        answer as shown, and that it announces the mistakes."""
        page.goto(path)
        fill(page)
        with page.expect_navigation():
            page.locator("main form[method=post] button[type=submit]").first.click()
        label = f"{role} {path} (sent with mistakes)"
        self.check(page, label, page.content())
        self.announced(page, label)

    def announced(self, page: Page, label: str) -> None:
        problems = page.evaluate(ERRORS_ANNOUNCED)
        if problems:
            self.unannounced[label] = problems


def _url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def _world(tree) -> dict:
    """What `site_tree` lacks for a full crawl: a page with every block, English translations,
    a member of Tracer with a document on its intranet, an open invitation, a reset link."""
    image = factories.ImageFactory(title="Fietsers")
    tree.content_page.body = json.dumps(
        [
            {"type": "heading", "value": "Wat we doen"},
            {"type": "paragraph", "value": '<p>Een alinea met een <a href="/nl/">link</a>.</p>'},
            {
                "type": "ko_go",
                "value": {
                    "shared": "<p>Voor iedereen.</p>",
                    "ko": "<p>Voor kleine organisaties.</p>",
                    "go": "<p>Voor grote organisaties.</p>",
                },
            },
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Fietsers", "decorative": False},
            },
            {
                "type": "quote",
                "value": {"text": "Duurzaam ondernemen loont.", "attribution": "Een ondernemer"},
            },
        ]
    )
    tree.content_page.save_revision().publish()
    # Long Dutch compounds, in a grid (the network page) and in a list of events (flex): they
    # must wrap, never widen the page past 320 px.
    tree.tracer.body = json.dumps([{"type": "heading", "value": LONG_WORD}])
    tree.tracer.save_revision().publish()
    tree.agenda_event.title = f"Infosessie {LONG_WORD}"
    tree.agenda_event.save_revision().publish()
    # The ESF pages: a publication, and a thesis prize call with its form.
    tree.publication = factories.PublicationPageFactory(
        parent=tree.tracer, title="Brochure werkend leren", slug="brochure"
    )
    tree.thesis_call = ThesisCallPageFactory(parent=tree.tracer, title="Scriptieprijs")

    english = {}
    for name, title, slug in [
        ("home", "Home", "home"),
        ("theme_index", "Themes", "themes"),
        ("mobility", "Mobility", "mobility"),
        ("network_index", "Networks", "networks"),
        ("tracer", "Tracer", "tracer"),
        ("tracer_project", "Learning at work", "learning-at-work"),
        ("network_event", "Study day on learning at work", "study-day"),
        ("agenda", "Events", "events"),
        ("news_index", "News", "news"),
        ("news_new", "A new leaflet from the networks", "a-new-leaflet"),
        ("content_page", "About us", "about-us"),
        ("publication", "Brochure learning at work", "brochure-en"),
        ("thesis_call", "Thesis prize", "thesis-prize"),
    ]:
        english[name] = page_translation_save(
            page=getattr(tree, name), strings={"title": title, "slug": slug}, locale_code="en"
        )

    registration_settings_update(event=tree.network_event, user=None, capacity=20)
    access = network_access_for(page=tree.tracer)
    member = factories.RoleUserFactory(username="lid-tracer", password=PASSWORD, access=access)
    document = factories.DocumentFactory(
        title="Notulen",
        collection=closed_area_collections_for(access=access)[ClosedAreaPage.INTRANET],
    )
    tree.intranet.body = [("paragraph", RichText(f"<p>{factories.document_link(document)}</p>"))]
    tree.intranet.save_revision().publish()
    factories.InvitationFactory(access=access, token=INVITATION)
    # The member, invited into a second network, confirms while logged in.
    factories.InvitationFactory(
        access=network_access_for(page=tree.diamond),
        email=member.email,
        token=f"{INVITATION}-lid",
    )
    reset = _url(
        "accounts:password_reset_confirm",
        "nl",
        uidb64=urlsafe_base64_encode(force_bytes(member.pk)),
        token=default_token_generator.make_token(member),
    )
    return {"english": english, "member": member, "reset": reset}


def _public_paths(tree, english: dict) -> list[tuple[str, int]]:
    """Every public page type in both languages, with the status it answers."""
    paths = []
    for language, pages in [("nl", vars(tree)), ("en", english)]:
        paths += [(pages[name].url, 200) for name in english]
        event = pages["network_event"].url
        paths += [
            (f"{event}{'inschrijven' if language == 'nl' else 'register'}/", 200),
            (f"{pages['thesis_call'].url}{'indienen' if language == 'nl' else 'submit'}/", 200),
            (pages["agenda"].url + ("archief/" if language == "nl" else "archive/"), 200),
            (_url("search", language) + "?q=mobiliteit", 200),
            (_url("search", language) + "?q=mobiliteit&kind=pages&order=date", 200),
            (_url("search", language) + "?q=zzzqqq", 200),
            (_url("search", language), 200),
            (_url("glossary", language), 200),
            (_url("network_folder", language), 200),
            (_url("network_folder_single", language, slug=pages["tracer"].slug), 200),
            (_url("lens_set", language, value="ko") + f"?next={pages['mobility'].url}", 200),
            (_url("accounts:login", language), 200),
            (_url("accounts:password_reset", language), 200),
            (_url("accounts:password_reset_done", language), 200),
            (f"/{language}/bestaat-niet/", 404),
        ]
    # A Dutch page without translation, at its English address: the notice.
    paths.append((english["theme_index"].url + tree.diversity.slug + "/", 404))
    return paths


def test_every_page_passes_axe_and_vnu_fits_320_px_and_announces_errors(
    java, browser: Browser, live_server, site_root, site_tree, media_root, settings, tmp_path
):
    settings.SITE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    tree = site_tree
    world = _world(tree)
    english = world["english"]
    crawl = Crawl()

    def context_page() -> Page:
        context = browser.new_context(base_url=live_server.url, bypass_csp=True)
        context.set_default_timeout(TIMEOUT_MS)
        return context.new_page()

    # Anonymous.
    page = context_page()
    for path, status in _public_paths(tree, english):
        crawl.visit(page, "anonymous", path, status)
    # The invitation link from the mail goes on to the form at a token-free address.
    crawl.visit(page, "anonymous", _url("accounts:invitation_accept", "nl", token=INVITATION))
    crawl.submit(page, "anonymous", page.url, lambda page: None)
    crawl.submit(page, "anonymous", world["reset"], lambda page: None)
    crawl.submit(
        page,
        "anonymous",
        _url("accounts:login", "nl"),
        lambda page: page.locator("main input[name=username]").fill("niemand"),
    )
    crawl.submit(
        page,
        "anonymous",
        _url("accounts:password_reset", "en"),
        lambda page: page.locator("main input[name=email]").fill("geen-adres"),
    )
    crawl.submit(
        page,
        "anonymous",
        f"{tree.network_event.url}inschrijven/",
        lambda page: page.locator("main input[name=email]").fill("geen-adres"),
    )
    # Filters with an unknown value: the search's and the agenda's.
    for path in [_url("search", "nl") + "?q=werk&theme=onbekend", f"{tree.agenda.url}?network=x"]:
        crawl.visit(page, "anonymous", path)
        crawl.announced(page, f"anonymous {path}")
    # The intranet sends a stranger to the login page.
    crawl.visit(page, "anonymous", tree.intranet.url)
    page.context.close()

    # A member of Tracer: their intranet, its search, their networks, the extranet refused.
    page = context_page()
    page.goto(_url("accounts:login", "nl"))
    page.locator("main input[name=username]").fill(world["member"].username)
    page.locator("main input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}{_url('accounts:my_networks', 'nl')}")
    # Closed areas are Dutch only.
    area_search = f"{tree.intranet.url}zoeken/"
    for path in [tree.intranet.url, f"{area_search}?q=notulen", f"{area_search}?q=zzzqqq"]:
        crawl.visit(page, "member", path)
    for language, pages in [("nl", vars(tree)), ("en", english)]:
        for path in [
            pages["home"].url,
            pages["tracer"].url,
            _url("accounts:my_networks", language),
            _url("search", language) + "?q=tracer",
        ]:
            crawl.visit(page, "member", path)
    crawl.visit(page, "member", tree.extranet.url, 403)
    path = _url("accounts:invitation_accept", "nl", token=f"{INVITATION}-lid")
    crawl.visit(page, "member", path)
    expect(page.locator("main form button[type=submit]").first).to_be_visible()
    page.context.close()

    # One run of the W3C checker over every page's HTML.
    files = {}
    for number, (label, html) in enumerate(crawl.html.items()):
        file = tmp_path / f"page-{number:03d}.html"
        file.write_text(html)
        files[file.as_uri()] = label
    result = subprocess.run(  # noqa: S603 - our own arguments
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *files_paths(files)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    html_errors = [
        f"{files.get(message.get('url'), message.get('url'))}: line {message.get('lastLine')}: "
        f"{message['message']} [{message.get('extract', '').strip()}]"
        for message in json.loads(result.stderr or result.stdout)["messages"]
    ]

    print(f"{len(crawl.pages)} pages crawled:", *crawl.pages, sep="\n  ")
    report = []
    for label, violations in crawl.violations.items():
        report.append(label)
        report += [
            f"  {v['id']} ({v['impact']}): {v['help']}: {', '.join(v['nodes'])}" for v in violations
        ]
    report += [f"HTML: {error}" for error in html_errors]
    report += [
        f"wider than {NARROW} px: {label}: {width} px: {', '.join(elements)}"
        for label, (width, elements) in crawl.overflow.items()
    ]
    report += [
        f"errors not announced: {label}: {'; '.join(problems)}"
        for label, problems in crawl.unannounced.items()
    ]
    assert not report, "\n".join(report)


def files_paths(files: dict[str, str]) -> list[str]:
    return [uri.removeprefix("file://") for uri in files]


# The focused element, and whether it shows that it has focus (WCAG 2.4.7).
FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const shown = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
        || style.boxShadow !== "none";
    return {tag: element.tagName.toLowerCase(), text: element.textContent.trim().slice(0, 40),
            id: element.id, shown};
}"""


def _tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Presses Tab until an element matching `selector` has focus; every element on the way
    shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] == "body":
            break
        assert focused["shown"], f"no visible focus on {focused}"
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"{selector} is not reached with Tab")


def test_keyboard_alone_reaches_menu_language_switch_search_and_forms(
    new_page, live_server, site_root, site_tree
):
    """At 320 px, where the header is tightest; every element tabbed through shows focus."""
    page_translation_save(page=site_tree.home, strings={"title": "Home", "slug": "home"})
    site_tree.theme_index.show_in_menus = True
    site_tree.theme_index.save_revision().publish()
    page = new_page()
    page.set_viewport_size({"width": NARROW, "height": 900})
    page.goto(site_tree.home.url)

    # The first Tab shows the skip link; it moves focus into the main content.
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    expect(page.locator(".skip-link")).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()

    # The main navigation: to the themes and on.
    page.goto(site_tree.home.url)
    _tab_to(page, f".main-nav a[href='{site_tree.theme_index.url}']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}{site_tree.theme_index.url}")

    # The language switch.
    page.goto(site_tree.home.url)
    _tab_to(page, ".language-switcher a[lang=en], .language-switcher a[hreflang=en]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/en/")

    # Search from the header.
    _tab_to(page, "#header-search-q")
    page.keyboard.type("mobility")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=mobility"))

    # A form: the login, sent with a wrong password, says so first (role=alert).
    page.goto(_url("accounts:login", "nl"))
    # The login page starts in its first field (Django's autofocus).
    expect(page.locator("main input[name=username]")).to_be_focused()
    page.keyboard.type("niemand")
    page.keyboard.press("Tab")
    expect(page.locator("main input[name=password]")).to_be_focused()
    page.keyboard.type("fout")
    page.keyboard.press("Enter")
    expect(page.locator("main [role=alert]")).to_be_visible()
