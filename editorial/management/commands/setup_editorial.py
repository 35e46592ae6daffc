from django.core.management.base import BaseCommand

from editorial.services.provisioning import editorial_setup, network_provision
from networks.models import NetworkPage


class Command(BaseCommand):
    help = "Create the coordinators' group, the approval workflow and every network's roles."

    def handle(self, *args, **options):
        editorial_setup()
        for network in NetworkPage.objects.all():
            network_provision(network_page=network)
        self.stdout.write(self.style.SUCCESS("Editorial roles and workflow are in place."))
