from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from wagtail.models import Locale

NEWS_PER_PAGE = 10


def news_list(*, locale: Locale) -> QuerySet:
    """Live, public news of one language, newest first."""
    from news.models import NewsPage

    return (
        NewsPage.objects.live()
        .public()
        .filter(locale=locale)
        .order_by("-date", "-path")
        .select_related("listing_image")
    )


def news_page(*, locale: Locale, page_number: str | None) -> PaginatorPage:
    return Paginator(news_list(locale=locale), NEWS_PER_PAGE).get_page(page_number)
