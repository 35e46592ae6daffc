from django.db import migrations


def remove_default_roles(apps, schema_editor):
    """Wagtail's starter "Moderators"/"Editors" groups and workflow have no place here.

    Roles are the DKC coordinators and per-network groups made by editorial.services; the
    starter groups hold permissions on the whole tree, so an account put in one by mistake
    could publish anywhere. Removed only while nobody uses them.
    """
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for name in ("Moderators", "Editors"):
        group = Group.objects.filter(name=name).first()
        if group is not None and not group.user_set.exists():
            group.page_permissions.all().delete()
            group.collection_permissions.all().delete()
            group.delete()
    for workflow in Workflow.objects.filter(name="Moderators approval"):
        if not WorkflowState.objects.filter(workflow=workflow).exists():
            workflow.workflow_pages.all().delete()
            workflow.active = False
            workflow.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_network_access_and_requests"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(remove_default_roles, migrations.RunPython.noop)]
