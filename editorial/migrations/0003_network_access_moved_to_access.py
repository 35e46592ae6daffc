from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("editorial", "0002_remove_wagtail_default_roles"),
        ("access", "0001_network_access_moved_from_editorial"),
        ("accounts", "0002_invitation_access_moved"),
    ]

    operations = [
        # The table stays; access.NetworkAccess owns it from here on.
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="NetworkAccess")],
            database_operations=[],
        ),
    ]
