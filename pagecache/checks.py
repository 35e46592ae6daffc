from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def page_cache_shared_check(app_configs, **kwargs):
    """In local memory each worker process keeps its own pages and a purge reaches only one."""
    if not settings.PAGE_CACHE_ENABLED:
        return []
    alias = getattr(settings, "PAGE_CACHE_ALIAS", "default")
    backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
    if backend.endswith("LocMemCache"):
        return [
            Warning(
                "The page cache is in each process's local memory: a publish purges only "
                "the process that handled it.",
                hint="Set REDIS_URL (docs/deploy.md, 'Page cache'), or PAGE_CACHE_ENABLED=false.",
                id="pagecache.W001",
            )
        ]
    return []
