from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.test.utils.form_data import querydict_from_html

from networks.models import ClosedAreaPage

DUPLICATE_AREA = "This network already has an area of this kind."


def add_closed_area(superuser_client, network, *, area: str, slug: str):
    """Fill in and publish the admin's "add closed area" form under `network`."""
    url = f"/admin/pages/add/networks/closedareapage/{network.pk}/"
    form = superuser_client.get(url)
    assert form.status_code == 200
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data.update(
        {
            "title": area.capitalize(),
            "slug": slug,
            "area": area,
            "body-count": "0",  # the StreamField widget is drawn by JavaScript
            "action-publish": "action-publish",
        }
    )
    return superuser_client.post(url, data)


def test_the_admin_refuses_a_second_intranet_in_one_network(superuser_client, site_tree):
    response = add_closed_area(
        superuser_client, site_tree.tracer, area=ClosedAreaPage.INTRANET, slug="tweede-intranet"
    )

    assert response.status_code == 200  # the form again, with the error
    with translation.override("nl"):
        message = gettext(DUPLICATE_AREA)
    assert escape(message) in response.content.decode()
    assert ClosedAreaPage.objects.child_of(site_tree.tracer).count() == 2
    assert not ClosedAreaPage.objects.filter(slug="tweede-intranet").exists()


def test_the_admin_accepts_an_intranet_in_another_network(superuser_client, site_tree):
    response = add_closed_area(
        superuser_client, site_tree.diamond, area=ClosedAreaPage.INTRANET, slug="intranet"
    )

    assert response.status_code == 302
    assert ClosedAreaPage.objects.child_of(site_tree.diamond).get().area == "intranet"


def test_an_existing_area_can_be_saved_again(site_tree):
    area = ClosedAreaPage.objects.get(pk=site_tree.intranet.pk)
    area.intro = "Voor de leden van het netwerk."
    area.save_revision().publish()

    area.refresh_from_db()
    assert area.intro == "Voor de leden van het netwerk."
