"""Navigation and page furniture shared by every template."""

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import to_locale
from wagtail.models import Locale, Page, Site

from core import sections
from core.addresses import absolute_url
from core.fragments import shared_html, shared_value
from core.lens import lens_off_slug
from core.localization import in_language, page_locale
from core.richtext import rich_text_render
from core.visibility import public_pages

register = template.Library()


def _site_id(request) -> int | None:
    site = Site.find_for_request(request) if request else None
    return site.pk if site else None


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    """The home page's live, public children that are shown in menus, in tree order, each
    with its address as `menu_url` (`{% pageurl %}`'s); kept between requests until the site
    changes (core.fragments), per site and language, so that no page reverses them anew."""
    request = context.get("request")
    site_id = _site_id(request)
    if site_id is None:
        return []

    def menu() -> list[Page]:
        # The home page's children by address, from Wagtail's cached root paths: one query.
        language = translation.get_language()
        root_path = next(
            (
                root.root_path
                for root in Site.get_site_root_paths()
                if root.site_id == site_id and root.language_code == language
            ),
            None,
        )
        if root_path is None:
            children = Site.find_for_request(request).root_page.localized.get_children()
        else:  # a page's url_path has one "/" per level of depth
            children = Page.objects.filter(
                url_path__startswith=root_path, depth=root_path.count("/") + 1
            )
        items = list(public_pages(children.live().in_menu()).order_by("path"))
        for item in items:
            item.menu_url = item.get_url(request=request)
        return items

    return shared_value("menu_items", (site_id, translation.get_language()), menu)


@register.simple_tag(takes_context=True)
def breadcrumbs(context) -> list[Page]:
    """The visible ancestors of the current page, from the home page down; kept between
    requests until the site changes (core.fragments)."""
    page = context.get("page")
    if page is None or page.depth <= 2:
        return []

    def ancestors() -> list[Page]:
        return list(
            public_pages(page.get_ancestors().filter(depth__gte=2).live()).order_by("depth")
        )

    if not page.pk:
        return ancestors()  # a new page's preview
    # By path: a draft's preview has the live page's ancestors.
    return shared_value("breadcrumbs", (page.path,), ancestors)


def _first_live_page_url(context, app_label: str, model: str) -> str:
    """The URL of the first live page of one type in the page's (or active) language, or Dutch.

    Looked up by content type so that core imports no app of ours; kept between requests
    until the site changes (core.fragments).
    """
    page = context.get("page")
    request = context.get("request")
    locale = page_locale(page) if isinstance(page, Page) else None
    language = locale.language_code if locale else translation.get_language()

    def url() -> str:
        pages = public_pages(
            Page.objects.live().filter(content_type__app_label=app_label, content_type__model=model)
        )
        target = (
            in_language(pages, locale=locale or Locale.get_active()).order_by("source_path").first()
        )
        if target is None:
            return ""
        return target.get_url(request=request) or ""

    return shared_value("index_url", (_site_id(request), language, app_label, model), url)


@register.simple_tag(takes_context=True)
def agenda_url(context) -> str:
    """The URL of the agenda (the first live event index page), or "" if there is none."""
    return _first_live_page_url(context, "events", "eventindexpage")


@register.simple_tag(takes_context=True)
def index_url(context, model_label: str) -> str:
    """The URL of the first live page of a type given as "app_label.model", or ""."""
    app_label, model = model_label.lower().split(".")
    return _first_live_page_url(context, app_label, model)


@register.simple_tag(takes_context=True)
def page_sections(context, slot: str) -> str:
    """`{% page_sections "main" %}`: what other apps add to this page (core.sections)."""
    page = context.get("page")
    if page is None:
        return ""
    return sections.page_sections(page=page, request=context.get("request"), slot=slot)


DESCRIPTION_LENGTH = 300


def page_description(page) -> str:
    """What search engines and shared links show of a page: its search description, else the
    summary a listing shows, as plain text of at most 300 characters, cut between words."""
    if page is None:
        return ""
    text = getattr(page, "search_description", "") or getattr(page, "summary", "") or ""
    text = " ".join(strip_tags(str(text)).split())
    return Truncator(text).chars(DESCRIPTION_LENGTH)


@register.inclusion_tag("core/includes/page_meta.html", takes_context=True)
def page_meta(context) -> dict:
    """The description and the Open Graph tags of the page being served (none off a page)."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return {}
    image = getattr(page, "listing_image", None)
    image_url = ""
    if image is not None:
        image_url = absolute_url(image.get_rendition("fill-1200x630").url)
    return {
        "description": page_description(page),
        "title": page.seo_title or page.title,
        "url": absolute_url(page.get_url(request=request) or request.path),
        "locale": to_locale(page.locale.language_code) if page.locale_id else "",
        "image_url": image_url,
        "site_name": context.get("site_name") or "DKC MVO",
    }


@register.simple_tag(takes_context=True)
def rich_text(context, value) -> SafeString:
    """`value` rendered as rich text with what apps add to it (core.richtext), for the page in
    the context (its language decides, say, which glossary a marked term links to)."""
    return rich_text_render(value, page=context.get("page"))


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name: str, parts: list, *, timed: bool):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts
        self.timed = timed

    def render(self, context) -> str:
        request = context.get("request")
        parts = (
            _site_id(request),
            translation.get_language(),
            *(part.resolve(context) for part in self.parts),
        )
        return mark_safe(  # noqa: S308 - the template's own output, autoescaped when rendered
            shared_html(
                self.name,
                parts,
                lambda: self.nodelist.render(context),
                request=request,
                timed=self.timed,
            )
        )


@register.tag
def shared_fragment(parser, token) -> SharedFragmentNode:
    """`{% shared_fragment "footer" %}...{% endshared_fragment %}`: a part of the page that is
    the same for every reader of a site in one language, rendered once and kept until the
    site changes (core.fragments). Nothing inside may depend on the reader (logged in or
    not, their name, a CSRF token), nor on the page or the KO/GO lens unless named after the
    name: `{% shared_fragment "home" page.pk request.lens timed %}`. `timed`: what changes
    with the clock too (upcoming events), kept no longer than a stored page is fresh."""
    bits = token.split_contents()
    timed = bits[-1] == "timed"
    if timed:
        bits.pop()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("shared_fragment takes a quoted name first")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    parts = [parser.compile_filter(bit) for bit in bits[2:]]
    return SharedFragmentNode(nodelist, bits[1][1:-1], parts, timed=timed)


@register.simple_tag
def lens_off_url() -> str:
    """The path that switches the KO/GO lens off, in the active language (core.lens)."""
    return reverse("lens_set", args=[lens_off_slug()])
