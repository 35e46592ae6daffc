from django.db.models import QuerySet
from wagtail.models import Locale, Page


def theme_list(*, locale: Locale) -> QuerySet:
    """Live, public themes of one language, in the editors' order."""
    from themes.models import ThemePage

    return (
        ThemePage.objects.live()
        .public()
        .filter(locale=locale)
        .order_by("path")
        .select_related("listing_image")
    )


def knowledge_page_list(*, theme: Page) -> QuerySet:
    return theme.get_children().live().public().specific().order_by("path")
