"""Thin doors into the services: a new network page (or translation) is provisioned."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from editorial.services import network_provision
from networks.models import NetworkPage


@receiver(post_save, sender=NetworkPage)
def provision_new_network(sender, instance: NetworkPage, created: bool, raw=False, **kwargs):
    if created and not raw:
        network_provision(network_page=instance)
