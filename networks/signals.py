"""Thin doors into the services: a new closed area (or copy, or translation) is closed to its
readers, and a change of an area's kind takes effect when a coordinator publishes it.

A draft never changes who may read: Wagtail's "save draft" saves the page row with the edited
instance in memory, so a kind read from the instance on save would rewrite the live
restriction before anyone approved it.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import copy_for_translation_done, page_published

from access.models import NetworkAccess
from access.services import closed_area_restrict
from core.fragments import shared_fragments_purge
from networks.models import ClosedAreaPage, NetworkPage
from networks.services import closed_area_restrict_subtree


@receiver(post_save, sender=ClosedAreaPage)
def restrict_new_closed_area(sender, instance: ClosedAreaPage, created: bool, raw=False, **kwargs):
    if created and not raw:
        closed_area_restrict(page=instance, kind=instance.area)


@receiver(page_published, sender=ClosedAreaPage)
def restrict_published_closed_area(sender, instance: ClosedAreaPage, **kwargs):
    closed_area_restrict(page=instance, kind=instance.area)


@receiver(copy_for_translation_done)
def restrict_translated_closed_areas(sender, source_obj, target_obj, **kwargs):
    if isinstance(target_obj, Page):
        closed_area_restrict_subtree(page=target_obj)


@receiver(post_save, sender=NetworkAccess)
@receiver(post_delete, sender=NetworkAccess)
@receiver(post_save, sender=NetworkPage)
def forget_kept_networks(sender, **kwargs):
    """The network pages kept for listings (networks.selectors) are read again: a page
    becomes a network, stops being one, or a draft network's title changes."""
    shared_fragments_purge()
