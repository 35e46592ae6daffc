from django.apps import AppConfig


class PrivateMediaConfig(AppConfig):
    name = "privatemedia"
    verbose_name = "Private media"

    def ready(self) -> None:
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        from privatemedia import signals  # noqa: F401
        from privatemedia.selectors import collection_is_private
        from privatemedia.storage import field_place_files

        # New files are written where their collection says (privatemedia/storage.py); a
        # rendition where its image is.
        image_model = get_image_model()
        for model in (get_document_model(), image_model):
            field_place_files(
                model._meta.get_field("file"),
                is_private=lambda file_object: (
                    file_object.collection_id is not None
                    and collection_is_private(collection=file_object.collection)
                ),
            )
        field_place_files(
            image_model.get_rendition_model()._meta.get_field("file"),
            is_private=lambda rendition: collection_is_private(
                collection=rendition.image.collection
            ),
        )
