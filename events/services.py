"""Writes of the events app: registrations for an event, and the event's registration settings.

Every seat is counted under a row lock on the event's `RegistrationSettings`: two visitors
asking for the last seat at the same moment queue on that row, so the second one sees the
first one's registration when it counts (never check-then-insert without the lock).
"""

import calendar
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import CharField, Count, DateTimeField, Q, Value
from django.db.models.functions import Cast, Coalesce, Concat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override
from wagtail.log_actions import log
from wagtail.models import Locale, Page

from access.selectors import network_access_for
from core.mail import MailTemplates, mail_send
from events.ics import event_ics
from events.models import (
    EventPage,
    Registration,
    RegistrationSettings,
    registration_token_hash,
)
from events.selectors import (
    RegistrationState,
    registration_refusal,
    registration_waitlist_position,
)

logger = logging.getLogger(__name__)

REGISTRATION_CREATED_LOG_ACTION = "dkc.event_registration_created"
REGISTRATION_CANCELLED_LOG_ACTION = "dkc.event_registration_cancelled"
REGISTRATION_PROMOTED_LOG_ACTION = "dkc.event_registration_promoted"
REGISTRATION_SETTINGS_LOG_ACTION = "dkc.event_registration_settings_changed"
REGISTRATION_CHECKED_IN_LOG_ACTION = "dkc.event_registration_checked_in"
REGISTRATIONS_ERASED_LOG_ACTION = "dkc.event_registrations_erased"

SETTINGS_FIELDS = ("enabled", "capacity", "opens_at", "closes_at", "waitlist_enabled")


