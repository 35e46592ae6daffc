"""Where stored files live: public files in one storage, private files in another.

Every document, image and rendition is stored through `MediaStorage` (the "default" storage).
Its name says where the file is: a name under `private/` lives in the "private" storage
(PRIVATE_MEDIA_ROOT, or its own bucket or folder on S3), any other name in the "public" one
(MEDIA_ROOT). A file is private when its collection, or one above it, has a view restriction
(a closed area's collection); a rendition follows its image. Either way every file is still
streamed through the checked view (privatemedia/views.py) under MEDIA_URL: the private
storage is never served by a web server, and a slip in the proxy's configuration that serves
MEDIA_ROOT still shows no private file.

New files get their place when they are written (`generate_filename` of the three file
fields, below); files already stored move when their collection or its privacy changes
(privatemedia.services.stored_file_place_sync).
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db.models import FileField
from django.utils.deconstruct import deconstructible
from django.utils.encoding import filepath_to_uri

PRIVATE_PREFIX = "private/"
PUBLIC_ALIAS = "public"
PRIVATE_ALIAS = "private"


def name_is_private(name: str) -> bool:
    return name.startswith(PRIVATE_PREFIX)


def private_name(name: str) -> str:
    return name if name_is_private(name) else PRIVATE_PREFIX + name


def public_name(name: str) -> str:
    return name[len(PRIVATE_PREFIX) :] if name_is_private(name) else name


@deconstructible
class PrivateFileSystemStorage(FileSystemStorage):
    """A FileSystemStorage at PRIVATE_MEDIA_ROOT. It has no address of its own: MediaStorage
    gives its files the checked view's."""

    # Read on each use (not cached like MEDIA_ROOT's), so that a test's setting applies.
    @property
    def base_location(self):  # type: ignore[override]
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):  # type: ignore[override]
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no address of their own; use MediaStorage.url.")


@deconstructible
class MediaStorage(Storage):
    """Routes each name to the public or the private storage (STORAGES aliases "public" and
    "private"); the name stored in the database keeps the `private/` prefix."""

    def _route(self, name: str) -> tuple[Storage, str, str]:
        if name_is_private(name):
            return storages[PRIVATE_ALIAS], public_name(name), PRIVATE_PREFIX
        return storages[PUBLIC_ALIAS], name, ""

    def _open(self, name, mode="rb"):
        storage, inner, _prefix = self._route(name)
        return storage.open(inner, mode)

    def save(self, name, content, max_length=None):
        if name is None:
            name = content.name
        storage, inner, prefix = self._route(name)
        inner_max = max_length - len(prefix) if max_length else None
        return prefix + storage.save(inner, content, max_length=inner_max)

    def get_available_name(self, name, max_length=None):
        storage, inner, prefix = self._route(name)
        inner_max = max_length - len(prefix) if max_length else None
        return prefix + storage.get_available_name(inner, max_length=inner_max)

    def delete(self, name):
        storage, inner, _prefix = self._route(name)
        storage.delete(inner)

    def exists(self, name):
        storage, inner, _prefix = self._route(name)
        return storage.exists(inner)

    def listdir(self, path):
        storage, inner, _prefix = self._route(path)
        return storage.listdir(inner)

    def size(self, name):
        storage, inner, _prefix = self._route(name)
        return storage.size(inner)

    def path(self, name):
        storage, inner, _prefix = self._route(name)
        return storage.path(inner)

    def url(self, name):
        # Every file, public or private, is reached through the checked view under MEDIA_URL
        # (privatemedia/views.py), never through a storage's own address (a bucket's).
        return settings.MEDIA_URL + filepath_to_uri(name).lstrip("/")

    def get_accessed_time(self, name):
        storage, inner, _prefix = self._route(name)
        return storage.get_accessed_time(inner)

    def get_created_time(self, name):
        storage, inner, _prefix = self._route(name)
        return storage.get_created_time(inner)

    def get_modified_time(self, name):
        storage, inner, _prefix = self._route(name)
        return storage.get_modified_time(inner)


def field_place_files(field: FileField, *, is_private) -> None:
    """New files of `field` are named private when `is_private(instance)` says so.

    Wagtail's models are kept (a custom document or image model would need a migration of
    every file and reference): the field's `generate_filename` is wrapped on the field object
    itself, which migrations never see. Renditions need it most: Wagtail writes them with
    `bulk_create`, which sends no signal.
    """
    original = field.generate_filename

    def generate_filename(instance, filename):
        name = original(instance, filename)
        return private_name(name) if is_private(instance) else public_name(name)

    field.generate_filename = generate_filename
