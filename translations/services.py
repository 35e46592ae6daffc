"""Writes: English pages made the way an editor makes them, through wagtail-localize."""

from collections.abc import Mapping

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import FieldDoesNotExist
from django.core.validators import MaxLengthValidator
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)


@transaction.atomic
def page_translation_save(
    *,
    page: Page,
    strings: Mapping[str, str],
    locale_code: str = "en",
    user: AbstractBaseUser | None = None,
    publish: bool = True,
) -> Page:
    """Translate `page` into `locale_code` with wagtail-localize and save (or publish) it.

    `strings` maps a segment's source text, or its context path ("title", "slug", "intro",
    ...), to the translation; a context path wins over the same text elsewhere. Segments
    without a translation keep the source text, as wagtail-localize's editor does. Calling
    it again for a translated page updates the translation from the current source (a sync);
    with `publish=False` a live translation gets a draft revision and readers see no change.
    """
    page = page.specific
    locale = Locale.objects.get(language_code=locale_code)
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.context.path, strings.get(segment.string.data))
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
                "has_error": False,
                "field_error": "",
            },
        )
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.live and not publish:
        translation_draft_save(translation=translation, user=user)
        return existing.specific
    # wagtail-localize publishes on commit; publish the new revision here instead, so the
    # result does not depend on the surrounding transaction.
    translation.save_target(user=user, publish=False)
    translated = page.get_translation(locale).specific
    if publish:
        translated.get_latest_revision().publish(user=user)
        translated.refresh_from_db()
    return translated


def translation_draft_save(*, translation: Translation, user: AbstractBaseUser | None) -> Revision:
    """Save the current text of a page translation as a new draft revision of its target.

    What readers see stays as it is. wagtail-localize's own draft save also writes the draft
    into the page's row, and Wagtail serves a live page from that row: the draft would be
    live at once. This saves the revision the way Wagtail's own page editor does.
    """
    source, locale = translation.source, translation.target_locale
    draft = source.get_ephemeral_translated_instance(locale, fallback=True)
    draft.slug = find_available_slug(
        draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
    )
    revision = draft.save_revision(user=user, log_action=True)
    # What wagtail-localize does besides: the source's privacy, and its translation log.
    source.update_target_view_restrictions(locale)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return revision


def string_translation_check(*, segment: StringSegment, value: str) -> None:
    """Refuse a translated text that cannot fit the field it is for (say, a title over 255
    characters): wagtail-localize would store it and fail on saving the page (a 500 on
    PostgreSQL, which enforces the length). Raises ValidationError with the field's message.
    """
    model = segment.source.specific_content_type.model_class()
    field_name = segment.context.path.split(".")[0]
    try:
        field = model._meta.get_field(field_name)
    except FieldDoesNotExist:
        return
    max_length = getattr(field, "max_length", None)
    if max_length and not getattr(field, "is_relation", False):
        MaxLengthValidator(max_length)(value)
