from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self) -> None:
        # The purge on every change a reader could see, the outage flag, the deploy check.
        from pagecache import checks, signals  # noqa: F401
