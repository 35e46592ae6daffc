from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self) -> None:
        from wagtail_localize import strings

        from glossary import signals  # noqa: F401 - connects the cache invalidation
        from glossary.links import MARK_TAG

        # A marked term stays inside its sentence's segment when translated, as <abbr> does;
        # wagtail-localize's list of inline tags is fixed (wagtail/wagtail-localize#778), and an
        # unknown tag would cut the sentence into three segments. Pinned by
        # tests/glossary/test_links.py.
        if MARK_TAG not in strings.INLINE_TAGS:
            strings.INLINE_TAGS.append(MARK_TAG)
