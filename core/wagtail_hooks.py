"""The page being served: what several parts of one request ask about it, read once."""

from wagtail import hooks

from core.localization import page_locale


# Before every other app's hook (access refuses closed pages with the restrictions read here).
@hooks.register("before_serve_page", order=-10)
def remember_served_page_facts(page, request, serve_args, serve_kwargs):
    page_locale(page)
    remember = getattr(page, "view_restrictions_remember", None)
    if remember is not None:
        remember()
