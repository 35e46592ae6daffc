"""The site's public address (`settings.SITE_URL`): the one source of every absolute link.

Mails, the sitemap, `hreflang`, share tags and robots.txt all link through it, never
through the address a request happened to arrive on (behind a proxy that is the proxy's).
Wagtail builds a page's full URL from its Site record, so the default Site is kept at the
same address (`site_address_sync`, after every `migrate`).
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_url() -> str:
    """The public address without a trailing slash, e.g. `https://dkc-mvo.be`."""
    return settings.SITE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """`path` (an absolute path, or a whole URL already) at the site's public address."""
    if urlsplit(path).scheme:
        return path
    return site_url() + "/" + path.lstrip("/")


def site_address_sync() -> bool:
    """Give the default Site the hostname and port of SITE_URL; whether it changed.

    Wagtail writes a Site's address as http://host:port, https:// for port 443 only.
    """
    address = urlsplit(site_url())
    port = address.port or DEFAULT_PORTS[address.scheme]
    return bool(
        Site.objects.filter(is_default_site=True)
        .exclude(hostname=address.hostname, port=port)
        .update(hostname=address.hostname, port=port)
    )


def site_address_sync_after_migrate(sender, **kwargs) -> None:
    site_address_sync()
