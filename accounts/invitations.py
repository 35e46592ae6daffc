"""Invitations and network membership: who may invite, accept, revoke and remove.

A network's editors (and the DKC coordinators, for every network) invite members and
partners by e-mail and remove them again. Nobody gets editor or coordinator rights this way:
only a network's members' and partners' groups are ever written here.

The audit trail is Wagtail's log (`dkc.invitation_*` on the invitation, `dkc.membership_removed`
on the removed account) beside the invitation rows themselves.
"""

import logging
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import log
from wagtail.models import Locale

from accounts.models import Invitation, invitation_token_hash
from editorial.models import NetworkAccess
from editorial.selectors import user_is_coordinator
from networks.models import NetworkPage

logger = logging.getLogger(__name__)

User = AbstractBaseUser | AnonymousUser

INVITATION_CREATED_LOG_ACTION = "dkc.invitation_created"
INVITATION_ACCEPTED_LOG_ACTION = "dkc.invitation_accepted"
INVITATION_REVOKED_LOG_ACTION = "dkc.invitation_revoked"
MEMBERSHIP_REMOVED_LOG_ACTION = "dkc.membership_removed"


# --- Reads ----------------------------------------------------------------------------------


def invitation_can_manage(*, user: User, access: NetworkAccess) -> bool:
    """Coordinators manage every network's people; an editor only their own network's."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user_is_coordinator(user) or user.groups.filter(pk=access.editors_id).exists()


def user_manages_any_network(*, user: User) -> bool:
    """Does `user` see "Members and partners" in the admin menu? One query at most."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user_is_coordinator(user) or NetworkAccess.objects.filter(editors__user=user).exists()


@dataclass
class ManagedNetwork:
    access: NetworkAccess
    network: NetworkPage | None

    @property
    def title(self) -> str:
        return self.network.title if self.network else str(self.access)


def managed_network_list(*, user: User, with_counts: bool = False) -> list[ManagedNetwork]:
    """The networks whose members and partners `user` manages, in tree order.

    `with_counts` adds `member_count`, `partner_count` and `open_invitation_count` to each
    access record, in the same query.
    """
    if not (user.is_authenticated and user.is_active):
        return []
    accesses = NetworkAccess.objects.select_related("editors", "members", "partners")
    if not user_is_coordinator(user):
        accesses = accesses.filter(editors__user=user)
    if with_counts:
        accesses = accesses.annotate(
            member_count=Count("members__user", distinct=True),
            partner_count=Count("partners__user", distinct=True),
            open_invitation_count=Count(
                "invitations",
                filter=Q(
                    invitations__accepted_at__isnull=True,
                    invitations__revoked_at__isnull=True,
                    invitations__expires_at__gt=timezone.now(),
                ),
                distinct=True,
            ),
        )
    accesses = list(accesses)
    networks = _network_pages(accesses)
    managed = [ManagedNetwork(access=a, network=networks.get(a.translation_key)) for a in accesses]
    return sorted(managed, key=lambda m: (m.network is None, m.network.path if m.network else ""))


def managed_network_get(*, access: NetworkAccess) -> ManagedNetwork:
    return ManagedNetwork(
        access=access, network=_network_pages([access]).get(access.translation_key)
    )


def network_title(*, access: NetworkAccess) -> str:
    return managed_network_get(access=access).title


def role_group(*, access: NetworkAccess, role: str) -> Group:
    """The group a role stands for; only members and partners exist here."""
    if role == Invitation.Role.MEMBER:
        return access.members
    if role == Invitation.Role.PARTNER:
        return access.partners
    raise _field_error(
        "role", gettext("Invite someone as a member or as a partner."), "invalid_role"
    )


def network_people(*, access: NetworkAccess, role: str) -> QuerySet:
    """The accounts in a network's members' or partners' group, by name."""
    return (
        role_group(access=access, role=role)
        .user_set.all()
        .order_by("last_name", "first_name", "email", "pk")
    )


