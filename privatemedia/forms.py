"""The base forms of Wagtail's document and image forms (WAGTAILDOCS_DOCUMENT_FORM_BASE,
WAGTAILIMAGES_IMAGE_FORM_BASE), so every admin path that edits a stored file goes through them:
the edit forms, the multiple uploader's edit forms and the choosers' upload forms.

What the coordinator approves is what goes live: nobody else changes who may read a file
(moving it to a collection with other readers) or replaces a file that is shown on the live
site or lies in a closed area. Every move and replacement is logged for the audit.
"""

from typing import ClassVar

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from access.rules import user_may_move_file, user_may_replace_file
from privatemedia.selectors import file_in_live_use
from privatemedia.services import file_move_log, file_replace_log

MOVE_REFUSED = _(
    "Moving this file from “%(source)s” to “%(target)s” would change who may read it. "
    "Only the DKC coordinator can do that: ask the coordinator."
)
REPLACE_REFUSED = _(
    "This file is shown on a published page or lies in a closed area, so a new file would "
    "go live unreviewed. Only the DKC coordinator can replace it: ask the coordinator, or "
    "upload the new version as a separate file."
)


SHOWN_CHANGE_REFUSED = _(
    "This file is shown on a published page or lies in a closed area, so what readers see of "
    "it (%(fields)s) can only be changed by the DKC coordinator. Ask the coordinator, or "
    "upload the new version as a separate file."
)

# What readers see of a file besides the file itself: a document's title is its link text,
# an image's title and description its alternative text, the focal point its crop.
SHOWN_FIELDS = {
    "title": _("title"),
    "description": _("description"),
    "focal_point_x": _("focal point"),
    "focal_point_y": _("focal point"),
    "focal_point_width": _("focal point"),
    "focal_point_height": _("focal point"),
}
# A public document's tags are searched and shown under it in the site search's results
# (search.selectors); an image's tags reach no reader.
DOCUMENT_SHOWN_FIELDS = {**SHOWN_FIELDS, "tags": _("tags")}


class StoredFileFormMixin:
    """Refuses, with a message on the field, what only the coordinator may do; logs the rest."""

    shown_fields: ClassVar[dict] = SHOWN_FIELDS

    def __init__(self, *args, **kwargs):
        # Wagtail passes the editing user to every collection member form; without one, the
        # form is as strict as for an editor.
        self.acting_user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        existing = self.instance.pk is not None
        self.original_collection = self.instance.collection if existing else None
        self.original_file_name = self.instance.file.name if existing else ""

    def clean(self):
        cleaned_data = super().clean()
        if self.original_collection is None:
            return cleaned_data  # a new file: nothing of it is live or read yet
        user = self.acting_user or AnonymousUser()
        target = cleaned_data.get("collection")
        if target is not None and not user_may_move_file(
            user=user, source=self.original_collection, target=target
        ):
            self.add_error(
                "collection",
                MOVE_REFUSED % {"source": self.original_collection.name, "target": target.name},
            )
        shown = [name for name in self.shown_fields if name in self.changed_data]
        if ("file" in self.changed_data or shown) and not user_may_replace_file(
            user=user,
            collection=self.original_collection,
            in_live_use=file_in_live_use(file_object=self.instance),
        ):
            if "file" in self.changed_data:
                self.add_error("file", REPLACE_REFUSED)
            if shown:
                labels = ", ".join(dict.fromkeys(str(self.shown_fields[name]) for name in shown))
                self.add_error(None, SHOWN_CHANGE_REFUSED % {"fields": labels})
        return cleaned_data

    def save(self, commit=True):
        replaced = "file" in self.changed_data
        instance = super().save(commit=commit)
        if commit and self.original_collection is not None:
            file_move_log(
                file_object=instance,
                source=self.original_collection,
                target=instance.collection,
                user=self.acting_user,
            )
            if replaced:
                file_replace_log(
                    file_object=instance,
                    old_name=self.original_file_name,
                    new_name=instance.file.name,
                    user=self.acting_user,
                )
        return instance


class DocumentForm(StoredFileFormMixin, BaseDocumentForm):
    shown_fields = DOCUMENT_SHOWN_FIELDS

    class Meta(BaseDocumentForm.Meta):
        pass


class ImageForm(StoredFileFormMixin, BaseImageForm):
    class Meta(BaseImageForm.Meta):
        pass
