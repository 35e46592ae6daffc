from datetime import timedelta

from django.utils import timezone

from tests import factories
from tests.utils import assert_listing_hides_drafts, publish_then_draft


def test_news_index_lists_live_news_newest_first(client, site_tree):
    content = client.get("/nl/nieuws/").content.decode()

    assert content.index(site_tree.news_new.title) < content.index(site_tree.news_old.title)


def test_news_index_never_shows_drafts(client, site_tree):
    draft = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Ongepubliceerd bericht", live=False
    )
    changed = publish_then_draft(site_tree.news_old, "Oproep thesisprijs verlengd")

    assert_listing_hides_drafts(client, "/nl/nieuws/", changed, draft)


def test_news_index_pages_by_ten(client, home_page):
    index = factories.NewsIndexPageFactory()
    today = timezone.localdate()
    for age in range(12):
        factories.NewsPageFactory(
            parent=index, title=f"Bericht {age:02d}", date=today - timedelta(days=age)
        )

    first = client.get("/nl/nieuws/").content.decode()
    second = client.get("/nl/nieuws/", {"page": 2}).content.decode()

    assert "Bericht 00" in first and "Bericht 09" in first
    assert "Bericht 10" not in first and "Bericht 10" in second
    assert client.get("/nl/nieuws/", {"page": "abc"}).status_code == 200
    assert client.get("/nl/nieuws/", {"page": "9999"}).status_code == 200
