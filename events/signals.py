"""Thin doors into the services: when an event is published (never on a draft save), its
registration settings take the end and title visitors now see, for retention and ESF counts;
when a live event (or the project holding it) moves, they take its new network.
A change of registration settings, or a registration that changes the places left that
public pages show (an event with a limit, not yet full before or after it), makes the page
cache forget them."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, post_page_move

from events.models import EventPage, Registration, RegistrationSettings
from events.selectors import registration_changes_places_shown
from events.services import (
    registration_settings_event_sync,
    registration_settings_network_sync,
)
from pagecache.store import page_cache_purge


@receiver(page_published, sender=EventPage)
def sync_registration_settings_on_publish(sender, instance: EventPage, **kwargs):
    registration_settings_event_sync(event=instance)


@receiver(post_page_move, dispatch_uid="events_page_moved_network_sync")
def sync_registration_network_on_move(sender, instance, **kwargs):
    # Any page type: a project moved to another network takes its events along (the live
    # ones: a draft event takes its network on publish).
    registration_settings_network_sync(moved=instance)


# Only when the places left that pages show may have changed: a purge forgets every stored
# page and names every live page to the CDN.
@receiver(post_save, sender=Registration, dispatch_uid="events_registration_saved_purge")
def purge_pages_on_registration_saved(sender, instance: Registration, **kwargs):
    if registration_changes_places_shown(instance):
        page_cache_purge()


@receiver(post_delete, sender=Registration, dispatch_uid="events_registration_deleted_purge")
def purge_pages_on_registration_deleted(sender, instance: Registration, **kwargs):
    if registration_changes_places_shown(instance, deleted=True):
        page_cache_purge()


@receiver(post_save, sender=RegistrationSettings, dispatch_uid="events_settings_saved_purge")
@receiver(post_delete, sender=RegistrationSettings, dispatch_uid="events_settings_deleted_purge")
def purge_pages_on_registration_settings_change(sender, **kwargs):
    page_cache_purge()
