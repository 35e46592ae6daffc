"""Reads and checks for translation approval: which wagtail-localize translation a page is
the target of, and whether a person may translate, sync, publish, convert or change it."""

import contextlib
import os
import tempfile
from collections.abc import Iterable

import polib
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.utils.translation import gettext
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from access.rules import page_review_locks_out


def page_translation_for(*, page: Page) -> Translation | None:
    """The enabled wagtail-localize translation that `page` is the target of, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def translation_target_page(*, translation: Translation) -> Page | None:
    """The page a wagtail-localize translation writes into, if it exists yet."""
    return (
        Page.objects.filter(
            translation_key=translation.source.object_id, locale_id=translation.target_locale_id
        )
        .select_related("locale")
        .first()
    )


def translation_strings(*, translation: Translation) -> dict[tuple[int, int], str]:
    """The translated texts of `translation`, by (source string, context): to count what a
    PO file or a machine translation changed."""
    return {
        (string_id, context_id): data
        for string_id, context_id, data in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context__object_id=translation.source.object_id,
        ).values_list("translation_of_id", "context_id", "data")
    }


def po_file_check(*, content: bytes) -> None:
    """Is `content` a PO file that wagtail-localize can import? A file it cannot read gets its
    own message there; one without the translation's ID (not downloaded from a translation,
    say a PO file of another tool) would be a 500 in wagtail-localize.

    Raises ValidationError with a message for the user.
    """
    # polib reads a string that names an existing file as that file: parse from a file of ours.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as po_file:
        po_file.write(content)
    try:
        metadata = polib.pofile(po_file.name).metadata
    except (OSError, UnicodeDecodeError):
        return  # wagtail-localize says "Please upload a valid PO file."
    finally:
        with contextlib.suppress(OSError):
            os.unlink(po_file.name)
    if "X-WagtailLocalize-TranslationID" not in metadata:
        raise ValidationError(
            gettext(
                "This PO file does not come from this translation. Download the translation’s "
                "PO file, translate it, and upload that file."
            ),
            code="not_a_translation_po_file",
        )


def translation_change_check(*, user: AbstractBaseUser, page: Page) -> None:
    """May `user` change what the translated `page` says now: a text or an override in the
    translation editor, a PO file, machine translation, a sync from the source, stopping or
    restarting the sync?

    Not while the page awaits a coordinator's decision, unless they are a coordinator: the
    approval publishes the page's latest revision, and what the coordinator reviews must be
    what was submitted. Nor while the page is locked for them (Wagtail's lock, which
    wagtail-localize does not check).

    Raises PermissionDenied, or ValidationError with a message for the user.
    """
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        raise PermissionDenied
    values = {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()}
    if page_review_locks_out(user=user, page=page):
        raise ValidationError(
            gettext(
                "“%(title)s” in %(language)s awaits a DKC coordinator’s approval: its texts "
                "cannot change until they decide. If something must change, ask the "
                "coordinator to request changes."
            )
            % values,
            code="in_review",
        )
    if permissions.page_locked():
        raise ValidationError(
            gettext("“%(title)s” in %(language)s is locked: its texts cannot change now.") % values,
            code="locked",
        )


def translation_source_change_check(*, user: AbstractBaseUser, source: TranslationSource) -> None:
    """May `user` sync every translation of `source` ("Sync translated pages")? Not while one
    of them is closed to changes (`translation_change_check`).

    Raises ValidationError with a message for the user.
    """
    for translation in source.translations.filter(enabled=True).select_related(
        "source", "target_locale"
    ):
        target = translation_target_page(translation=translation)
        if target is not None:
            translation_change_check(user=user, page=target)


def page_translation_check(
    *,
    user: AbstractBaseUser,
    page: Page,
    locales: Iterable[Locale],
    include_subtree: bool = False,
) -> None:
    """May `user` have wagtail-localize translate `page` into `locales`?

    Only a page they may edit (never another network's). And only where the parent page
    already has its translation, unless they may publish the parent: wagtail-localize
    would otherwise copy the missing parents as live aliases, pages outside the editor's
    network that nobody approved. With the pages below it, wagtail-localize rewrites the
    existing translations of those pages too: none of them may be closed to changes
    (`translation_change_check`).

    Raises PermissionDenied, or ValidationError with a message for the user.
    """
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    if include_subtree:
        descendants = Page.objects.descendant_of(page).values_list("translation_key", flat=True)
        for translated in Page.objects.filter(
            translation_key__in=descendants, locale__in=list(locales), alias_of__isnull=True
        ).select_related("locale"):
            translation_change_check(user=user, page=translated)
    parent = page.get_parent()
    if parent.is_root() or parent.permissions_for_user(user).can_publish():
        return
    for locale in locales:
        if parent.get_translation_or_none(locale) is None:
            raise ValidationError(
                gettext(
                    "“%(parent)s” has no %(language)s version yet. Ask a DKC coordinator to "
                    "translate it first; then you can translate “%(page)s”."
                )
                % {
                    "parent": parent.get_admin_display_title(),
                    "language": locale.get_display_name(),
                    "page": page.get_admin_display_title(),
                },
                code="parent_not_translated",
            )


def translation_update_check(
    *, user: AbstractBaseUser, source: TranslationSource, publish: bool
) -> None:
    """May `user` sync the translations of `source` ("Sync translated pages"), and publish them?

    Syncing is for those who edit the source page; publishing the results at once is for
    those who may publish every translation, the others submit each one for approval.

    Raises PermissionDenied, or ValidationError with a message for the user.
    """
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist as error:  # the source page is gone: nothing to sync from
        raise PermissionDenied from error
    if not isinstance(instance, Page):
        return
    if not instance.permissions_for_user(user).can_edit():
        raise PermissionDenied
    if not publish:
        return
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        target = Page.objects.filter(
            translation_key=source.object_id, locale_id=translation.target_locale_id
        ).first()
        if target is not None and not target.permissions_for_user(user).can_publish():
            raise ValidationError(
                gettext(
                    "Only a DKC coordinator can publish translations at once. Sync without "
                    "“Publish immediately”, then submit each translation for approval."
                ),
                code="cannot_publish",
            )


def page_translation_can_convert_to_alias(*, user: AbstractBaseUser, page: Page) -> bool:
    """Turning a translation back into an alias shows the source page's text at once, live:
    only someone who may publish the page may do that."""
    return page.permissions_for_user(user).can_publish()


def page_translation_is_complete(*, page: Page) -> bool:
    """Does every text of the source have a translation (no Dutch text left on the page)?"""
    translation = page_translation_for(page=page)
    if translation is None:
        return False
    return not (
        translation.source.stringsegment_set.all()
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .exists()
    )
