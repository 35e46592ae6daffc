"""Wagtail's users admin, with our rules on who changes whose rights.

- Only a superuser sees, grants or removes "Administrator" (the forms drop the field for
  anyone else; a forged change is refused by `accounts.services.superuser_change_check`).
- Only a superuser changes, (de)activates or deletes a superuser's account, in the edit form
  and in the bulk actions alike (`access.rules.user_may_manage_account`).
- Every change to who may read or edit (network groups, coordinators, superuser, active) is
  logged per network (`accounts.services.account_access_log`).
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.users.views import bulk_actions as wagtail_bulk_actions
from wagtail.users.views import users as wagtail_users

from access.rules import user_may_manage_account
from accounts.account_forms import UserCreationForm, UserEditForm
from accounts.selectors import AccountAccess, account_access_get
from accounts.services import account_access_log, superuser_change_check


class IndexView(wagtail_users.IndexView):
    def get_edit_url(self, instance):
        # No edit link to an account this person may not change (a superuser's).
        if user_may_manage_account(user=self.request.user, account=instance):
            return super().get_edit_url(instance)
        return None


class CreateView(wagtail_users.CreateView):
    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def save_instance(self):
        with transaction.atomic():
            superuser_change_check(
                user=self.request.user, before=False, after=bool(self.form.instance.is_superuser)
            )
            instance = super().save_instance()
            after = account_access_get(account=instance)
            account_access_log(
                user=self.request.user,
                account=instance,
                # A new account: its groups and superuser flag are the change, not "activated".
                before=AccountAccess(
                    group_ids=frozenset(), is_superuser=False, is_active=after.is_active
                ),
                after=after,
            )
        return instance


class EditView(wagtail_users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if not user_may_manage_account(user=request.user, account=self.object):
            raise PermissionDenied
        self.access_before = account_access_get(account=self.object)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def save_instance(self):
        with transaction.atomic():
            superuser_change_check(
                user=self.request.user,
                before=self.access_before.is_superuser,
                after=bool(self.form.instance.is_superuser),
            )
            instance = super().save_instance()
            account_access_log(
                user=self.request.user,
                account=instance,
                before=self.access_before,
                after=account_access_get(account=instance),
            )
        return instance


class DeleteView(wagtail_users.DeleteView):
    def delete_action(self) -> None:
        account = self.object
        before = account_access_get(account=account)
        pk = account.pk
        with transaction.atomic():
            super().delete_action()
            account.pk = pk  # Django clears it on delete; the log names the account by it
            account_access_log(
                user=self.request.user,
                account=account,
                before=before,
                after=AccountAccess(group_ids=frozenset(), is_superuser=False, is_active=False),
                deleted=True,
            )


class UserViewSet(wagtail_users.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update: bool = False):
        return UserEditForm if for_update else UserCreationForm


# --- Bulk actions on users (/admin/bulk/wagtailusers/user/<action>/) ---------------------------


class _ManagedAccountsMixin:
    """A superuser's account is listed as "no permission" for anyone but a superuser."""

    def check_perm(self, obj) -> bool:
        return super().check_perm(obj) and user_may_manage_account(
            user=self.request.user, account=obj
        )

    def get_execution_context(self) -> dict:
        return {**super().get_execution_context(), "acting_user": self.request.user}

    @classmethod
    def _logged(cls, objects, acting_user, run, *, deleted: bool = False):
        befores = {obj.pk: account_access_get(account=obj) for obj in objects}
        with transaction.atomic():
            result = run()
            for obj in objects:
                if deleted:
                    after = AccountAccess(
                        group_ids=frozenset(), is_superuser=False, is_active=False
                    )
                else:
                    obj.refresh_from_db()
                    after = account_access_get(account=obj)
                account_access_log(
                    user=acting_user,
                    account=obj,
                    before=befores[obj.pk],
                    after=after,
                    deleted=deleted,
                )
        return result


class AssignRoleBulkAction(_ManagedAccountsMixin, wagtail_bulk_actions.AssignRoleBulkAction):
    @classmethod
    def execute_action(cls, objects, role=None, acting_user=None, **kwargs):
        return cls._logged(
            objects,
            acting_user,
            lambda: super(AssignRoleBulkAction, cls).execute_action(objects, role=role, **kwargs),
        )


class SetActiveStateBulkAction(
    _ManagedAccountsMixin, wagtail_bulk_actions.SetActiveStateBulkAction
):
    @classmethod
    def execute_action(cls, objects, acting_user=None, **kwargs):
        return cls._logged(
            objects,
            acting_user,
            lambda: super(SetActiveStateBulkAction, cls).execute_action(objects, **kwargs),
        )


class DeleteBulkAction(_ManagedAccountsMixin, wagtail_bulk_actions.DeleteBulkAction):
    @classmethod
    def execute_action(cls, objects, acting_user=None, **kwargs):
        return cls._logged(
            objects,
            acting_user,
            lambda: super(DeleteBulkAction, cls).execute_action(objects, **kwargs),
            deleted=True,
        )


BULK_ACTIONS = (AssignRoleBulkAction, SetActiveStateBulkAction, DeleteBulkAction)
