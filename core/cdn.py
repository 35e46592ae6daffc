"""Addresses a CDN keeps that are not pages: the network folder, the glossary.

A purge of the page cache (pagecache.store) tells a CDN every live page's address; an app
serving other addresses built from live content registers a Wagtail hook `CDN_PATHS_HOOK` (in
its `wagtail_hooks.py`) that returns them as paths from the site's root (`/nl/folder/`), in
every language, and they are purged with the pages. References keep running one way, as with
`core.sections`. A page's own sub-routes a CDN keeps (the agenda's archive, its calendar
feeds) are named by its `get_cached_paths` (Wagtail's), with `subpage_paths_in_every_language`.
"""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail import hooks

CDN_PATHS_HOOK = "dkc_cdn_paths"


def paths_in_every_language(name: str, *, args_list: Iterable[tuple] = ((),)) -> list[str]:
    """The URL named `name` in every language of the site, once for each `args` tuple."""
    args_list = list(args_list)
    paths = []
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            paths.extend(reverse(name, args=args) for args in args_list)
    return paths


def subpage_paths_in_every_language(
    page, name: str, *, args_list: Iterable[tuple] = ((),)
) -> list[str]:
    """The sub-route `name` of a routable page (RoutablePageMixin) in every language of the
    site, once for each `args` tuple, as paths from the page's address (`/archief/`,
    `/archive/`), without repeats: what its `get_cached_paths` returns."""
    args_list = list(args_list)
    paths = []
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            paths.extend("/" + page.reverse_subpage(name, args=args) for args in args_list)
    return list(dict.fromkeys(paths))


def cdn_paths() -> list[str]:
    """Every path the apps' hooks name, without repeats."""
    hook_functions: list[Callable[[], Iterable[str]]] = hooks.get_hooks(CDN_PATHS_HOOK)
    return list(dict.fromkeys(path for hook in hook_functions for path in hook()))