class RegistrationRefused(Exception):
    """The registration was not taken; `message` says why, in the visitor's language."""

    def __init__(self, message: str, code: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field


@dataclass(frozen=True)
class RegistrationResult:
    registration: Registration
    token: str
    waitlist_position: int | None


def _network_key(event: Page) -> str:
    """The organising network's key for the audit, or "" for the DKC MVO's own events."""
    access = network_access_for(page=event)
    return str(access.translation_key) if access is not None else ""


def _log_data(*, event: Page | None, registration: Registration, **extra) -> dict:
    # No name or address: log entries outlive the erasure of a registration. An event whose
    # pages are all gone is still logged, without a network (the coordinators' audit).
    return {
        "network_key": _network_key(event) if event is not None else "",
        "event_key": str(registration.event_settings.event_key),
        "event_title": event.title if event is not None else "",
        "organisation_size": registration.organisation_size,
        "status": registration.status,
        **extra,
    }


def source_event(event_key) -> Page | None:
    """The Dutch source page of an event (or any page of it when that one is gone)."""
    pages = Page.objects.filter(translation_key=event_key, alias_of__isnull=True)
    page = pages.filter(locale=Locale.get_default()).first() or pages.first()
    return page.specific if page is not None else None


def registration_settings_update(
    *, event: Page, user: AbstractBaseUser | None, **values
) -> RegistrationSettings:
    """Create or change the registration settings of `event` (any of its languages), at once
    and logged on the settings record with the network's key.

    Raises `ValidationError` (per field) when closing is not after opening, or when a new
    capacity is below the registrations already confirmed; nothing is saved then.
    """
    unknown = set(values) - set(SETTINGS_FIELDS)
    if unknown:
        raise TypeError(f"Unknown registration settings: {sorted(unknown)}")
    with transaction.atomic():
        record, created = RegistrationSettings.objects.select_for_update().get_or_create(
            event_key=event.translation_key
        )
        if created or record.event_ends_at is None:
            _event_snapshot(record, event=event)
        before = {field: getattr(record, field) for field in SETTINGS_FIELDS}
        for field, value in values.items():
            setattr(record, field, value)
        record.full_clean()
        if "capacity" in values and record.capacity is not None:
            # Counted under the row lock: no registration slips in between count and save.
            confirmed = record.registrations.filter(status=Registration.Status.CONFIRMED).count()
            if record.capacity < confirmed:
                raise ValidationError(
                    {
                        "capacity": gettext(
                            "%(confirmed)s people are already confirmed: the capacity cannot "
                            "be lower. Cancel registrations first."
                        )
                        % {"confirmed": confirmed}
                    }
                )
        record.save()
        changes = {
            field: str(getattr(record, field))
            for field in SETTINGS_FIELDS
            if created or before[field] != getattr(record, field)
        }
        if changes:
            log(
                instance=record,
                action=REGISTRATION_SETTINGS_LOG_ACTION,
                user=user,
                data={
                    "network_key": _network_key(event),
                    "event_key": str(event.translation_key),
                    "event_title": (source_event(event.translation_key) or event).title,
                    "changes": changes,
                },
            )
    return record


def _event_snapshot(record: RegistrationSettings, *, event: Page) -> None:
    """Copy the published start, end, Dutch title and network of `event` onto its settings
    (not saved).

    A page's own fields hold what is live (a draft lives in its revision), so a draft's
    dates never reach the retention clock.
    """
    source = source_event(event.translation_key) or event.specific
    record.event_ends_at = source.end
    record.event_starts_at = source.start
    record.event_title = source.title[:255]
    access = network_access_for(page=source)
    record.event_network_key = access.translation_key if access is not None else None


def registration_settings_event_sync(*, event: Page) -> None:
    """After `event` (any language) is published: its settings take the event's start, end,
    title and network as published, so retention counts from the end visitors were shown and
    the ESF report keeps the event after its pages are deleted. Not logged:
    the change itself is in the page's history. No settings, nothing to do."""
    record = RegistrationSettings.objects.filter(event_key=event.translation_key).first()
    if record is None:
        return
    _event_snapshot(record, event=event)
    RegistrationSettings.objects.filter(pk=record.pk).update(
        event_ends_at=record.event_ends_at,
        event_starts_at=record.event_starts_at,
        event_title=record.event_title,
        event_network_key=record.event_network_key,
    )


def registration_settings_network_sync(*, moved: Page) -> None:
    """After `moved` (an event, or a project holding events) went to another place in the
    tree: the settings of each live event at or below it take the network it now lies under,
    so the ESF report counts it there without waiting for the next publish. A move changes
    no field a visitor sees, only where the page hangs; a draft event is synced on publish."""
    for event in Page.objects.type(EventPage).descendant_of(moved, inclusive=True).live():
        record = RegistrationSettings.objects.filter(event_key=event.translation_key).first()
        if record is None:
            continue
        access = network_access_for(page=source_event(event.translation_key) or event)
        network_key = access.translation_key if access is not None else None
        if record.event_network_key != network_key:
            RegistrationSettings.objects.filter(pk=record.pk).update(event_network_key=network_key)


def _cancel_url(*, event: Page, token: str, language: str) -> str:
    with override(language):
        path = reverse("events:registration_cancel", args=[token])
    site = event.get_site()
    return f"{site.root_url}{path}" if site is not None else path


def _mail(*, registration: Registration, event: Page, token: str | None, kind: str) -> None:
    """The confirmation (or promotion) mail in the visitor's language, with the .ics."""
    language = registration.language
    localized = (
        Page.objects.live()
        .filter(translation_key=event.translation_key, locale__language_code=language)
        .specific()
        .first()
    ) or event
    context = {
        "registration": registration,
        "event": localized,
        "event_url": localized.get_full_url(),
        "cancel_url": _cancel_url(event=event, token=token, language=language) if token else "",
        "waitlist_position": registration_waitlist_position(registration=registration),
    }
    attachments = []
    if registration.status == Registration.Status.CONFIRMED:
        attachments.append(("event.ics", event_ics(event=localized), "text/calendar"))
    mail_send(
        templates=MailTemplates.named(f"events/mail/registration_{kind}"),
        context=context,
        recipients=[registration.email],
        language=language,
        attachments=attachments,
    )


def registration_create(
    *,
    event: Page,
    name: str,
    email: str,
    organisation: str,
    organisation_size: str,
    function: str,
    language: str,
    consent: bool,
    now: datetime | None = None,
) -> RegistrationResult:
    """Register a visitor for `event` (any language of it): confirmed while seats are left,
    else on the waiting list (when it is on), else refused with `RegistrationRefused`.

    The count and the insert happen under a row lock on the event's settings, in one
    transaction. On SQLite, a write that finds the database locked is refused with a
    friendly "try again" (code "busy") instead of an error page.
    """
    if not consent:
        raise RegistrationRefused(
            gettext("Please agree to the use of your data to register."), "consent", "consent"
        )
    email = email.strip()
    token = secrets.token_urlsafe(32)
    try:
        with transaction.atomic():
            record = (
                RegistrationSettings.objects.select_for_update()
                .filter(event_key=event.translation_key)
                .first()
            )
            if record is None:
                raise RegistrationRefused(
                    gettext("This event takes no registrations."), "no_registration"
                )
            state = RegistrationState.of(settings=record, event=event, now=now)
            refusal = registration_refusal(state=state)
            if refusal is not None:
                raise RegistrationRefused(refusal, state.status)
            if (
                record.registrations.filter(email__iexact=email)
                .exclude(status=Registration.Status.CANCELLED)
                .exists()
            ):
                raise RegistrationRefused(
                    gettext("This e-mail address is already registered for this event."),
                    "duplicate",
                    "email",
                )
            status = (
                Registration.Status.CONFIRMED
                if state.places_left is None or state.places_left > 0
                else Registration.Status.WAITLISTED
            )
            registration = Registration.objects.create(
                event_settings=record,
                name=name.strip(),
                email=email,
                organisation=organisation.strip(),
                organisation_size=organisation_size,
                function=function.strip(),
                language=language,
                consent_at=timezone.now(),
                status=status,
                cancel_token_hash=registration_token_hash(token),
            )
            log(
                instance=registration,
                action=REGISTRATION_CREATED_LOG_ACTION,
                user=None,
                data=_log_data(event=event, registration=registration),
            )
    except IntegrityError as error:
        # The unique constraint on (event, address) caught a duplicate the check missed.
        raise RegistrationRefused(
            gettext("This e-mail address is already registered for this event."),
            "duplicate",
            "email",
        ) from error
    except OperationalError as error:
        if "locked" not in str(error).lower():
            raise
        logger.warning("Registration for %s: database busy", event.pk)
        raise RegistrationRefused(
            gettext("Many people are registering right now. Please try again in a moment."),
            "busy",
        ) from error
    _mail(registration=registration, event=event, token=token, kind="confirmed")
    return RegistrationResult(
        registration=registration,
        token=token,
        waitlist_position=registration_waitlist_position(registration=registration),
    )


def registration_cancel_by_token(*, token: str) -> Registration:
    """Cancel the registration whose personal link holds `token` (the visitor's own cancel),
    as `registration_cancel` does.

    Raises `RegistrationRefused` with code "invalid" (no such link) or "used" (cancelled
    before).
    """
    found = Registration.objects.filter(cancel_token_hash=registration_token_hash(token)).first()
    if found is None:
        raise RegistrationRefused(gettext("This cancellation link is not valid."), "invalid")
    return registration_cancel(registration=found, user=None)


def registration_cancel(
    *, registration: Registration, user: AbstractBaseUser | None = None
) -> Registration:
    """Cancel `registration`, by the visitor (`user` None) or on their behalf by an editor or
    coordinator (`user`, logged as the one who did it): its personal data is erased at once
    (only its size category and status stay, for the counts), and a freed seat goes to the
    first on the waiting list in the same transaction, who is mailed.

    Raises `RegistrationRefused` with code "used" when it was cancelled before.
    """
    promoted: Registration | None = None
    promoted_token = ""
    try:
        with transaction.atomic():
            record = RegistrationSettings.objects.select_for_update().get(
                pk=registration.event_settings_id
            )
            registration = Registration.objects.select_for_update().get(pk=registration.pk)
            if registration.status == Registration.Status.CANCELLED:
                raise RegistrationRefused(
                    gettext("This registration has already been cancelled."), "used"
                )
            event = source_event(record.event_key)
            freed_seat = registration.status == Registration.Status.CONFIRMED
            now = timezone.now()
            registration.status = Registration.Status.CANCELLED
            registration.cancelled_at = now
            registration.erased_at = now
            registration.name = registration.email = ""
            registration.organisation = registration.function = ""
            registration.save()
            log(
                instance=registration,
                action=REGISTRATION_CANCELLED_LOG_ACTION,
                user=user,
                data=_log_data(event=event, registration=registration, on_behalf=user is not None),
            )
            if freed_seat:
                promoted = (
                    record.registrations.filter(status=Registration.Status.WAITLISTED)
                    .order_by("created_at", "pk")
                    .first()
                )
                if promoted is not None:
                    promoted.status = Registration.Status.CONFIRMED
                    promoted.promoted_at = now
                    promoted.save(update_fields=["status", "promoted_at"])
                    log(
                        instance=promoted,
                        action=REGISTRATION_PROMOTED_LOG_ACTION,
                        user=user,
                        data=_log_data(event=event, registration=promoted),
                    )
            if promoted is not None and event is not None:
                # A new link: the first one's token is not kept, only its hash.
                promoted_token = secrets.token_urlsafe(32)
                promoted.cancel_token_hash = registration_token_hash(promoted_token)
                promoted.save(update_fields=["cancel_token_hash"])
    except OperationalError as error:
        if "locked" not in str(error).lower():
            raise
        raise RegistrationRefused(
            gettext("Many people are registering right now. Please try again in a moment."),
            "busy",
        ) from error
    if promoted_token:
        # Mailed once the promotion is committed (the mail may be slow; the lock is not held).
        _mail(registration=promoted, event=event, token=promoted_token, kind="promoted")
    return registration


def registration_check_in(
    *, registration: Registration, present: bool | None, user: AbstractBaseUser | None
) -> Registration:
    """Mark a confirmed attendee present (True) or absent (False), or clear the mark (None),
    logged with who did it and without the person (the ESF counts keep `present`).

    Any time: a paper list is often entered after the day. Only a confirmed registration
    whose data is not erased is checked in; anything else raises `RegistrationRefused`
    (code "not_confirmed").
    """
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update(of=("self",))
            .select_related("event_settings")
            .get(pk=registration.pk)
        )
        if (
            registration.status != Registration.Status.CONFIRMED
            or registration.erased_at is not None
        ):
            raise RegistrationRefused(
                gettext("Only confirmed attendees can be checked in."), "not_confirmed"
            )
        if registration.present is present:
            return registration
        registration.present = present
        registration.checked_in_at = timezone.now() if present is not None else None
        registration.save(update_fields=["present", "checked_in_at"])
        log(
            instance=registration,
            action=REGISTRATION_CHECKED_IN_LOG_ACTION,
            user=user,
            data=_log_data(
                event=source_event(registration.event_settings.event_key),
                registration=registration,
                present=present,
            ),
        )
    return registration


