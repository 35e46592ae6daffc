"""Who may read a page, on the record: every change to the groups a page restriction admits.

Wagtail logs a page restriction's own save and delete, but not the groups it admits (the
privacy form sets them after saving; `access.services.restriction_groups_sync` adds and
removes them without a save). This receiver logs each of those changes on the page, so the
page's history and *Audit per network* (which places page entries by the page's place in the
tree) show it. The acting user comes from Wagtail's log context (every admin view runs in
one); changes the site makes itself (provisioning, a closed area's kind published) carry no
user. A collection's privacy is logged by `privatemedia.signals`.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction

PRIVACY_GROUPS_CHANGED = "dkc.privacy_groups_changed"


def restriction_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Log which groups a page restriction admits from now on, added or removed, either side."""
    if action == "pre_clear":
        # The groups are gone after the clear: remember them now.
        if reverse:
            instance._dkc_cleared = list(instance.pageviewrestriction_set.all())
        else:
            instance._dkc_cleared = [group.pk for group in instance.groups.all()]
        return
    if action == "post_clear":
        cleared = getattr(instance, "_dkc_cleared", [])
        if reverse:
            for restriction in cleared:
                _groups_log(restriction=restriction, removed=[instance.pk])
        elif cleared:
            _groups_log(restriction=instance, removed=cleared)
        return
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    key = "added" if action == "post_add" else "removed"
    if reverse:
        for restriction in model.objects.filter(pk__in=pk_set):
            _groups_log(restriction=restriction, **{key: [instance.pk]})
    else:
        _groups_log(restriction=instance, **{key: list(pk_set)})


def _groups_log(*, restriction: PageViewRestriction, added=(), removed=()) -> None:
    names = dict(Group.objects.filter(pk__in=[*added, *removed]).values_list("pk", "name"))
    log(
        instance=restriction.page.specific_deferred,
        action=PRIVACY_GROUPS_CHANGED,
        data={
            "added": sorted(names[pk] for pk in added if pk in names),
            "removed": sorted(names[pk] for pk in removed if pk in names),
        },
    )


def connect() -> None:
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="dkc_page_restriction_groups",
    )
