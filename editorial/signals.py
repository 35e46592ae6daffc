"""Thin doors into the services: a new network page (or translation) is provisioned, and a
new translation of the home page comes under the approval workflow."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import copy_for_translation_done

from editorial.services.provisioning import network_provision
from editorial.services.translations import root_translation_workflow_ensure
from networks.models import NetworkPage


@receiver(post_save, sender=NetworkPage)
def provision_new_network(sender, instance: NetworkPage, created: bool, raw=False, **kwargs):
    if created and not raw:
        network_provision(network_page=instance)


@receiver(copy_for_translation_done)
def put_new_root_translation_under_approval(sender, source_obj, target_obj, **kwargs):
    if isinstance(target_obj, Page):
        root_translation_workflow_ensure(page=target_obj)