# --- Retention -----------------------------------------------------------------------------

# What replaces the cancel link's hash of an erased registration: unique per row (the id), and
# never a SHA-256 digest, so no link finds the row any more.
ERASED_TOKEN_PREFIX = "erased-"  # noqa: S105 - a marker, no secret


def months_before(moment: datetime, months: int) -> datetime:
    """`moment` that many calendar months earlier (the 31st becomes the month's last day)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


@dataclass(frozen=True)
class ErasedEvent:
    event_key: str
    event_title: str
    registrations: int


@dataclass(frozen=True)
class ErasureResult:
    """What `registration_erase_expired` erased (or would erase, on a dry run): counts only."""

    cutoff: datetime
    events: tuple[ErasedEvent, ...]
    # Events with personal data whose end is unknown (settings made before the end was kept,
    # pages since deleted): kept, and counted so the operator sees them.
    unknown_end: int
    dry_run: bool

    @property
    def registrations(self) -> int:
        return sum(event.registrations for event in self.events)


def registration_erase_expired(
    *, now: datetime | None = None, months: int | None = None, dry_run: bool = False
) -> ErasureResult:
    """Erase the personal data (name, e-mail, organisation, function) of every registration
    for an event that ended more than `months` (default `EVENTS_REGISTRATION_RETENTION_MONTHS`)
    months before `now`, and retire its cancel link. The size category, status, check-in and
    timestamps stay: the anonymous counts per event (`selectors.registration_counts`) are the
    same after. One UPDATE for all, one log entry per event (a count, never a person).

    Idempotent: a second run finds nothing left. A dry run counts and changes nothing.
    """
    now = now or timezone.now()
    months = settings.EVENTS_REGISTRATION_RETENTION_MONTHS if months is None else months
    cutoff = months_before(timezone.localtime(now), months)
    # Cancelled rows were erased at once but kept their link's hash: retired here too.
    pending = Registration.objects.filter(
        Q(erased_at__isnull=True) | ~Q(cancel_token_hash__startswith=ERASED_TOKEN_PREFIX)
    )
    unknown_end = RegistrationSettings.objects.filter(
        event_ends_at__isnull=True,
        pk__in=Registration.objects.filter(erased_at__isnull=True).values("event_settings_id"),
    ).count()
    with transaction.atomic():
        expired = RegistrationSettings.objects.filter(
            event_ends_at__lt=cutoff, pk__in=pending.values("event_settings_id")
        ).order_by("pk")
        # Under the same row lock as a cancellation, so none runs halfway through this one.
        records = list(expired if dry_run else expired.select_for_update())
        counts = dict(
            Registration.objects.filter(event_settings__in=records, erased_at__isnull=True)
            .order_by()
            .values_list("event_settings_id")
            .annotate(Count("pk"))
        )
        erased = tuple(
            ErasedEvent(
                event_key=str(record.event_key),
                event_title=record.event_title,
                registrations=counts[record.pk],
            )
            for record in records
            if counts.get(record.pk)
        )
        if not dry_run and records:
            pending.filter(event_settings__in=records).update(
                name="",
                email="",
                organisation="",
                function="",
                erased_at=Coalesce("erased_at", Value(now, output_field=DateTimeField())),
                cancel_token_hash=Concat(
                    Value(ERASED_TOKEN_PREFIX), Cast("pk", output_field=CharField())
                ),
            )
            by_key = {str(record.event_key): record for record in records}
            for event in erased:
                page = source_event(event.event_key)
                log(
                    instance=by_key[event.event_key],
                    action=REGISTRATIONS_ERASED_LOG_ACTION,
                    user=None,
                    data={
                        "network_key": _network_key(page) if page is not None else "",
                        "event_key": event.event_key,
                        "event_title": event.event_title or (page.title if page else ""),
                        "registrations": event.registrations,
                        "months": months,
                    },
                )
    return ErasureResult(cutoff=cutoff, events=erased, unknown_end=unknown_end, dry_run=dry_run)
