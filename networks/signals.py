"""Thin doors into the services: a new closed area (or copy, or translation, or one whose kind
changed) is closed to its readers."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import copy_for_translation_done

from access.services import closed_area_restrict
from networks.models import ClosedAreaPage
from networks.services import closed_area_restrict_subtree


@receiver(pre_save, sender=ClosedAreaPage)
def remember_closed_area_kind(sender, instance: ClosedAreaPage, raw=False, **kwargs):
    if instance.pk and not raw:
        instance._area_before_save = (
            ClosedAreaPage.objects.filter(pk=instance.pk).values_list("area", flat=True).first()
        )


@receiver(post_save, sender=ClosedAreaPage)
def restrict_closed_area(sender, instance: ClosedAreaPage, created: bool, raw=False, **kwargs):
    area_before = getattr(instance, "_area_before_save", None)
    if not raw and (created or (area_before is not None and area_before != instance.area)):
        closed_area_restrict(page=instance, kind=instance.area)


@receiver(copy_for_translation_done)
def restrict_translated_closed_areas(sender, source_obj, target_obj, **kwargs):
    if isinstance(target_obj, Page):
        closed_area_restrict_subtree(page=target_obj)
