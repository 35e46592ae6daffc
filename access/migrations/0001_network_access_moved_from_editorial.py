# The model moves from `editorial` without touching its rows: the state is created here over
# the existing table, which 0002 then renames.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("editorial", "0002_remove_wagtail_default_roles"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="NetworkAccess",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("translation_key", models.UUIDField(unique=True)),
                        ("collection", models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name="network_access", to="wagtailcore.collection")),
                        ("editors", models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name="network_as_editors", to="auth.group")),
                        ("members", models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name="network_as_members", to="auth.group")),
                        ("partners", models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name="network_as_partners", to="auth.group")),
                    ],
                    options={
                        "verbose_name": "network access",
                        "db_table": "editorial_networkaccess",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
