"""Thin doors into the services: when an event is published (never on a draft save), its
registration settings take the end and title visitors now see, for retention and ESF counts."""

from django.dispatch import receiver
from wagtail.signals import page_published

from events.models import EventPage
from events.services import registration_settings_event_sync


@receiver(page_published, sender=EventPage)
def sync_registration_settings_on_publish(sender, instance: EventPage, **kwargs):
    registration_settings_event_sync(event=instance)
