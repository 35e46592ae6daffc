"""A page's slug never hides, or is hidden by, an address the site serves itself: a closed
area's search sub-route (zoeken/, search/), the agenda's archive and calendar feed
(archief/, archive/, ical/) and the network folder's PDF (/nl/folder/pdf/). Refused when a page
is added, renamed, moved (the admin's move, its bulk move, the admin API, `Page.move`) or
copied there."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from core.models import ContentPage
from networks.models import NetworkPage
from tests import factories

RESERVED = (
    "The site already uses the address “%(slug)s/” here for something of its own "
    "(a search, a form or a PDF). Choose another slug."
)


MOVE_REFUSED = (
    "“%(title)s” cannot be moved there: the site already uses the address “%(slug)s/” under "
    "that page for something of its own (a search, a form or a PDF). Change its slug first."
)


def dutch_refusal(slug: str) -> str:
    with translation.override("nl"):
        return escape(gettext(RESERVED) % {"slug": slug})


def dutch_move_refusal(page: Page) -> str:
    with translation.override("nl"):
        return escape(gettext(MOVE_REFUSED) % {"title": page.title, "slug": page.slug})


def add_page(client, *, model: str, parent: Page, fields: dict[str, str]):
    """Fill in the admin's "add page" form of `model` (app.model) under `parent` and save."""
    url = f"/admin/pages/add/{model.replace('.', '/')}/{parent.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data.update({"body-count": "0", **fields})  # the StreamField widget is drawn by JavaScript
    return client.post(url, data)


@pytest.mark.parametrize("slug", ["zoeken", "search"])
def test_a_child_of_a_closed_area_may_not_take_its_search_address(
    superuser_client, site_tree, slug
):
    response = add_page(
        superuser_client,
        model="core.contentpage",
        parent=site_tree.intranet,
        fields={"title": "Zoeken in documenten", "slug": slug},
    )

    assert response.status_code == 200  # the form again, with the message on the slug
    assert dutch_refusal(slug) in response.content.decode()
    assert not ContentPage.objects.child_of(site_tree.intranet).filter(slug=slug).exists()


def test_a_child_of_a_closed_area_with_another_slug_is_saved(superuser_client, site_tree):
    response = add_page(
        superuser_client,
        model="core.contentpage",
        parent=site_tree.intranet,
        fields={"title": "Zoektips", "slug": "zoektips"},
    )

    assert response.status_code == 302
    assert ContentPage.objects.child_of(site_tree.intranet).filter(slug="zoektips").exists()


def test_a_page_elsewhere_may_be_slugged_search(site_tree):
    page = factories.ContentPageFactory(parent=site_tree.tracer, slug="zoeken")

    assert page.pk is not None


def test_a_network_may_not_be_slugged_pdf(superuser_client, site_tree):
    response = add_page(
        superuser_client,
        model="networks.networkpage",
        parent=site_tree.network_index,
        fields={
            "title": "PDF-netwerk",
            "slug": "pdf",
            "aim": "Een doel.",
            "coordinator_name": "An Coördinator",
            "contact_email": "an@example.be",
        },
    )

    assert response.status_code == 200
    assert dutch_refusal("pdf") in response.content.decode()
    assert not NetworkPage.objects.filter(slug="pdf").exists()


def test_renaming_a_page_to_a_reserved_slug_is_refused_on_save(site_tree):
    network = NetworkPage.objects.get(pk=site_tree.diamond.pk)
    network.slug = "pdf"
    with pytest.raises(ValidationError) as refused:
        network.save()
    assert "slug" in refused.value.message_dict

    page = factories.ContentPageFactory(parent=site_tree.intranet, slug="zoektips")
    page.slug = "search"
    with pytest.raises(ValidationError):
        page.save()


def test_the_edit_form_refuses_a_reserved_slug(superuser_client, site_tree):
    page = factories.ContentPageFactory(parent=site_tree.intranet, slug="zoektips")
    url = f"/admin/pages/{page.pk}/edit/"
    form = superuser_client.get(url)
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data.update({"slug": "zoeken", "body-count": "0"})

    response = superuser_client.post(url, data)

    assert response.status_code == 200
    assert dutch_refusal("zoeken") in response.content.decode()
    page.refresh_from_db()
    assert page.slug == "zoektips"


# --- Moves and copies --------------------------------------------------------------------------
# Each case: a page slugged as a sub-route of the destination, in a place where nobody's readers
# change by the move (so that only this rule can refuse it).

MOVES = [
    ("intranet", "zoeken"),
    ("intranet", "search"),
    ("agenda", "archief"),
    ("agenda", "archive"),
    ("agenda", "ical"),
]


def page_to_move(site_tree, destination: str, slug: str) -> Page:
    if destination == "intranet":
        folder = factories.ContentPageFactory(parent=site_tree.intranet, slug=f"map-{slug}")
        return factories.ContentPageFactory(parent=folder, title="Te verplaatsen", slug=slug)
    return factories.EventPageFactory(parent=site_tree.tracer, title="Te verplaatsen", slug=slug)


