"""The production settings, loaded in a fresh process with an operator's environment:
`check --deploy` is clean, every service comes from the environment, nothing is defaulted
that must not be."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What an operator sets (docs/deploy.md); the values only need to parse.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "k" * 20 + "-Zq8!vR3#mW7$pL2^nB5&xT9*cF4(hJ6)dK1",
    "ALLOWED_HOSTS": "dkc.example.org,www.dkc.example.org",
    "DATABASE_URL": "postgres://dkc:secret@db.internal:5432/dkc",
    "SITE_URL": "https://dkc.example.org",
    "REDIS_URL": "redis://cache.internal:6379/1",
    "TRUSTED_PROXY_COUNT": "1",
    "EMAIL_HOST": "smtp.example.org",
    "EMAIL_PORT": "587",
    "EMAIL_HOST_USER": "dkc",
    "EMAIL_HOST_PASSWORD": "mail-secret",
    "EMAIL_USE_TLS": "true",
    "MEDIA_ROOT": "/srv/dkc/media",
    "PRIVATE_MEDIA_ROOT": "/srv/dkc/private-media",
}

# The settings alone, without django.setup(): no app (or storage backend) is imported.
READ_SETTINGS = """
import json
from django.conf import settings
names = {names!r}
print(json.dumps({{name: getattr(settings, name, None) for name in names}}, default=str))
"""


def _environment(**changes: str | None) -> dict[str, str]:
    # Only what a shell would have, plus the operator's variables: nothing from the tests.
    environment = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", str(ROOT))}
    environment.update(PRODUCTION_ENV)
    for name, value in changes.items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return environment


def run(args: list[str], **changes: str | None) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, *args],
        cwd=ROOT,
        env=_environment(**changes),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def production_settings(*names: str, **changes: str | None) -> dict:
    result = run(["-c", READ_SETTINGS.format(names=names)], **changes)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_is_clean_with_production_settings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL"])
def test_production_refuses_to_start_without(missing):
    result = run(["manage.py", "check"], **{missing: None})
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_refuses_a_plain_http_site_address():
    result = run(["manage.py", "check"], SITE_URL="http://dkc.example.org")
    assert result.returncode != 0
    assert "https://" in result.stderr


def test_services_and_https_come_from_the_environment():
    values = production_settings(
        "DEBUG",
        "ALLOWED_HOSTS",
        "DATABASES",
        "CACHES",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS",
        "WAGTAILADMIN_BASE_URL",
        "CSRF_TRUSTED_ORIGINS",
        "SECURE_PROXY_SSL_HEADER",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "MEDIA_ROOT",
    )
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["dkc.example.org", "www.dkc.example.org"]
    database = values["DATABASES"]["default"]
    assert (database["HOST"], database["NAME"], database["USER"]) == (
        "db.internal",
        "dkc",
        "dkc",
    )
    # A database that refuses, hangs on connect or vanishes under a kept connection gives
    # up within seconds (a 503 or the stored page), never a worker waiting for minutes.
    options = database["OPTIONS"]
    assert options["connect_timeout"] == 5
    assert options["tcp_user_timeout"] == 10_000
    assert options["keepalives"] == 1
    assert database["CONN_HEALTH_CHECKS"] is True
    cache = values["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://cache.internal:6379/1"
    assert (values["EMAIL_HOST"], values["EMAIL_PORT"], values["EMAIL_USE_TLS"]) == (
        "smtp.example.org",
        587,
        True,
    )
    assert (values["EMAIL_HOST_USER"], values["EMAIL_HOST_PASSWORD"]) == ("dkc", "mail-secret")
    assert values["WAGTAILADMIN_BASE_URL"] == "https://dkc.example.org"
    assert values["CSRF_TRUSTED_ORIGINS"] == [
        "https://dkc.example.org",
        "https://www.dkc.example.org",
    ]
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    assert values["SESSION_COOKIE_SECURE"] and values["SESSION_COOKIE_HTTPONLY"]
    assert values["CSRF_COOKIE_SECURE"]
    assert values["MEDIA_ROOT"] == "/srv/dkc/media"


def test_a_wrong_flag_is_refused_not_read_as_false():
    result = run(["manage.py", "check"], EMAIL_USE_TLS="ja")
    assert result.returncode != 0
    assert "EMAIL_USE_TLS must be true or false" in result.stderr


def test_the_search_backend_is_switched_by_setting_only():
    values = production_settings(
        "WAGTAILSEARCH_BACKENDS",
        SEARCH_BACKEND="wagtail.search.backends.opensearch2",
        SEARCH_BACKEND_URL="https://search.internal:9200",
        SEARCH_INDEX="dkc_prod",
    )
    assert values["WAGTAILSEARCH_BACKENDS"]["default"] == {
        "BACKEND": "wagtail.search.backends.opensearch2",
        "URLS": ["https://search.internal:9200"],
        "INDEX": "dkc_prod",
    }
    default = production_settings("WAGTAILSEARCH_BACKENDS")
    # Wagtail's database backend, through search/backend.py (a cheaper PostgreSQL statement).
    assert default["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == "search.backend"


def test_logs_are_json_lines():
    script = (
        "import django, logging; django.setup(); "
        "logging.getLogger('dkc.test').warning('stored %s', 'file')"
    )
    result = run(["-c", script])
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    entry = next(line for line in lines if line["logger"] == "dkc.test")
    assert entry["level"] == "WARNING"
    assert entry["message"] == "stored file"
    assert entry["time"].endswith("+00:00")


def test_stored_files_lie_outside_what_is_served_directly():
    values = production_settings(
        "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "STATIC_ROOT", "MEDIA_URL", "STORAGES"
    )
    media_root, static_root = Path(values["MEDIA_ROOT"]), Path(values["STATIC_ROOT"])
    private_root = Path(values["PRIVATE_MEDIA_ROOT"])
    # WhiteNoise serves STATIC_ROOT without a check; every upload, private or public, is
    # elsewhere and reached only through privatemedia's view under MEDIA_URL; private files
    # in a place of their own, outside MEDIA_ROOT.
    assert not media_root.is_relative_to(static_root)
    assert not static_root.is_relative_to(media_root)
    assert private_root == Path("/srv/dkc/private-media")
    assert not private_root.is_relative_to(media_root)
    assert values["STORAGES"]["default"]["BACKEND"] == "privatemedia.storage.MediaStorage"
    assert values["STORAGES"]["public"]["BACKEND"].endswith("FileSystemStorage")
    assert values["STORAGES"]["private"]["BACKEND"] == (
        "privatemedia.storage.PrivateFileSystemStorage"
    )
    result = run(
        [
            "manage.py",
            "shell",
            "-c",
            "from django.urls import resolve; print(resolve('/media/documents/x.pdf').url_name)",
        ]
    )
    assert result.stdout.strip().splitlines()[-1] == "media_file"


def test_production_refuses_media_inside_the_static_files(tmp_path):
    result = run(["manage.py", "check"], MEDIA_ROOT=str(ROOT / "staticfiles" / "media"))
    assert result.returncode != 0
    assert "MEDIA_ROOT must lie outside STATIC_ROOT" in result.stderr


@pytest.mark.parametrize(
    "private_root", ["/srv/dkc/media/private", "/srv/dkc", str(ROOT / "staticfiles" / "private")]
)
def test_production_refuses_private_files_inside_or_around_the_public_ones(private_root):
    result = run(["manage.py", "check"], PRIVATE_MEDIA_ROOT=private_root)
    assert result.returncode != 0
    assert "PRIVATE_MEDIA_ROOT must lie outside MEDIA_ROOT and STATIC_ROOT" in result.stderr


def test_media_on_s3_compatible_storage_is_a_private_bucket():
    values = production_settings(
        "STORAGES",
        "MEDIA_URL",
        "WAGTAILDOCS_SERVE_METHOD",
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="dkc-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_ACCESS_KEY_ID="id",
        AWS_SECRET_ACCESS_KEY="secret",
    )
    assert values["STORAGES"]["default"]["BACKEND"] == "privatemedia.storage.MediaStorage"
    public, private = values["STORAGES"]["public"], values["STORAGES"]["private"]
    for storage in (public, private):
        assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
        assert storage["OPTIONS"]["bucket_name"] == "dkc-media"
        assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example.org"
        assert storage["OPTIONS"]["default_acl"] == "private"
    # Private files apart: their own folder of the bucket (or their own bucket).
    assert public["OPTIONS"]["location"] == "media"
    assert private["OPTIONS"]["location"] == "private-media"
    # Still our address and our checked view, never a link into the bucket.
    assert values["MEDIA_URL"] == "/media/"
    assert values["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"


def test_private_files_on_s3_may_have_their_own_bucket():
    values = production_settings(
        "STORAGES",
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="dkc-media",
        AWS_PRIVATE_STORAGE_BUCKET_NAME="dkc-private",
    )
    assert values["STORAGES"]["public"]["OPTIONS"]["bucket_name"] == "dkc-media"
    assert values["STORAGES"]["private"]["OPTIONS"]["bucket_name"] == "dkc-private"


@pytest.mark.parametrize("private_location", ["media", "/media/", "media/private"])
def test_private_files_on_s3_never_share_the_public_folder(private_location):
    result = run(
        ["manage.py", "check"],
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="dkc-media",
        AWS_PRIVATE_LOCATION=private_location,
    )
    assert result.returncode != 0
    assert "Private files need their own place" in result.stderr


def test_s3_without_a_bucket_is_refused():
    result = run(["manage.py", "check"], MEDIA_STORAGE="s3")
    assert result.returncode != 0
    assert "AWS_STORAGE_BUCKET_NAME must be set" in result.stderr


def test_health_is_answered_over_plain_http_and_pages_are_redirected(tmp_path):
    script = (
        "from django.test import Client; client = Client(HTTP_HOST='dkc.example.org'); "
        "health = client.get('/healthz'); page = client.get('/nl/'); "
        "print(health.status_code, page.status_code, page.get('Location'))"
    )
    result = run(
        ["manage.py", "shell", "-c", script],
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        REDIS_URL="",
        TRUSTED_PROXY_COUNT="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["200", "301", "https://dkc.example.org/nl/"]
