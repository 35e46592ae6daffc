"""Reads and checks for translation approval: which wagtail-localize translation a page is
the target of, and whether a person may translate, sync, publish or convert it."""

from collections.abc import Iterable

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.utils.translation import gettext
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


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


def page_translation_check(
    *, user: AbstractBaseUser, page: Page, locales: Iterable[Locale]
) -> None:
    """May `user` have wagtail-localize translate `page` into `locales`?

    Only a page they may edit (never another network's). And only where the parent page
    already has its translation, unless they may publish the parent: wagtail-localize
    would otherwise copy the missing parents as live aliases, pages outside the editor's
    network that nobody approved.

    Raises PermissionDenied, or ValidationError with a message for the user.
    """
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
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