def parent_pk(page: Page) -> int:
    return Page.objects.get(pk=page.pk).get_parent().pk


@pytest.mark.parametrize(("destination", "slug"), MOVES)
def test_the_admin_move_refuses_a_reserved_slug(superuser_client, site_tree, destination, slug):
    page = page_to_move(site_tree, destination, slug)
    before = parent_pk(page)
    target = getattr(site_tree, destination)
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, target.pk])

    confirmation = superuser_client.get(url, follow=True)
    response = superuser_client.post(url, follow=True)

    for answer in (confirmation, response):
        assert answer.redirect_chain[-1][0] == reverse("wagtailadmin_pages:move", args=[page.pk])
        assert dutch_move_refusal(page) in answer.content.decode()
    assert parent_pk(page) == before


def test_the_admin_move_of_another_slug_is_done(superuser_client, site_tree):
    page = page_to_move(site_tree, "intranet", "zoektips")
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, site_tree.intranet.pk])

    superuser_client.post(url)

    assert parent_pk(page) == site_tree.intranet.pk


@pytest.mark.parametrize(("destination", "slug"), MOVES)
def test_the_bulk_move_refuses_a_reserved_slug(superuser_client, site_tree, destination, slug):
    page = page_to_move(site_tree, destination, slug)
    allowed = page_to_move(site_tree, destination, "iets-anders")
    before, allowed_before = parent_pk(page), parent_pk(allowed)
    target = getattr(site_tree, destination)

    response = superuser_client.post(
        f"/admin/bulk/wagtailcore/page/move/?id={page.pk}&id={allowed.pk}", {"chooser": target.pk}
    )

    assert response.status_code == 200  # the form again, saying why
    assert dutch_move_refusal(page) in response.content.decode()
    assert parent_pk(page) == before
    assert parent_pk(allowed) == allowed_before  # nothing moved


@pytest.mark.parametrize(("destination", "slug"), MOVES)
def test_the_admin_api_move_refuses_a_reserved_slug(superuser_client, site_tree, destination, slug):
    page = page_to_move(site_tree, destination, slug)
    before = parent_pk(page)
    target = getattr(site_tree, destination)

    response = superuser_client.post(
        f"/admin/api/main/pages/{page.pk}/action/move/",
        {"destination_page_id": target.pk, "position": "last-child"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="nl",
    )

    assert response.status_code == 400
    with translation.override("nl"):
        expected = gettext(MOVE_REFUSED) % {"title": page.title, "slug": slug}
    assert response.json() == {"slug": [expected]}
    assert parent_pk(page) == before


def test_moving_a_page_in_code_refuses_a_reserved_slug(site_tree):
    page = page_to_move(site_tree, "intranet", "zoeken")
    before = parent_pk(page)

    with pytest.raises(ValidationError) as refused:
        Page.objects.get(pk=page.pk).move(site_tree.intranet, pos="last-child")

    assert "slug" in refused.value.message_dict
    assert parent_pk(page) == before
    # Reordering among its siblings is no move to another parent: allowed as ever.
    Page.objects.get(pk=page.pk).move(Page.objects.get(pk=before), pos="first-child")


@pytest.mark.parametrize(("destination", "slug"), MOVES)
def test_the_admin_copy_refuses_a_reserved_slug(superuser_client, site_tree, destination, slug):
    page = page_to_move(site_tree, destination, "te-kopieren")
    target = getattr(site_tree, destination)

    response = superuser_client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": "Kopie", "new_slug": slug, "new_parent_page": target.pk},
    )

    assert response.status_code == 200  # the form again, with the message on the slug
    assert response.context["form"].errors["new_slug"] == [
        translation.gettext(RESERVED) % {"slug": slug}
    ]
    assert dutch_refusal(slug) in response.content.decode()
    assert not Page.objects.child_of(target).filter(slug=slug).exists()


def test_copying_a_page_in_code_or_through_the_admin_api_refuses_a_reserved_slug(
    superuser_client, site_tree
):
    page = page_to_move(site_tree, "intranet", "te-kopieren")

    for keep_live in (True, False):  # a live copy, and a draft (Wagtail's lighter check)
        with pytest.raises(ValidationError) as refused:
            page.copy(
                to=site_tree.intranet,
                update_attrs={"title": "Kopie", "slug": "zoeken"},
                keep_live=keep_live,
            )
        assert "slug" in refused.value.message_dict
    response = superuser_client.post(
        f"/admin/api/main/pages/{page.pk}/action/copy/",
        {"destination_page_id": site_tree.intranet.pk, "slug": "search", "keep_live": False},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert list(response.json()) == ["slug"]
    assert not Page.objects.child_of(site_tree.intranet).filter(slug__in=["zoeken", "search"])


def test_the_admin_copy_under_another_slug_is_made(superuser_client, site_tree):
    page = page_to_move(site_tree, "intranet", "te-kopieren")

    superuser_client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": site_tree.intranet.pk},
    )

    assert Page.objects.child_of(site_tree.intranet).filter(slug="kopie").exists()
