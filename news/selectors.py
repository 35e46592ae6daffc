from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from wagtail.models import Locale

from core.localization import in_language
from core.visibility import public_pages

NEWS_PER_PAGE = 10


def news_list(*, locale: Locale) -> QuerySet:
    """Live, public news in one language (Dutch where untranslated), newest first."""
    from news.models import NewsPage

    news = public_pages(NewsPage.objects.live())
    return (
        in_language(news, locale=locale)
        .order_by("-date", "-source_path")
        .select_related("listing_image")
    )


def news_page(*, locale: Locale, page_number: str | None) -> PaginatorPage:
    return Paginator(news_list(locale=locale), NEWS_PER_PAGE).get_page(page_number)
