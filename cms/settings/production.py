"""Production: every secret, host and service comes from the environment (docs/deploy.md).

`manage.py check --deploy --fail-level WARNING` passes with these settings and a complete
environment (tests/cms/test_production_settings.py).
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, "").strip() or default)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number.") from error


for required in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL"):
    if not os.environ.get(required):
        raise ImproperlyConfigured(f"{required} must be set in the environment for production.")

if not SITE_URL.startswith("https://"):  # noqa: F405
    raise ImproperlyConfigured("SITE_URL must be the site's https:// address in production.")

DEBUG = False

# --- HTTPS, behind a reverse proxy -------------------------------------------------------------
# The proxy terminates TLS and tells the site with `X-Forwarded-Proto: https`. It must set
# (not append) that header on every request, or a visitor could claim HTTPS themselves:
# nginx `proxy_set_header X-Forwarded-Proto $scheme;`, Caddy does so by itself.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _env_flag("SECURE_SSL_REDIRECT", True)
# /healthz is asked by the load balancer over plain HTTP, inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = _env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# The header allows preloading; putting the domain on browsers' list is a separate step.
SECURE_HSTS_PRELOAD = _env_flag("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]  # noqa: F405

# --- Database ----------------------------------------------------------------------------------
# DATABASE_URL (base.py reads it with dj-database-url); required above.

# --- Cache and sessions ------------------------------------------------------------------------
# REDIS_URL: base.py makes it the default cache (rate limits, and the page cache of issue #21).
# Sessions stay in the database: shared by every app server without Redis.

# --- Mail --------------------------------------------------------------------------------------
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _env_flag("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _env_flag("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = _env_int("EMAIL_TIMEOUT", 30)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("Set EMAIL_USE_TLS or EMAIL_USE_SSL, not both.")

# --- Stored files ------------------------------------------------------------------------------
# MEDIA_STORAGE=local (default): public uploads in MEDIA_ROOT, private ones (a closed area's
# collection) in PRIVATE_MEDIA_ROOT, outside it. MEDIA_STORAGE=s3: private buckets of any
# S3-compatible service (django-storages; install boto3), private files in their own bucket
# (AWS_PRIVATE_STORAGE_BUCKET_NAME) or their own folder of the same bucket. Either way every
# file is streamed through privatemedia's checked view: no web server or CDN serves them
# directly, and the "default" storage routes each file (privatemedia/storage.py).
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "local").strip().lower()
if MEDIA_STORAGE == "s3":
    for required in ("AWS_STORAGE_BUCKET_NAME",):
        if not os.environ.get(required):
            raise ImproperlyConfigured(f"{required} must be set when MEDIA_STORAGE=s3.")

    def _s3_storage(*, bucket: str, location: str) -> dict:
        return {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
                "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
                "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
                "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
                # Never a public object or a signed link: files go through our view only.
                "default_acl": "private",
                "querystring_auth": True,
                "file_overwrite": False,
                "location": location,
            },
        }

    _public_bucket = os.environ["AWS_STORAGE_BUCKET_NAME"]
    _public_location = os.environ.get("AWS_LOCATION", "media").strip("/")
    _private_bucket = os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME") or _public_bucket
    _private_location = (os.environ.get("AWS_PRIVATE_LOCATION") or "private-media").strip("/")
    if _private_bucket == _public_bucket and (
        _private_location == _public_location
        or not _public_location
        or _private_location.startswith(_public_location + "/")
        or _public_location.startswith(_private_location + "/")
    ):
        raise ImproperlyConfigured(
            "Private files need their own place: AWS_PRIVATE_STORAGE_BUCKET_NAME, or an "
            "AWS_PRIVATE_LOCATION beside (not inside) AWS_LOCATION in the same bucket."
        )
    STORAGES["public"] = _s3_storage(bucket=_public_bucket, location=_public_location)  # noqa: F405
    STORAGES["private"] = _s3_storage(bucket=_private_bucket, location=_private_location)  # noqa: F405
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be local or s3, not {MEDIA_STORAGE!r}.")
else:
    _media, _private, _static = (
        Path(MEDIA_ROOT).resolve(),  # noqa: F405
        Path(PRIVATE_MEDIA_ROOT).resolve(),  # noqa: F405
        Path(STATIC_ROOT).resolve(),  # noqa: F405
    )
    if _media.is_relative_to(_static):
        raise ImproperlyConfigured("MEDIA_ROOT must lie outside STATIC_ROOT.")
    if any(
        _private.is_relative_to(other) or other.is_relative_to(_private)
        for other in (_media, _static)
    ):
        raise ImproperlyConfigured(
            "PRIVATE_MEDIA_ROOT must lie outside MEDIA_ROOT and STATIC_ROOT (and hold neither)."
        )

# --- Logging: JSON lines on standard error (gunicorn and systemd/journald collect them) ------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s %(process)d",
            "rename_fields": {"levelname": "level", "name": "logger"},
            # ISO 8601 in UTC, under "time".
            "timestamp": "time",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django logs every 4xx/5xx here; the proxy's access log already has the 4xx.
        "django.request": {"level": "ERROR", "propagate": True},
        "django.security.DisallowedHost": {"level": "ERROR", "propagate": True},
    },
}
