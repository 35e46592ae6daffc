from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        # Registers the deploy check on the client address and the rate limits' cache.
        from core import ratelimit  # noqa: F401
        from core.addresses import site_address_sync_after_migrate

        post_migrate.connect(
            site_address_sync_after_migrate, sender=self, dispatch_uid="dkc_site_address"
        )
        # The request's site from the kept sites, wherever Wagtail looks it up (core.sites):
        # Wagtail's own look-up is a query on every request.
        from wagtail.models import Site

        from core.sites import site_for_request

        Site._find_for_request = staticmethod(site_for_request)
        # The locales kept with the shared fragments (core.localization.page_locale).
        from wagtail.models import Locale

        from core.fragments import shared_fragments_purge_on_change

        for signal in (post_save, post_delete):
            signal.connect(
                shared_fragments_purge_on_change, sender=Locale, dispatch_uid="dkc_locale_change"
            )
        # A request reads the shared fragments' version once (core.fragments).
        from django.core.signals import request_finished, request_started

        from core.fragments import fragments_request_finished, fragments_request_started

        request_started.connect(fragments_request_started, dispatch_uid="dkc_fragments_started")
        request_finished.connect(fragments_request_finished, dispatch_uid="dkc_fragments_finished")
        # No page is moved under a page that serves its slug itself (a sub-route).
        from wagtail.signals import pre_page_move

        from core.models import reserved_slug_refuse_on_move

        pre_page_move.connect(reserved_slug_refuse_on_move, dispatch_uid="dkc_reserved_slug_move")