def invitation_open_list(*, access: NetworkAccess) -> QuerySet[Invitation]:
    """Invitations not yet accepted, revoked or expired, newest first."""
    return (
        Invitation.objects.filter(
            access=access,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .select_related("created_by")
        .order_by("-created_at", "-pk")
    )


def invitation_for_token(*, token: str) -> Invitation | None:
    return (
        Invitation.objects.filter(token_hash=invitation_token_hash(token))
        .select_related("access")
        .first()
    )


def invitation_existing_user(*, invitation: Invitation) -> AbstractBaseUser | None:
    """The active account that already uses the invited address, if any.

    E-mail addresses are not unique in Django's user model; the most recently used account
    wins, so the choice is the same every time.
    """
    return (
        get_user_model()
        .objects.filter(email__iexact=invitation.email, is_active=True)
        .order_by("-last_login", "pk")
        .first()
    )


def invitation_check(*, invitation: Invitation | None) -> Invitation:
    """The invitation if it can still be accepted; else a ValidationError saying why.

    Codes: "unknown", "used", "revoked", "expired" (checked in that order).
    """
    if invitation is None:
        raise ValidationError(gettext("This invitation link is not valid."), code="unknown")
    if invitation.accepted_at is not None:
        raise ValidationError(gettext("This invitation has already been used."), code="used")
    if invitation.revoked_at is not None:
        raise ValidationError(gettext("This invitation has been withdrawn."), code="revoked")
    if invitation.expires_at <= timezone.now():
        raise ValidationError(gettext("This invitation has expired."), code="expired")
    return invitation


# --- Writes ---------------------------------------------------------------------------------


def invitation_create(
    *,
    user: User,
    access: NetworkAccess,
    email: str,
    role: str,
    first_name: str = "",
    last_name: str = "",
) -> Invitation:
    """Invite `email` into `access`'s members or partners and send them the link.

    An open invitation for the same address and role is replaced (its link stops working),
    so inviting again is how a lost or expired invitation is resent. If the e-mail cannot be
    sent, nothing is saved.
    """
    if not invitation_can_manage(user=user, access=access):
        raise PermissionDenied
    group = role_group(access=access, role=role)
    email = BaseUserManager.normalize_email((email or "").strip())
    try:
        validate_email(email)
    except ValidationError as error:
        raise _field_error(
            "email", gettext("Enter a valid e-mail address."), "invalid_email"
        ) from error
    if group.user_set.filter(email__iexact=email, is_active=True).exists():
        message = (
            gettext("%(email)s is already a member of this network.")
            if role == Invitation.Role.MEMBER
            else gettext("%(email)s is already a partner of this network.")
        )
        raise _field_error("email", message % {"email": email}, "already_member")

    token = secrets.token_urlsafe(32)
    now = timezone.now()
    with transaction.atomic():
        Invitation.objects.filter(
            access=access,
            role=role,
            email__iexact=email,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
        ).update(revoked_at=now)
        invitation = Invitation.objects.create(
            access=access,
            role=role,
            email=email,
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            token_hash=invitation_token_hash(token),
            created_by=user,
            created_at=now,
        )
        log(
            instance=invitation,
            action=INVITATION_CREATED_LOG_ACTION,
            user=user,
            data=_log_data(invitation),
        )
        try:
            _mail_invitation(invitation=invitation, token=token, inviter=user)
        except Exception as error:
            logger.exception("Could not send invitation %s", invitation.pk)
            raise ValidationError(
                gettext("The invitation e-mail could not be sent; nothing has been saved."),
                code="mail_failed",
            ) from error
    logger.info("Invitation %s into %s (%s) by user %s", invitation.pk, group, role, user.pk)
    return invitation


def invitation_accept(*, token: str, password: str | None = None) -> AbstractBaseUser:
    """Accept an invitation once: join the network, creating the account if needed.

    If an active account already uses the invited address, it joins the group and keeps its
    password (`password` is ignored); whoever holds the link received it at that address.
    Otherwise a new account is made (username: the address) with `password`, which Django's
    password validators check. The invitation is claimed by a conditional update under a row
    lock, so two simultaneous accepts cannot both succeed.
    """
    with transaction.atomic():
        invitation = invitation_check(
            invitation=Invitation.objects.select_for_update(of=("self",))
            .filter(token_hash=invitation_token_hash(token))
            .select_related("access__members", "access__partners")
            .first()
        )
        now = timezone.now()
        claimed = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(accepted_at=now)
        if not claimed:
            raise ValidationError(gettext("This invitation has already been used."), code="used")

        member = invitation_existing_user(invitation=invitation)
        if member is None:
            member = _user_create(invitation=invitation, password=password)
        member.groups.add(role_group(access=invitation.access, role=invitation.role))

        invitation.accepted_at = now
        invitation.accepted_user = member
        invitation.save(update_fields=["accepted_user"])
        log(
            instance=invitation,
            action=INVITATION_ACCEPTED_LOG_ACTION,
            user=member,
            data=_log_data(invitation),
        )
    logger.info("Invitation %s accepted by user %s", invitation.pk, member.pk)
    return member


def invitation_revoke(*, user: User, invitation: Invitation) -> Invitation:
    """Withdraw an open invitation: its link stops working."""
    if not invitation_can_manage(user=user, access=invitation.access):
        raise PermissionDenied
    with transaction.atomic():
        revoked = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if not revoked:
            raise ValidationError(
                gettext("This invitation has already been accepted or withdrawn."),
                code="not_open",
            )
        invitation.refresh_from_db()
        log(
            instance=invitation,
            action=INVITATION_REVOKED_LOG_ACTION,
            user=user,
            data=_log_data(invitation),
        )
    logger.info("Invitation %s revoked by user %s", invitation.pk, user.pk)
    return invitation


def membership_remove(
    *, user: User, access: NetworkAccess, member: AbstractBaseUser, role: str | None = None
) -> None:
    """Take `member` out of the network's members' group, partners' group, or both (no role).

    The account itself stays (it may belong to other networks); only a coordinator
    deactivates accounts. Editors' and coordinators' groups are never touched here.
    """
    if not invitation_can_manage(user=user, access=access):
        raise PermissionDenied
    roles = [role] if role is not None else [Invitation.Role.MEMBER, Invitation.Role.PARTNER]
    groups = [role_group(access=access, role=each) for each in roles]
    held = [group for group in groups if member.groups.filter(pk=group.pk).exists()]
    if not held:
        raise PermissionDenied
    with transaction.atomic():
        member.groups.remove(*held)
        log(
            instance=member,
            action=MEMBERSHIP_REMOVED_LOG_ACTION,
            user=user,
            data={
                "network": network_title(access=access),
                "access_id": access.pk,
                "groups": [group.name for group in held],
                "member": get_user_display_name(member),
                "member_id": member.pk,
            },
        )
    logger.info("User %s removed from %s by user %s", member.pk, held, user.pk)


# --- Helpers --------------------------------------------------------------------------------


def _network_pages(accesses: list[NetworkAccess]) -> dict:
    """Each access's network page, in the site's source language where it exists."""
    keys = [access.translation_key for access in accesses]
    default_locale_id = Locale.get_default().pk
    chosen: dict = {}
    for network in NetworkPage.objects.filter(translation_key__in=keys).order_by("path"):
        current = chosen.get(network.translation_key)
        if current is None or (
            network.locale_id == default_locale_id and current.locale_id != default_locale_id
        ):
            chosen[network.translation_key] = network
    return chosen


def _field_error(field: str, message: str, code: str) -> ValidationError:
    """A form-field error that keeps its code (a plain dict of strings would drop it)."""
    return ValidationError({field: ValidationError(message, code=code)})


def _user_create(*, invitation: Invitation, password: str | None) -> AbstractBaseUser:
    user_model = get_user_model()
    user = user_model(
        username=_free_username(invitation.email),
        email=invitation.email,
        first_name=invitation.first_name,
        last_name=invitation.last_name,
    )
    if not password:
        raise ValidationError(gettext("Choose a password."), code="password_required")
    # Raises the validators' own errors (codes such as "password_too_short").
    password_validation.validate_password(password, user)
    user.set_password(password)
    user.save()
    return user


def _free_username(email: str) -> str:
    """The address itself, or the address with a number when an (inactive) account has it."""
    user_model = get_user_model()
    max_length = user_model._meta.get_field(user_model.USERNAME_FIELD).max_length or 150
    base = email.lower()[:max_length]
    candidate, number = base, 1
    while user_model.objects.filter(**{f"{user_model.USERNAME_FIELD}__iexact": candidate}).exists():
        number += 1
        suffix = f"-{number}"
        candidate = base[: max_length - len(suffix)] + suffix
    return candidate


def _log_data(invitation: Invitation) -> dict:
    return {
        "invitation_id": invitation.pk,
        "network": network_title(access=invitation.access),
        "access_id": invitation.access_id,
        "role": invitation.role,
        "email": invitation.email,
    }


def invitation_accept_url(*, token: str) -> str:
    """The absolute link in the e-mail, in Dutch (the site's first language)."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("accounts:invitation_accept", args=[token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _mail_invitation(*, invitation: Invitation, token: str, inviter: User) -> None:
    context = {
        "invitation": invitation,
        "network_title": network_title(access=invitation.access),
        "inviter": get_user_display_name(inviter),
        "accept_url": invitation_accept_url(token=token),
        "expires_at": timezone.localtime(invitation.expires_at),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(
            render_to_string("accounts/emails/invitation_subject.txt", context).split()
        )
        body = render_to_string("accounts/emails/invitation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.email])
