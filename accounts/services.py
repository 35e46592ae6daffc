"""Invitations and network membership: invite, accept, revoke and remove.

A network's editors (and the DKC coordinators, for every network) invite members and
partners by e-mail and remove them again (the rule: `access.rules.user_may_manage_people`).
Nobody gets editor or coordinator rights this way: only a network's members' and partners'
groups are ever written here.

The audit trail is Wagtail's log (`dkc.invitation_*` on the invitation, `dkc.membership_removed`
on the removed account) beside the invitation rows themselves.
"""

import logging
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import log

from access.models import NetworkAccess
from access.rules import User, user_may_grant_superuser, user_may_manage_people
from access.selectors import network_keys_all, network_page_per_key, network_roles_of_groups
from accounts.models import (
    ACCOUNT_ACTIVATED_LOG_ACTION,
    ACCOUNT_DEACTIVATED_LOG_ACTION,
    ACCOUNT_GROUP_ADDED_LOG_ACTION,
    ACCOUNT_GROUP_REMOVED_LOG_ACTION,
    INVITATION_ACCEPTED_LOG_ACTION,
    INVITATION_CREATED_LOG_ACTION,
    INVITATION_REVOKED_LOG_ACTION,
    MEMBERSHIP_REMOVED_LOG_ACTION,
    SUPERUSER_GRANTED_LOG_ACTION,
    SUPERUSER_REVOKED_LOG_ACTION,
    Invitation,
    invitation_token_hash,
)
from accounts.selectors import (
    AccountAccess,
    email_in_use,
    field_error,
    invitation_check,
    network_title,
    role_group,
)
from core.addresses import absolute_url
from core.mail import MailNotSent, MailTemplates, mail_send
from core.ratelimit import rate_limits_hit

