"""The production settings module executed in this process (the subprocess tests in
test_production_settings.py show the whole; these reach each branch, and count for coverage)."""

import runpy
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.cms.test_production_settings import PRODUCTION_ENV


@pytest.fixture
def production(monkeypatch):
    """Runs cms/settings/production.py (and base.py) with an operator's environment."""

    def load(**changes: str | None) -> dict:
        for name, value in {**PRODUCTION_ENV, **changes}.items():
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        # base.py reads the environment too: run it afresh, put the old module back after.
        monkeypatch.delitem(sys.modules, "cms.settings.base", raising=False)
        return runpy.run_module("cms.settings.production")

    return load


def test_a_complete_environment(production):
    values = production()
    assert values["DEBUG"] is False
    assert values["SECURE_HSTS_PRELOAD"] is True
    assert values["EMAIL_USE_TLS"] is True
    assert values["LOGGING"]["handlers"]["console"]["formatter"] == "json"
    # Public and private files in two places, chosen by the file's name (privatemedia).
    assert values["STORAGES"]["default"]["BACKEND"] == "privatemedia.storage.MediaStorage"
    assert values["STORAGES"]["public"]["BACKEND"].endswith("FileSystemStorage")
    assert values["STORAGES"]["private"]["BACKEND"].endswith("FileSystemStorage")


def test_flags_can_be_switched_off(production):
    values = production(SECURE_HSTS_PRELOAD="false", SECURE_SSL_REDIRECT="0")
    assert values["SECURE_HSTS_PRELOAD"] is False
    assert values["SECURE_SSL_REDIRECT"] is False


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY must be set"),
        ({"SITE_URL": "http://dkc.example.org"}, "https://"),
        ({"EMAIL_USE_TLS": "misschien"}, "EMAIL_USE_TLS must be true or false"),
        ({"EMAIL_PORT": "vijf"}, "EMAIL_PORT must be a whole number"),
        ({"EMAIL_USE_SSL": "true"}, "not both"),
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be local or s3"),
        ({"MEDIA_STORAGE": "s3"}, "AWS_STORAGE_BUCKET_NAME must be set"),
    ],
)
def test_refusals(production, changes, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        production(**changes)


def test_media_inside_the_static_files_is_refused(production):
    static_root = production()["STATIC_ROOT"]
    with pytest.raises(ImproperlyConfigured, match="outside STATIC_ROOT"):
        production(MEDIA_ROOT=str(static_root / "media"))


def test_s3(production):
    values = production(MEDIA_STORAGE="s3", AWS_STORAGE_BUCKET_NAME="dkc-media")
    options = values["STORAGES"]["public"]["OPTIONS"]
    assert options["bucket_name"] == "dkc-media"
    assert options["default_acl"] == "private"
