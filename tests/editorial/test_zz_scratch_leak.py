from django.test import Client
from translations.services import page_translation_save
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource, StringTranslation, StringSegment


def test_leak(world, django_capture_on_commit_callbacks):
    home_en = page_translation_save(page=world.home, strings={"title": "Home"})
    idx = world.network_x.get_parent()
    page_translation_save(page=idx, strings={"title": "Networks", "slug": "networks"})
    net_en = page_translation_save(page=world.network_x, strings={"aim": "Old English aim"})
    print("live", net_en.live, net_en.url)
    html = Client().get(net_en.url).content.decode()
    assert "Old English aim" in html
    # now change the string and save a draft
    page_translation_save(page=world.network_x, strings={"aim": "NEW UNAPPROVED aim"}, publish=False)
    net_en.refresh_from_db()
    print("row aim", net_en.specific.aim, net_en.has_unpublished_changes)
    html = Client().get(net_en.url).content.decode()
    print("NEW in html:", "NEW UNAPPROVED aim" in html)
