from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import AdminPasswordResetView
from privatemedia.views import serve_media
from search import views as search_views
from translations import fallback
from translations.sitemaps import MultilingualSitemap

urlpatterns = [
    # Dutch is the site's first language, whatever the browser asks for.
    path("", RedirectView.as_view(url="/nl/", permanent=False), name="root"),
    # Before Wagtail's: its reset form, with the limits on how many mails it sends.
    path(
        "admin/password_reset/", AdminPasswordResetView.as_view(), name="dkc_admin_password_reset"
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

# Every uploaded file, in every environment, goes through the permission check of privatemedia.
urlpatterns += [
    path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", serve_media, name="media_file"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path("", include("accounts.urls")),
    # Wagtail's page view, wrapped: an English address of a Dutch-only page gets a notice.
    re_path(wagtail_urls.serve_pattern, fallback.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
