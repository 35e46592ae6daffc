from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from access.robots import robots_txt
from accounts.views import AdminPasswordResetView
from core.health import healthz
from core.lens import lens_set
from core.ratelimit import failed_posts_limited
from privatemedia.views import serve_media
from search import views as search_views
from translations import fallback
from translations.sitemaps import MultilingualSitemap

# Shared page and collection passwords: Wagtail's forms, with a limit on wrong answers.
shared_password_limited = failed_posts_limited("shared_password_address")

urlpatterns = [
    # Dutch is the site's first language, whatever the browser asks for.
    path("", RedirectView.as_view(url="/nl/", permanent=False), name="root"),
    # Before Wagtail's: its reset form, with the limits on how many mails it sends.
    path(
        "admin/password_reset/", AdminPasswordResetView.as_view(), name="dkc_admin_password_reset"
    ),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        shared_password_limited(wagtaildocs_serve.authenticate_with_password),
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", robots_txt, name="robots_txt"),
    # For the load balancer and monitoring (docs/deploy.md): database and cache, 200 or 503.
    path("healthz", healthz, name="healthz"),
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
    path("", include("glossary.urls")),
    path("", include("networks.urls")),
    path("lens/<slug:value>/", lens_set, name="lens_set"),
    path("", include("accounts.urls")),
    path("", include("events.urls")),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        shared_password_limited(wagtail_views.authenticate_with_password),
        name="wagtailcore_authenticate_with_password",
    ),
    # Wagtail's page view, wrapped: an English address of a Dutch-only page gets a notice.
    re_path(wagtail_urls.serve_pattern, fallback.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
