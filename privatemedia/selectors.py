"""Reads for private media: the closed areas' collections, and which object owns a stored file.

A file under MEDIA_ROOT is served only when a Wagtail document, image or rendition names it;
its collection (and that collection's ancestors) decide who may read it.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import Storage
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from access.models import NetworkAccess
from access.roles import CLOSED_AREA_KINDS as CLOSED_AREAS
from privatemedia.storage import public_name

# The folders Wagtail's own models upload into (Document.file's upload_to, Image and
# Rendition.get_upload_to). A path outside them belongs to nothing we serve.
DOCUMENTS_FOLDER = "documents/"
ORIGINAL_IMAGES_FOLDER = "original_images/"
RENDITIONS_FOLDER = "images/"


@dataclass(frozen=True)
class StoredFile:
    """A file in storage together with what decides who may read it."""

    name: str  # the storage name, exactly as the database holds it
    storage: Storage
    collections: tuple[Collection, ...]  # of every object that uses this file
    is_document: bool
    content_type: str | None  # None: guessed from the file name
    download_name: str


def closed_area_collection_name(*, network_collection: Collection, area: str) -> str:
    return f"{network_collection.name} — {area}"


def closed_area_collections_for(*, access: NetworkAccess) -> dict[str, Collection]:
    """The network's intranet and extranet collections that exist, keyed by area."""
    names = {
        closed_area_collection_name(network_collection=access.collection, area=area): area
        for area in CLOSED_AREAS
    }
    children = Collection.objects.child_of(access.collection).filter(name__in=list(names))
    return {names[collection.name]: collection for collection in children}


def stored_file_for(*, name: str) -> StoredFile | None:
    """The stored file called `name` and its owners' collections, or None if nothing owns it.

    One query. The folder says which model to ask (after the `private/` of a file stored
    apart, privatemedia/storage.py); the `file` columns of Wagtail's tables have no index, so
    the lookup scans one table (see bench/bench_media.py for its cost).
    """
    folder = public_name(name)
    if folder.startswith(DOCUMENTS_FOLDER):
        documents = list(
            get_document_model().objects.filter(file=name).select_related("collection")
        )
        if not documents:
            return None
        return StoredFile(
            name=name,
            storage=documents[0].file.storage,
            collections=_distinct(document.collection for document in documents),
            is_document=True,
            content_type=documents[0].content_type,
            download_name=documents[0].filename,
        )
    image_model = get_image_model()
    if folder.startswith(ORIGINAL_IMAGES_FOLDER):
        owners = list(image_model.objects.filter(file=name).select_related("collection"))
        collections = _distinct(image.collection for image in owners)
    elif folder.startswith(RENDITIONS_FOLDER):
        owners = list(
            image_model.get_rendition_model()
            .objects.filter(file=name)
            .select_related("image__collection")
        )
        collections = _distinct(rendition.image.collection for rendition in owners)
    else:
        return None
    if not owners:
        return None
    return StoredFile(
        name=name,
        storage=owners[0].file.storage,
        collections=collections,
        is_document=False,
        content_type=None,
        download_name=name.rsplit("/", 1)[-1],
    )


def view_restrictions_for(
    *, collections: tuple[Collection, ...]
) -> list[CollectionViewRestriction]:
    """Every view restriction on these collections or their ancestors, with their groups.

    Two queries when there is a restriction (the groups are prefetched, so checking a request
    against them costs no query per restriction), one when there is none.
    """
    ancestry = Q()
    for collection in collections:
        ancestry |= Q(collection__in=collection.get_ancestors(inclusive=True))
    return list(
        CollectionViewRestriction.objects.filter(ancestry)
        .distinct()
        .order_by("pk")
        .prefetch_related("groups")
    )


def collection_is_private(*, collection: Collection) -> bool:
    """Does a view restriction (of any kind) lie on this collection or one above it? Its files
    are then stored apart (privatemedia/storage.py). One query."""
    return CollectionViewRestriction.objects.filter(
        collection__in=collection.get_ancestors(inclusive=True)
    ).exists()


def _distinct(collections) -> tuple[Collection, ...]:
    by_pk = {collection.pk: collection for collection in collections}
    return tuple(by_pk.values())


def file_in_live_use(*, file_object) -> bool:
    """Is this document or image shown on the live site, or about to be: used by a live page
    (Wagtail's reference index, its "Usage"), by the latest revision of a live page (a change
    that awaits approval), or by anything that is not a page (site settings, snippets), which
    shows without review? A draft page's use does not count."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = []
    references = (
        ReferenceIndex.get_references_to(file_object)
        .values_list("base_content_type_id", "object_id")
        .distinct()
    )
    for content_type_id, object_id in references:
        if content_type_id != page_type.pk:
            return True
        page_ids.append(int(object_id))
    if Page.objects.filter(pk__in=page_ids, live=True).exists():
        return True
    return _used_by_a_live_pages_draft(file_object=file_object)


def _used_by_a_live_pages_draft(*, file_object) -> bool:
    # The reference index holds a page's live content only; the changes waiting in the latest
    # revision are read the way the index reads a page. Few live pages have pending changes.
    wanted = (ReferenceIndex._get_base_content_type(file_object).pk, str(file_object.pk))
    pages = (
        Page.objects.live()
        .filter(has_unpublished_changes=True, latest_revision__isnull=False)
        .select_related("latest_revision")
    )
    for page in pages:
        draft = page.latest_revision.as_object()
        for content_type_id, object_id, *_paths in ReferenceIndex._extract_references_from_object(
            draft
        ):
            if (content_type_id, object_id) == wanted:
                return True
    return False
