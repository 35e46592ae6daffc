import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("access", "0001_network_access_moved_from_editorial"),
        ("accounts", "0001_initial"),
    ]

    operations = [
        # Same table, same column: only the model's home changed.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="invitation",
                    name="access",
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="invitations", to="access.networkaccess", verbose_name="network"),
                ),
            ],
            database_operations=[],
        ),
    ]
