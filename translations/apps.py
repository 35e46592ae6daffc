from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """English pages as wagtail-localize translations of the Dutch source: the reader's
    language switcher and alternates, the Dutch-only notice, and translations out of date."""

    name = "translations"
    verbose_name = _("Translations")
