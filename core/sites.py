"""The Wagtail site a request is for, without a query once the sites are kept.

Wagtail looks the site up by host and port in a query of its own on every request
(`Site.find_for_request`, cached on the request only). The few site rows are kept instead
until the site changes (core.fragments: saving or deleting a site, or a page, purges), and
the same choice is made from them: the host and port, else the host of the default site,
else the default site. `CoreConfig.ready` makes it Wagtail's own look-up
(`Site._find_for_request`, which `find_for_request` calls once per request, when something
asks): every caller (routing, settings, page URLs) gets it, and a request that asks for no
site (the health check, a stored page, a request while the database is down) reads nothing.
"""

from django.db import DEFAULT_DB_ALIAS
from django.http import HttpRequest
from django.http.request import split_domain_port
from wagtail.models import Site

from core.fragments import shared_value

SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


def sites_kept() -> list[Site]:
    """Every site, kept until the site changes: as plain values (a model instance costs more
    to unpickle from the cache than this whole look-up); its root page is read if asked for."""
    rows = shared_value("sites", (), lambda: list(Site.objects.values_list(*SITE_FIELDS)))
    return [Site.from_db(DEFAULT_DB_ALIAS, SITE_FIELDS, row) for row in rows]


def site_for(hostname: str, port: int | None, sites: list[Site]) -> Site | None:
    """Wagtail's `get_site_for_hostname` over `sites`: the exact host and port first, then the
    host of the default site, then the default site (or the host's only other site)."""

    def rank(site: Site) -> int:
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        if site.is_default_site:
            return 2
        return 3

    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site), key=rank
    )
    if not candidates:
        return None
    if len(candidates) == 1 or rank(candidates[0]) in (0, 1):
        return candidates[0]
    if rank(candidates[0]) == 2:
        # The default site, unless exactly one site has this host (on another port).
        return candidates[len(candidates) == 2]
    return None  # several sites of this host, none on this port, and no default


def site_for_request(request: HttpRequest) -> Site | None:
    """The site of `request`, as Wagtail's `Site.find_for_request` would find it."""
    # As Wagtail: the raw host (ALLOWED_HOSTS is checked by Django where the host is used).
    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        port = int(request.get_port())
    except (TypeError, ValueError):
        port = None
    return site_for(hostname, port, sites_kept())
