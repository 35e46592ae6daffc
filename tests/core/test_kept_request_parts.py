"""What every page request used to read and is now kept until the site changes: the site
(core.sites), which paths carry a view restriction (core.routing) and the address a page would
have in the other language (translations.alternates). A second render reads none of their
rows; a change shows at once."""

from django.core.cache import caches
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from tests.budgets import second_render_tables


def page_response(client, url: str):
    caches["pages"].clear()  # the stored pages are pagecache's (tests/pagecache)
    return client.get(url)


def test_a_second_render_reads_no_site_and_no_restriction(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    tables = ["wagtailcore_site", "wagtailcore_pageviewrestriction"]

    for page in (site_tree.news_new, site_tree.theme_index, site_tree.home):
        assert second_render_tables(client, page.url, tables) == [], page.url


def test_a_renamed_site_shows_at_once(client, site_tree):
    assert "| DKC MVO</title>" in page_response(client, site_tree.news_new.url).content.decode()

    site = Site.objects.get(is_default_site=True)
    site.site_name = "Kenniscentrum MVO"
    site.save()

    html = page_response(client, site_tree.news_new.url).content.decode()
    assert "| Kenniscentrum MVO</title>" in html


def test_the_site_is_the_one_wagtail_would_choose(rf, site_tree):
    from core.sites import site_for_request

    default = Site.objects.get(is_default_site=True)
    other = Site.objects.create(
        hostname="andere.example", port=80, root_page=site_tree.news_index, site_name="Ander"
    )
    Site.objects.create(
        hostname="andere.example", port=8080, root_page=site_tree.agenda, site_name="Poort"
    )
    for host, port in (
        ("andere.example", 80),
        ("andere.example", 8080),
        ("andere.example", 443),
        ("onbekend.example", 80),
        (default.hostname, default.port),
    ):
        request = rf.get("/", HTTP_HOST=host, SERVER_PORT=str(port))
        try:
            wagtail_choice = get_site_for_hostname(host, str(port))
        except Site.DoesNotExist:
            wagtail_choice = None
        assert site_for_request(request) == wagtail_choice, (host, port)
    assert site_for_request(rf.get("/", HTTP_HOST="andere.example")) == other
    # Wagtail's own look-up is this one (core.apps): no query once the sites are kept.
    assert Site.find_for_request(rf.get("/", HTTP_HOST="andere.example")) == other


def test_a_page_restricted_after_a_render_is_refused_at_once(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.news_new.url
    assert client.get(url).status_code == 200

    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=site_tree.news_index.pk),
        restriction_type=PageViewRestriction.LOGIN,
    )

    response = client.get(url)
    assert response.status_code in (302, 403), response.status_code
    assert "Nieuwe folder" not in response.content.decode()


def test_a_page_below_an_alias_of_a_restricted_page_is_refused(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    news = Page.objects.get(pk=site_tree.news_index.pk)
    alias = news.create_alias(update_slug="nieuws-alias")
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(alias.url)
    assert response.status_code in (302, 403), response.status_code


def test_the_english_address_of_an_untranslated_page_follows_a_new_slug(client, site_tree):
    url = site_tree.news_new.url
    assert "/en/nieuws/" in page_response(client, url).content.decode()

    news_index = Page.objects.get(pk=site_tree.news_index.pk).specific
    news_index.slug = "berichten"
    news_index.save_revision().publish()

    html = page_response(client, Page.objects.get(pk=site_tree.news_new.pk).url).content.decode()
    assert "/en/berichten/" in html
    assert "/en/nieuws/" not in html


def test_a_page_body_is_kept_per_lens_and_a_new_body_shows_at_once(client, site_tree, settings):
    from core.lens import LENS_COOKIE
    from tests.core.test_blocks import KO_GO_BODY

    settings.PAGE_CACHE_ENABLED = False
    news = Page.objects.get(pk=site_tree.news_new.pk).specific
    news.body = KO_GO_BODY
    news.save_revision().publish()
    url = news.url

    everyone = client.get(url).content.decode()
    client.cookies[LENS_COOKIE] = "ko"
    small = client.get(url).content.decode()
    client.cookies[LENS_COOKIE] = "go"
    large = client.get(url).content.decode()
    assert len({everyone, small, large}) == 3  # each lens its own kept body
    assert client.get(url).content.decode() == large

    news = Page.objects.get(pk=news.pk).specific
    news.body = [{"type": "paragraph", "value": "<p>Een nieuwe tekst.</p>"}]
    news.save_revision().publish()

    assert "Een nieuwe tekst." in client.get(url).content.decode()
    del client.cookies[LENS_COOKIE]
    assert "Een nieuwe tekst." in client.get(url).content.decode()


def test_a_preview_shows_the_draft_body_and_keeps_nothing(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.news_new.url
    client.get(url)
    news = Page.objects.get(pk=site_tree.news_new.pk).specific
    news.body = [{"type": "paragraph", "value": "<p>Nog een ontwerp.</p>"}]
    request = client.get(url).wsgi_request
    request.is_preview = True  # as Wagtail's preview view sets it before `serve_preview`

    preview = news.serve_preview(request, news.default_preview_mode)
    preview.render()

    assert "Nog een ontwerp." in preview.content.decode()
    assert "Nog een ontwerp." not in client.get(url).content.decode()
