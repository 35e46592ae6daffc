"""`manage.py setup_editorial` (re)creates the roles and the workflow on an existing database."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import PageViewRestriction, Workflow

from access import roles


def test_setup_editorial_repairs_every_network_and_changes_nothing_twice(world):
    PageViewRestriction.objects.filter(page=world.intranet_x).delete()  # someone opened it
    out = StringIO()
    call_command("setup_editorial", stdout=out)
    assert "in place" in out.getvalue()
    restriction = PageViewRestriction.objects.get(page=world.intranet_x)
    assert world.access_x.members in restriction.groups.all()
    counts = Group.objects.count(), Workflow.objects.count(), PageViewRestriction.objects.count()
    call_command("setup_editorial", stdout=StringIO())
    assert (
        Group.objects.count(),
        Workflow.objects.count(),
        PageViewRestriction.objects.count(),
    ) == counts
    assert Workflow.objects.filter(name=roles.WORKFLOW_NAME).count() == 1
