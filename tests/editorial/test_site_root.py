"""The home page of a site cannot be deleted, moved or unpublished, not even by a coordinator."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.models import HomePage


@pytest.mark.parametrize(
    "url_name, args",
    [
        ("wagtailadmin_pages:delete", []),
        ("wagtailadmin_pages:unpublish", []),
        ("wagtailadmin_pages:move_confirm", ["destination"]),
    ],
)
def test_coordinator_cannot_take_the_home_page_away(world, login, url_name, args):
    client = login(world.coordinator)
    home = world.home
    url_args = [home.pk] + [world.network_x.pk for _ in args]

    response = client.post(reverse(url_name, args=url_args), follow=True)

    assert "cannot be deleted, moved or unpublished" in response.content.decode() or (
        "kan niet worden verwijderd" in response.content.decode()
    )
    home = HomePage.objects.get(pk=home.pk)
    assert home.live
    assert home.depth == 2


def test_coordinator_can_still_delete_an_ordinary_page(world, login):
    client = login(world.coordinator)

    response = client.post(reverse("wagtailadmin_pages:delete", args=[world.project_y.pk]))

    assert response.status_code == 302
    assert not Page.objects.filter(pk=world.project_y.pk).exists()
