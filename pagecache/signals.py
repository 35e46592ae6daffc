"""Every change a reader could see forgets the stored pages (pagecache.store).

Pages: publish (a translation too: wagtail-localize publishes through `page_published`),
unpublish, move, delete, any save of a live page. Site settings (the footer), snippets
(glossary terms), who may read a page or file, images and documents, sites. Other apps whose
data shows on public pages call `page_cache_purge` from their own signals (events:
registrations and the places left).
"""

from django.core.signals import got_request_exception
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from pagecache.middleware import database_down_noticed
from pagecache.store import page_cache_purge

got_request_exception.connect(database_down_noticed, dispatch_uid="pagecache_database_down")


def _purges(instance) -> bool:
    always = (
        Page,
        BaseSiteSetting,
        BaseGenericSetting,
        PageViewRestriction,
        CollectionViewRestriction,
        # A collection edited or moved (the admin saves it, then moves it below its new
        # parent): its documents may now lie below a restriction, or no longer.
        Collection,
        Site,
        get_image_model(),
        get_document_model(),
    )
    return isinstance(instance, always) or type(instance) in get_snippet_models()


@receiver(page_published, dispatch_uid="pagecache_page_published")
@receiver(page_unpublished, dispatch_uid="pagecache_page_unpublished")
@receiver(post_page_move, dispatch_uid="pagecache_page_moved")
@receiver(published, dispatch_uid="pagecache_published")
@receiver(unpublished, dispatch_uid="pagecache_unpublished")
def purge_on_page_change(sender, **kwargs) -> None:
    page_cache_purge()


def _setting_default_row(instance, *, created: bool) -> bool:
    """A site setting's row just made with every field at its default: what Wagtail's
    `for_site`/`for_request` writes the first time a setting is read. Pages already showed
    those defaults, so nothing a reader sees changed (and the first reader of a fresh site
    would otherwise forget what it had just stored)."""
    if not created or not isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return False
    default = type(instance)()
    return all(
        getattr(instance, field.attname) == getattr(default, field.attname)
        for field in instance._meta.concrete_fields
        if not field.primary_key and field.attname != "site_id"
    )


@receiver(post_save, dispatch_uid="pagecache_saved")
def purge_on_save(sender, instance, created=False, **kwargs) -> None:
    # A live page saved outside a publish (a page added live by code, the demo loader) too;
    # a draft save of a live page purges as well: harmless, and simpler than telling apart.
    if isinstance(instance, Page) and not instance.live:
        return
    if _purges(instance) and not _setting_default_row(instance, created=created):
        page_cache_purge()


@receiver(post_delete, dispatch_uid="pagecache_deleted")
def purge_on_delete(sender, instance, **kwargs) -> None:
    if _purges(instance):
        page_cache_purge()
