"""Test settings: fast hashing, in-memory mail, plain static storage."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
SITE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = SITE_URL
# Login rate limiting is switched on in the tests that are about it.
AXES_ENABLED = False
# Each search written to the search log at once (the tests of the buffer set it).
SEARCH_LOG_WRITE_SECONDS = 0
# Uploaded files of the tests (and the demo loader's documents) stay out of the repository.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "dkc-mvo-test-media"
PRIVATE_MEDIA_ROOT = Path(tempfile.gettempdir()) / "dkc-mvo-test-private-media"
