"""The query budgets of the public pages (issue #21): what a page costs to render, at two
sizes of the site.

`children_bulk_add` adds many live pages under one parent in a few statements (treebeard's
`add_child` costs several queries a page, so 1,000 of them would make a slow test); the
pages are what a publish leaves in the database: base and specific rows, live, with their
tree path and address. `render_queries` is the cost of one render of a page: the shared
parts (menu, footer: core.fragments) are warm, as after the first reader; the stored page
(pagecache) is forgotten, so the page is rendered, not served from the page cache.
"""

import uuid
from collections.abc import Callable
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from core.fragments import shared_fragments_purge

BUDGET = 12
SMALL, LARGE = 10, 1000


def children_bulk_add(
    parent: Page, model: type[Page], count: int, fields: Callable[[int], dict], *, themes=()
) -> list[Page]:
    """`count` live pages of `model` under `parent`, numbered after those there already;
    `fields(number)` gives each its title and own fields; each is tagged with `themes`.
    Returns them (specific instances)."""
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    first_step = (int(last.path[-Page.steplen :], 36) if last else 0) + 1
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    bases = []
    own_fields = []
    for offset in range(count):
        number = first_step + offset
        own = dict(fields(number))
        title = own.pop("title")
        slug = f"{model._meta.model_name}-{number}"
        bases.append(
            Page(
                path=Page._get_path(parent.path, parent.depth + 1, number),
                depth=parent.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                url_path=f"{parent.url_path}{slug}/",
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
        own_fields.append(own)
    Page.objects.bulk_create(bases)
    if connection.vendor == "sqlite" and bases[0].pk is None:  # pragma: no cover
        by_path = dict(
            Page.objects.filter(path__in=[b.path for b in bases]).values_list("path", "pk")
        )
        for base in bases:
            base.pk = base.id = by_path[base.path]
    specifics = []
    for base, own in zip(bases, own_fields, strict=True):
        specific = model(page_ptr_id=base.pk, **own)
        specific.__dict__.update(
            {field.attname: getattr(base, field.attname) for field in Page._meta.concrete_fields}
        )
        specifics.append(specific)
    model._base_manager._insert(
        specifics, fields=model._meta.local_concrete_fields, using=connection.alias
    )
    if themes:
        through = model.themes.through
        source = f"{model._meta.model_name}_id"
        through.objects.bulk_create(
            through(**{source: specific.pk, "themepage_id": theme.pk})
            for specific in specifics
            for theme in themes
        )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    return specifics


def render_queries(client: Client, url: str) -> tuple[int, int]:
    """(queries, bytes of HTML) of one render of `url` by an anonymous reader."""
    caches["pages"].clear()
    assert client.get(url).status_code == 200  # the shared parts are kept
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    assert response.headers.get("X-Cache") != "hit"
    return len(queries), len(response.content)


# The first reader after a publish renders the shared parts (menu, footer, breadcrumbs, index
# addresses) and reads the restricted pages' paths again (core.visibility): a fixed number of
# queries more, whatever the size of the site.
COLD_BUDGET = 22


def second_render_tables(client: Client, url: str, tables: list[str]) -> list[str]:
    """Of `tables`, those a second render of `url` reads (the page cache off, the first render
    keeps what it may: core.fragments); the two renders must be the same page."""
    first = client.get(url)
    assert first.status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.content == first.content, url
    return [table for table in tables if any(table in query["sql"] for query in queries)]


def cold_render_queries(client: Client, url: str) -> int:
    """The queries of the first render of `url` after a publish: the stored pages and the
    shared parts forgotten (`page_cache_purge`), the per-process caches (site, locales) warm."""
    from pagecache.store import page_cache_purge

    assert client.get(url).status_code == 200
    page_cache_purge()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    assert response.headers.get("X-Cache") != "hit"
    return len(queries)


def grow_to(site_tree, total: int) -> None:
    """`total` upcoming events, projects and news items of each kind (the tree's own
    included): events in the agenda and on the Tracer network, projects of Tracer, all on
    the theme Mobiliteit."""
    from events.models import EventPage
    from networks.models import ProjectPage
    from news.models import NewsPage

    now = timezone.now()

    def event(number: int) -> dict:
        start = now + timedelta(days=number % 90 + 1)
        return {"title": f"Activiteit {number}", "start": start, "end": start + timedelta(hours=2)}

    kinds = (
        (EventPage, site_tree.agenda, event, [site_tree.mobility]),
        (EventPage, site_tree.tracer, event, [site_tree.mobility]),
        (ProjectPage, site_tree.tracer, lambda n: {"title": f"Project {n}"}, [site_tree.mobility]),
        (
            NewsPage,
            site_tree.news_index,
            lambda n: {"title": f"Bericht {n}", "date": now.date()},
            (),
        ),
    )
    for model, parent, fields, themes in kinds:
        existing = model.objects.child_of(parent).count()
        wanted = total // 2 if model is EventPage else total
        if wanted > existing:
            children_bulk_add(parent, model, wanted - existing, fields, themes=themes)
    # As a publish would: the kept lists and sections (core.fragments) show the new pages.
    shared_fragments_purge()


def english_versions(site_tree) -> dict:
    """English translations of the pages the budgets measure (their lists stay mostly Dutch:
    an English page lists the Dutch pages that have no translation)."""
    from translations.services import page_translation_save

    def translate(page, title: str, slug: str):
        return page_translation_save(page=page, strings={"title": title, "slug": slug})

    return {
        "home": translate(site_tree.home, "Home", "home"),
        "theme_index": translate(site_tree.theme_index, "Themes", "themes"),
        "mobility": translate(site_tree.mobility, "Mobility", "mobility"),
        "network_index": translate(site_tree.network_index, "Networks", "networks"),
        "tracer": translate(site_tree.tracer, "Tracer", "tracer"),
        "project": translate(site_tree.tracer_project, "Learning at work", "learning-at-work"),
        "agenda": translate(site_tree.agenda, "Events", "events"),
        "event": translate(site_tree.network_event, "Study day", "study-day"),
        "news_index": translate(site_tree.news_index, "News", "news"),
        "news": translate(site_tree.news_new, "New leaflet", "new-leaflet"),
    }


# A list shows one page of items at either size: a pager or a card or two more at most.
SIZE_TOLERANCE = 0.15


def assert_budget_at_both_sizes(client, site_tree, urls: list[str]) -> dict:
    """Each of `urls` costs at most BUDGET queries with SMALL items of each kind, the same
    count with LARGE, and about the same number of bytes; returns what was measured."""
    measured = {}
    for size in (SMALL, LARGE):
        grow_to(site_tree, size)
        measured[size] = {url: render_queries(client, url) for url in urls}
    for url in urls:
        (small_queries, small_bytes) = measured[SMALL][url]
        (large_queries, large_bytes) = measured[LARGE][url]
        print(
            f"budget {url}: {small_queries}/{large_queries} queries,"
            f" {small_bytes}/{large_bytes} bytes"
        )
        assert small_queries <= BUDGET, (url, small_queries)
        assert large_queries == small_queries, (url, small_queries, large_queries)
        assert abs(large_bytes - small_bytes) <= small_bytes * SIZE_TOLERANCE, (
            url,
            small_bytes,
            large_bytes,
        )
    return measured
