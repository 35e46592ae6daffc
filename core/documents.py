"""Which documents the live site publishes: those a live, public page links.

An upload alone publishes nothing. A document reaches readers (and the site search) through a
page the coordinator approved: linked in its rich text, or chosen in a block or field. What
counts is the page's row, which holds the live content once a page is published (the drafts of
a live page are revisions only); a never-published page's row holds its draft, hence `live()`.
Wagtail's reference index records each page row's links (updated from the saved row by a task
on every save), so the rule is one subquery on that index.

Who may see a document (its collection's restriction) is the access app's rule
(`access.rules.documents_public`); listings apply both.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Model, QuerySet
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex


def _base_model(model: type[Model]) -> type[Model]:
    """The concrete model at the top of `model`'s inheritance: the reference index records
    references to (and from) this base type."""
    parents = model._meta.get_parent_list()
    return parents[-1] if parents else model


def documents_published(documents: QuerySet, *, pages: QuerySet | None = None) -> QuerySet:
    """`documents` that at least one live, public page of any language links.

    A page in a closed area, a draft, an unpublished page or a live page's unpublished new
    draft publishes nothing. A filter on the primary key with a subquery inside the same
    statement (no list of ids, no query of its own beyond `public()`'s look-up of the view
    restrictions), so a search backend applies it in its own query. `pages` is the live,
    public pages (`Page.objects.live().public()`) when the caller has them already.
    """
    if pages is None:
        pages = Page.objects.live().public()
    live_page_ids = pages.annotate(object_id_text=Cast("pk", output_field=CharField())).values(
        "object_id_text"
    )
    # Only rows that point at documents are cast, and their ids are the documents' keys.
    linked_document_ids = (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=live_page_ids,
            to_content_type=ContentType.objects.get_for_model(_base_model(documents.model)),
        )
        .annotate(document_id=Cast("to_object_id", output_field=IntegerField()))
        .values("document_id")
    )
    return documents.filter(pk__in=linked_document_ids)
