"""Each network's intranet and extranet collections, and who they are restricted to."""

from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.permissions import policy_registry

from access import roles
from networks.models import ClosedAreaPage
from privatemedia.selectors import closed_area_collections_for
from privatemedia.services import closed_area_collections_ensure


def _reader_names(collection: Collection) -> set[str]:
    (restriction,) = CollectionViewRestriction.objects.filter(collection=collection)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    return set(restriction.groups.values_list("name", flat=True))


def test_each_network_gets_an_intranet_and_an_extranet_collection(networks):
    collections = networks.collections_x
    assert collections[ClosedAreaPage.INTRANET].name == "Tracer — intranet"
    assert collections[ClosedAreaPage.EXTRANET].name == "Tracer — extranet"
    for collection in collections.values():
        assert collection.get_parent() == networks.access_x.collection
    assert _reader_names(collections[ClosedAreaPage.INTRANET]) == {
        "Tracer leden",
        "Tracer redacteurs",
        roles.COORDINATOR_GROUP,
    }
    assert _reader_names(collections[ClosedAreaPage.EXTRANET]) == {
        "Tracer partners",
        "Tracer redacteurs",
        roles.COORDINATOR_GROUP,
    }


def test_the_network_collection_itself_stays_public(networks):
    assert not networks.access_x.collection.get_view_restrictions().exists()


def test_ensuring_twice_changes_nothing(networks):
    before = Collection.objects.count(), CollectionViewRestriction.objects.count()
    again = closed_area_collections_ensure(access=networks.access_x)
    assert again == networks.collections_x
    assert (Collection.objects.count(), CollectionViewRestriction.objects.count()) == before


def test_ensuring_repairs_a_loosened_restriction(networks):
    intranet = networks.collections_x[ClosedAreaPage.INTRANET]
    restriction = CollectionViewRestriction.objects.get(collection=intranet)
    restriction.restriction_type = CollectionViewRestriction.LOGIN
    restriction.save()
    restriction.groups.set([Group.objects.get(name="Tracer partners")])
    closed_area_collections_ensure(access=networks.access_x)
    assert _reader_names(intranet) == {"Tracer leden", "Tracer redacteurs", roles.COORDINATOR_GROUP}


def test_the_selector_finds_them(networks):
    assert closed_area_collections_for(access=networks.access_y) == networks.collections_y
    assert set(networks.collections_y) == {ClosedAreaPage.INTRANET, ClosedAreaPage.EXTRANET}


def test_editors_upload_into_their_own_closed_areas_only(networks):
    editor_x, editor_y = networks.users["editor_x"], networks.users["editor_y"]
    intranet_x = networks.collections_x[ClosedAreaPage.INTRANET]
    for model in (get_image_model(), get_document_model()):
        policy = policy_registry.get_by_type(model)
        for action in ("add", "choose"):
            assert intranet_x in policy.collections_user_has_permission_for(editor_x, action)
            assert intranet_x not in policy.collections_user_has_permission_for(editor_y, action)
