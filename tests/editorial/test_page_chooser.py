"""The admin page chooser never shows another network's closed areas to an editor."""

from django.urls import reverse


def test_editor_of_y_does_not_see_x_closed_areas_in_the_chooser(world, login):
    world.intranet_x.title = "Intranet Geheimwoord-Zebra"
    world.intranet_x.save()
    client = login(world.editor_y)

    browse = client.get(reverse("wagtailadmin_choose_page_child", args=[world.network_x.pk]))
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Geheimwoord"})

    assert browse.status_code == 200
    assert "Geheimwoord" not in browse.content.decode()
    assert "Geheimwoord" not in search.content.decode()


def test_editor_of_x_and_coordinator_still_choose_x_intranet(world, login):
    world.intranet_x.title = "Intranet Geheimwoord-Zebra"
    world.intranet_x.save()
    url = reverse("wagtailadmin_choose_page_child", args=[world.network_x.pk])

    for user in (world.editor_x, world.coordinator):
        assert "Geheimwoord" in login(user).get(url).content.decode()
