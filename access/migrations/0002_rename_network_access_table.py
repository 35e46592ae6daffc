from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("access", "0001_network_access_moved_from_editorial"),
        ("accounts", "0002_invitation_access_moved"),
        ("editorial", "0003_network_access_moved_to_access"),
    ]

    operations = [
        migrations.AlterModelTable(name="networkaccess", table=None),
    ]