logger = logging.getLogger(__name__)


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
    sent, or the inviter or the address has had too many invitations lately
    (`RATE_LIMITS`), nothing is saved.
    """
    if not user_may_manage_people(user=user, access=access):
        raise PermissionDenied
    group = role_group(access=access, role=role)
    email = BaseUserManager.normalize_email((email or "").strip())
    try:
        validate_email(email)
    except ValidationError as error:
        raise field_error(
            "email", gettext("Enter a valid e-mail address."), "invalid_email"
        ) from error
    if group.user_set.filter(email__iexact=email, is_active=True).exists():
        message = (
            gettext("%(email)s is already a member of this network.")
            if role == Invitation.Role.MEMBER
            else gettext("%(email)s is already a partner of this network.")
        )
        raise field_error("email", message % {"email": email}, "already_member")
    # An editor's account is not a way to flood an inbox: limited per inviter and recipient.
    if rate_limits_hit([("invitation_inviter", str(user.pk)), ("invitation_recipient", email)]):
        raise ValidationError(
            gettext(
                "Too many invitations have been sent (by you, or to this address). Nothing "
                "has been sent; try again later."
            ),
            code="throttled",
        )

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
        except MailNotSent as error:
            logger.exception("Could not send invitation %s", invitation.pk)
            raise ValidationError(
                gettext("The invitation e-mail could not be sent; nothing has been saved."),
                code="mail_failed",
            ) from error
    logger.info("Invitation %s into %s (%s) by user %s", invitation.pk, group, role, user.pk)
    return invitation


def invitation_accept(
    *, token: str, user: User | None = None, password: str | None = None
) -> AbstractBaseUser:
    """Accept an invitation once: join the network, into one of exactly two accounts.

    - `user`, the logged-in account that confirmed on the invitation page (its password is
      kept; `password` is ignored). Whoever holds the link received it at the invited
      address, so they may join an account they have proved is theirs by logging in.
    - Otherwise a new account with the invited address (username: the address), with
      `password`, which Django's password validators check. If an account already uses the
      address, nothing happens (code "login_required"): its owner logs in first.

    An existing account is never picked by its e-mail address: the address is whatever the
    account's holder typed, not proof of who reads that mailbox. The invitation is claimed by
    a conditional update under a row lock, so two simultaneous accepts cannot both succeed.
    """
    if user is not None and not user.is_authenticated:
        user = None
    if user is not None and not user.is_active:
        raise PermissionDenied
    with transaction.atomic():
        invitation = invitation_check(
            invitation=Invitation.objects.select_for_update(of=("self",))
            .filter(token_hash=invitation_token_hash(token))
            .select_related("access__members", "access__partners")
            .first()
        )
        if user is None and email_in_use(email=invitation.email):
            raise ValidationError(
                gettext(
                    "An account already uses this e-mail address. Log in to it first, then "
                    "accept the invitation."
                ),
                code="login_required",
            )
        now = timezone.now()
        claimed = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(accepted_at=now)
        if not claimed:
            raise ValidationError(gettext("This invitation has already been used."), code="used")

        member = (
            user if user is not None else _user_create(invitation=invitation, password=password)
        )
        member.groups.add(role_group(access=invitation.access, role=invitation.role))

        invitation.accepted_at = now
        invitation.accepted_user = member
        invitation.save(update_fields=["accepted_user"])
        log(
            instance=invitation,
            action=INVITATION_ACCEPTED_LOG_ACTION,
            user=member,
            data={
                **_log_data(invitation),
                "member": get_user_display_name(member),
                "member_id": member.pk,
                "new_account": user is None,
            },
        )
    logger.info("Invitation %s accepted by user %s", invitation.pk, member.pk)
    return member


def invitation_revoke(*, user: User, invitation: Invitation) -> Invitation:
    """Withdraw an open invitation: its link stops working."""
    if not user_may_manage_people(user=user, access=invitation.access):
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
    if not user_may_manage_people(user=user, access=access):
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
                "network_key": str(access.translation_key),
                "access_id": access.pk,
                "groups": [group.name for group in held],
                "member": get_user_display_name(member),
                "member_id": member.pk,
            },
        )
    logger.info("User %s removed from %s by user %s", member.pk, held, user.pk)


def _user_create(*, invitation: Invitation, password: str | None) -> AbstractBaseUser:
    if email_in_use(email=invitation.email):
        raise ValidationError(
            gettext("An account already uses this e-mail address."), code="email_in_use"
        )
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
        "network_key": str(invitation.access.translation_key),
        "access_id": invitation.access_id,
        "role": invitation.role,
        "email": invitation.email,
    }


def invitation_accept_url(*, token: str) -> str:
    """The absolute link in the e-mail, in Dutch (the site's first language)."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("accounts:invitation_accept", args=[token])
    return absolute_url(path)


def _mail_invitation(*, invitation: Invitation, token: str, inviter: User) -> None:
    context = {
        "invitation": invitation,
        "network_title": network_title(access=invitation.access),
        "inviter": get_user_display_name(inviter),
        "accept_url": invitation_accept_url(token=token),
        "expires_at": timezone.localtime(invitation.expires_at),
    }
    mail_send(
        templates=MailTemplates.named("accounts/emails/invitation"),
        context=context,
        recipients=[invitation.email],
        raise_on_failure=True,
    )


# --- Who may read and edit, changed through Wagtail's users admin ---------------------------


def account_access_log(
    *,
    user: User,
    account: AbstractBaseUser,
    before: AccountAccess,
    after: AccountAccess,
    deleted: bool = False,
) -> None:
    """Log what an admin change did to who may read or edit, once per network concerned.

    A network's editors', members' or partners' group added or removed, the coordinators'
    group or the superuser flag (every network), the account (de)activated or deleted: each
    is a model log entry on the account with the network's `network_key`, so the audit per
    network finds it. Groups of no network are Wagtail's own "edit" entry's business.
    """
    entries: list[tuple[str, str, dict]] = []  # (action, network key, extra data)
    for key, role, group_id in network_roles_of_groups(
        group_ids=after.group_ids - before.group_ids
    ):
        entries.append(
            (ACCOUNT_GROUP_ADDED_LOG_ACTION, str(key), {"role": role, "group_id": group_id})
        )
    for key, role, group_id in network_roles_of_groups(
        group_ids=before.group_ids - after.group_ids
    ):
        entries.append(
            (ACCOUNT_GROUP_REMOVED_LOG_ACTION, str(key), {"role": role, "group_id": group_id})
        )
    if before.is_superuser != after.is_superuser:
        action = (
            SUPERUSER_GRANTED_LOG_ACTION if after.is_superuser else SUPERUSER_REVOKED_LOG_ACTION
        )
        entries.extend((action, str(key), {}) for key in network_keys_all())
    if before.is_active != after.is_active and not deleted:
        action = ACCOUNT_ACTIVATED_LOG_ACTION if after.is_active else ACCOUNT_DEACTIVATED_LOG_ACTION
        held = after.group_ids if after.is_active else before.group_ids
        keys = (
            network_keys_all()
            if before.is_superuser or after.is_superuser
            else {key for key, _role, _group in network_roles_of_groups(group_ids=held)}
        )
        entries.extend((action, str(key), {}) for key in sorted(keys, key=str))
    if not entries:
        return
    groups = dict(
        Group.objects.filter(pk__in=before.group_ids | after.group_ids).values_list("pk", "name")
    )
    titles = {str(key): title for key, title in _network_titles().items()}
    common = {
        "member": get_user_display_name(account),
        "member_id": account.pk,
        "account_deleted": deleted,
    }
    for action, key, extra in entries:
        data = {**common, "network_key": key, "network": titles.get(key, ""), **extra}
        if "group_id" in extra:
            data["group"] = groups.get(extra["group_id"], "")
        log(instance=account, action=action, user=user, data=data)
    logger.info(
        "Access of user %s changed by user %s: %s", account.pk, user.pk, [e[0] for e in entries]
    )


def _network_titles() -> dict:
    return {key: page.title for key, page in network_page_per_key().items()}


def superuser_change_check(*, user: User, before: bool, after: bool) -> None:
    """Only a superuser grants or removes superuser rights."""
    if before != after and not user_may_grant_superuser(user):
        raise PermissionDenied
