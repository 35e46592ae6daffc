"""The demo's registrations (demo/registrations.py): capacities and fake attendees on the
upcoming events, one full with a waiting list, a past one with check-ins, made-up addresses
only, and nothing added by a second run.

The checks run in tests/demo/test_load_demo.py's LoadedDemoTests, on the one demo load that all
the demo's checks share (setUpTestData; issue #21).
"""

from io import StringIO

from django.core.management import call_command
from django.db.models import Count
from django.test import override_settings
from django.utils import timezone

from events.models import EventPage, Registration, RegistrationSettings
from events.selectors import registration_state_for


def load_demo() -> None:
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=StringIO())


def event_of(record: RegistrationSettings) -> EventPage:
    return EventPage.objects.get(translation_key=record.event_key, locale__language_code="nl")


class DemoRegistrationChecks:
    """Mixed into LoadedDemoTests, which loads the demo."""

    def test_upcoming_events_have_capacities_and_attendees(self):
        now = timezone.now()
        upcoming = [
            record for record in RegistrationSettings.objects.all() if event_of(record).start > now
        ]
        self.assertGreaterEqual(len(upcoming), 5)
        self.assertGreaterEqual(
            sum(record.capacity is not None for record in upcoming), len(upcoming) - 1
        )
        confirmed = Registration.objects.filter(status=Registration.Status.CONFIRMED)
        self.assertGreaterEqual(confirmed.count(), 100)
        states = {registration_state_for(event=event_of(record)).status for record in upcoming}
        # Something to show for every state of the form.
        self.assertTrue({"open", "waitlist", "closed", "not_open"} <= states, states)

    def test_one_upcoming_event_is_full_with_a_waiting_list(self):
        full = [
            record
            for record in RegistrationSettings.objects.exclude(capacity=None)
            if record.registrations.filter(status="confirmed").count() == record.capacity
            and record.registrations.filter(status="waitlisted").exists()
        ]
        self.assertEqual(len(full), 1)
        event = event_of(full[0])
        self.assertGreater(event.start, timezone.now())
        self.assertEqual(registration_state_for(event=event).status, "waitlist")
        self.assertIn("Volzet – wachtlijst", self.client.get(event.url).content.decode())

    def test_a_past_event_has_check_ins_present_and_absent(self):
        checked_in = Registration.objects.exclude(present=None)
        self.assertEqual(checked_in.values("event_settings").distinct().count(), 1)
        event = event_of(checked_in.first().event_settings)
        self.assertLess(event.end, timezone.now())
        self.assertTrue(checked_in.filter(present=True).exists())
        self.assertTrue(checked_in.filter(present=False).exists())
        # A cancellation on it keeps only what the counts need.
        cancelled = Registration.objects.filter(
            event_settings__event_key=event.translation_key, status="cancelled"
        )
        self.assertTrue(cancelled.exists())
        self.assertEqual(set(cancelled.values_list("name", "email")), {("", "")})

    def test_attendees_are_made_up_with_example_addresses_only(self):
        domains = {
            email.rpartition("@")[2]
            for email in Registration.objects.exclude(email="").values_list("email", flat=True)
        }
        self.assertEqual(domains, {"example.org", "example.com"})
        self.assertFalse(Registration.objects.filter(status="confirmed", name="").exists())

    def test_no_address_registers_twice_for_one_event(self):
        twice = (
            Registration.objects.exclude(email="")
            .values("event_settings", "email")
            .annotate(n=Count("pk"))
            .filter(n__gt=1)
        )
        self.assertFalse(twice.exists())

    def test_a_second_run_adds_nothing(self):
        settings_before = RegistrationSettings.objects.count()
        registrations_before = list(Registration.objects.order_by("pk").values_list("pk", "status"))

        load_demo()

        self.assertEqual(RegistrationSettings.objects.count(), settings_before)
        self.assertEqual(
            list(Registration.objects.order_by("pk").values_list("pk", "status")),
            registrations_before,
        )
