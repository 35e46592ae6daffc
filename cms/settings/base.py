"""Settings shared by every environment.

Secrets and hosts come from the environment; `dev` and `test` give safe local defaults,
`production` refuses to start without them.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "core",
    "access",
    "pagecache",
    "home",
    "themes",
    "networks",
    "events",
    "publications",
    "reports",
    "news",
    "search",
    "glossary",
    "editorial",
    "privatemedia",
    "accounts",
    "translations",
    "thesisprize",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "accounts.users_app.UsersAppConfig",  # wagtail.users, with our user admin
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (django-csp) and Permissions-Policy, the admin's own policy.
    "core.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: anonymous pages come from the cache without touching the database,
    # and while it is down every other answer is a 503 (pagecache, docs/deploy.md).
    "pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The reader's KO/GO lens (a cookie, never a session) on request.lens (core.lens).
    "core.lens.LensMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Cache-Control on files served by Wagtail's document view (see privatemedia).
    "privatemedia.middleware.PrivateFileCacheMiddleware",
    # Gives a browser that just logged in its device cookie (accounts.devices).
    "accounts.devices.DeviceCookieMiddleware",
    # A publication refused for its missing ESF logos is a message, not an error (publications).
    "publications.middleware.PublicationRefusalMiddleware",
    # The admin never names another network's closed pages or private files (editorial).
    "editorial.middleware.ClosedContentAdminMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a clear refusal.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# The embedded SQLite file is the default; DATABASE_URL switches to PostgreSQL. A kept
# connection is checked before a request uses it, so a database restart costs no 500.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer gives a 503 within seconds, not a hung worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    # A kept connection to a database host that vanished (no answer at all, not even a
    # refusal): the health check's statement is given up after 10 s of unacknowledged data
    # (libpq's tcp_user_timeout), and an idle connection is probed, instead of a worker
    # waiting for the kernel's TCP retries (minutes).
    for option, value in {
        "tcp_user_timeout": 10_000,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
    }.items():
        DATABASES["default"]["OPTIONS"].setdefault(option, value)
    # No JIT compilation: it cost 100 ms and more on a search statement the planner thought
    # large (docs/deploy.md, "What a search costs"), and helps no query of a web page.
    DATABASES["default"]["OPTIONS"].setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch is the source language; English pages are translations of it.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
# One way of writing dates per language, on every page and in every mail (cms/formats/).
FORMAT_MODULE_PATH = ["cms.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

# Private files (a closed area's collection) are stored apart from public ones, outside
# MEDIA_ROOT; "default" routes each file to its place (privatemedia/storage.py). Neither
# directory is ever served by a web server: every file goes through the checked view.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))

STORAGES = {
    "default": {"BACKEND": "privatemedia.storage.MediaStorage"},
    "public": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "privatemedia.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "DKC MVO"
# The site's public address: every mail, the sitemap and every absolute link use it
# (core/addresses.py). Required in production; `make run` sets it to the address it serves.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if urlsplit(SITE_URL).scheme not in ("http", "https") or not urlsplit(SITE_URL).hostname:
    raise ImproperlyConfigured(f"SITE_URL must be an http(s) address, not {SITE_URL!r}.")
WAGTAILADMIN_BASE_URL = SITE_URL
# Site search (docs/deploy.md, "Search"). By default Wagtail's database backend: PostgreSQL
# full-text search with the Dutch configuration (stemming, Dutch stop words), SQLite's FTS5
# otherwise. SEARCH_BACKEND and SEARCH_BACKEND_URL switch to OpenSearch or Elasticsearch
# (e.g. "wagtail.search.backends.opensearch2" and "http://127.0.0.1:9200") without code.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "wagtail.search.backends.database")
if SEARCH_BACKEND == "wagtail.search.backends.database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's database backend, with a cheaper statement on PostgreSQL.
            "BACKEND": "search.backend",
            # PostgreSQL only: `dutch` without stop words (search/migrations); after a change,
            # run `manage.py update_index`.
            "SEARCH_CONFIG": os.environ.get("SEARCH_CONFIG", "dkc_dutch"),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKEND,
            "URLS": [os.environ.get("SEARCH_BACKEND_URL", "http://127.0.0.1:9200")],
            "INDEX": os.environ.get("SEARCH_INDEX", "dkc_mvo"),
        }
    }
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents stream through Wagtail's view, which checks the collection's view restrictions;
# never "direct" or "redirect" to the storage URL (see docs/security.md, "Private files").
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Upload limits (issue #21): documents of these types up to 10 MB; images up to 10 MB and 40
# megapixels, never SVG (an SVG is a document that can carry script).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Every admin form that edits a stored file: nobody but the coordinator changes who reads a
# file or replaces one that is live or private (privatemedia/forms.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "privatemedia.forms.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "privatemedia.forms.ImageForm"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Workflow mail goes to the coordinators' group, not to technical superusers.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@example.org")
DEFAULT_FROM_EMAIL = WAGTAILADMIN_NOTIFICATION_FROM_EMAIL

# Background tasks (django-tasks): the site's mail (core.mail) and Wagtail's own tasks.
# "immediate" runs them inside the request (development, tests); "database" queues them in the
# database for `manage.py db_worker` (production: a slow or failing mail server never slows
# or breaks a page save). See docs/deploy.md.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
_tasks_backend = os.environ.get("TASKS_BACKEND", "immediate")
if _tasks_backend not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {_tasks_backend!r}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[_tasks_backend]}}

# wagtail-localize. A new translation starts as a draft even when the Dutch page is live
# (wagtail-localize's default publishes it at once): like any change, it goes live through
# the coordinators' approval (editorial.hooks.translations). This setting does not reach
# the locale option "Synchronise content from another locale": its English aliases go live
# with each Dutch page (wagtail-localize#743), so it stays off for English.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation is offered only when a DeepL key is set; editors never need it.
if _deepl_api_key := os.environ.get("DEEPL_API_KEY", "").strip():
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": _deepl_api_key},
    }

# The cache holds the rate limits (core.ratelimit) and, under its own alias, the full-page
# cache of anonymous readers (pagecache). Both must be shared by every process in production:
# REDIS_URL (e.g. redis://127.0.0.1:6379/1). Without it, each process keeps its own in memory.
if _redis_url := os.environ.get("REDIS_URL", "").strip():
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _redis_url,
            "KEY_PREFIX": "dkc",
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _redis_url,
            "KEY_PREFIX": "dkc-pages",
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }
# The page cache (docs/deploy.md, "Page cache"): how long a page is served from it (a publish
# purges it at once), the max-age browsers and a CDN get, how long an older copy is still
# served while the database is down, and the Retry-After of the 503 otherwise.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() != "false"
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "300"))
PAGE_CACHE_STALE_SECONDS = 24 * 60 * 60
PAGE_CACHE_RETRY_AFTER = 30
# Search result pages (endless variety): fresh this long, then kept as long for an outage.
PAGE_CACHE_SEARCH_SECONDS = int(os.environ.get("PAGE_CACHE_SEARCH_SECONDS", "120"))
# A CDN in front of the site (optional): pagecache.store purges it with Wagtail's frontend
# cache utilities (the app itself is not installed: its signal handlers would queue a task on
# every publish even without a CDN).
if _purge_url := os.environ.get("FRONTEND_CACHE_PURGE_URL", "").strip():
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": _purge_url,
        }
    }

# The visitor's address (core.ratelimit.client_ip): behind a reverse proxy, how many proxies
# append to X-Forwarded-For, and optionally the addresses they connect from. 0: no proxy,
# X-Forwarded-For is ignored (anyone can send it). AXES_PROXY_COUNT is the old name.
try:
    TRUSTED_PROXY_COUNT = int(
        os.environ.get("TRUSTED_PROXY_COUNT", os.environ.get("AXES_PROXY_COUNT", "0")) or 0
    )
except ValueError as _error:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be a whole number.") from _error
TRUSTED_PROXIES = [p.strip() for p in os.environ.get("TRUSTED_PROXIES", "").split(",") if p.strip()]

# Personal accounts only; failed logins are limited (accounts.lockout): per account, from
# wherever they come, and per address once it tries many accounts (never per address for one
# account: that would lock out everyone behind it). A browser that logged in to the account
# before keeps getting in (accounts.devices).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # The username or the e-mail address (one account per address).
    "accounts.backends.EmailOrUsernameBackend",
]
AXES_USERNAME_CALLABLE = "accounts.backends.login_username"
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.account_forms.AdminLoginForm"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 asks for "ip_address" in the parameters above: the address is counted, but by
# accounts.lockout (many accounts from one address), which axes' check cannot see.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_HANDLER = "accounts.lockout.LoginAttemptHandler"
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"
AXES_WHITELIST_CALLABLE = "accounts.devices.device_cookie_admits"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "editorial/lockout.html"
# An address that fails for this many different accounts within the cool-off is locked.
LOGIN_ACCOUNTS_PER_ADDRESS_LIMIT = 10
# The device cookie of a browser that logged in: how long it lasts, and how many failed
# logins it survives before it stops letting a locked account in.
LOGIN_DEVICE_COOKIE_DAYS = 180
LOGIN_DEVICE_FAILURE_LIMIT = 5

# Forms that send mail: (how many, per how many seconds), per scope (core.ratelimit).
RATE_LIMITS = {
    "password_reset_address": (10, 60 * 60),
    "password_reset_email": (3, 60 * 60),
    "invitation_inviter": (30, 60 * 60),
    "invitation_recipient": (3, 24 * 60 * 60),
    "page_request_requester": (10, 60 * 60),
    # Wagtail's workflow mails, per (acting person, recipient): the excess is not mailed.
    "workflow_mail": (20, 60 * 60),
    # Wrong answers to a page's or collection's shared password, per visitor address.
    "shared_password_address": (10, 15 * 60),
    # Registrations for events sent from one visitor address (each one mails a confirmation).
    "event_registration_address": (10, 60 * 60),
    # Thesis prize submissions sent from one visitor address (each one mails a confirmation).
    "thesis_submission_address": (5, 60 * 60),
}

# Attendees' personal data is kept this many months after the event (stated on the form).
EVENTS_REGISTRATION_RETENTION_MONTHS = 24
# The thesis prize (thesisprize): the largest PDF a student may submit (the proxy's body limit
# in deploy/ must allow it), and how many months after the award submissions are erased.
THESISPRIZE_PDF_MAX_BYTES = int(os.environ.get("THESISPRIZE_PDF_MAX_BYTES", 20 * 1024 * 1024))
THESISPRIZE_RETENTION_MONTHS = int(os.environ.get("THESISPRIZE_RETENTION_MONTHS", "12"))
# Days the search log (daily counts of queries and of queries without results) is kept;
# `manage.py search_log_prune` deletes older days.
SEARCH_LOG_RETENTION_DAYS = int(os.environ.get("SEARCH_LOG_RETENTION_DAYS", "365"))
# Each worker counts searches in memory and writes them together at most this often
# (search/services.py); 0 writes each search at once.
SEARCH_LOG_WRITE_SECONDS = int(os.environ.get("SEARCH_LOG_WRITE_SECONDS", "5"))

# An invitation link for a network's member or partner works once, for this many days.
ACCOUNTS_INVITATION_DAYS = int(os.environ.get("ACCOUNTS_INVITATION_DAYS", "14"))

# Members and partners log in on the site itself; editors keep the admin's login page.
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:my_networks"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL  # where Wagtail sends an anonymous visitor of a closed page
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
# One address, one account: the e-mail field of the admin's account page is our own panel
# (accounts.wagtail_hooks), which refuses an address another account uses.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "accounts.account_forms.AdminPasswordResetForm"  # noqa: S105 - a class path, no secret

SESSION_COOKIE_AGE = 60 * 60 * 8  # a working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False

# --- Security headers (issue #21; core/security.py) -------------------------------------------
# No page is framed by another site, and the public site frames nothing of its own: DENY.
# Wagtail's preview views answer SAMEORIGIN themselves (the editor's preview iframe).
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# The public site: no inline script or style, nothing from other origins. JSON-LD
# (<script type="application/ld+json">) is a data block, which CSP does not govern.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin (every URL under /admin/, the preview included) writes inline scripts and
# styles, shows uploads as blob: and data: images, and frames its own preview.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Browser features no page of ours uses.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
# The admin asks no other site whether Wagtail is up to date (it would break the policy).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# ----------------------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The admin makes no requests to other sites: no avatars from Gravatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
