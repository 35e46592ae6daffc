"""The floor of bench_pages: the cheapest Django page there is, served like the site.

Settings, URLs and view in one module (DJANGO_SETTINGS_MODULE=bench.floor): no app, no
middleware, no database, no template. `/<size>/` answers `size` bytes of HTML, so each public
page is compared with a page of its own size under the same gunicorn configuration
(`gunicorn -c gunicorn.conf.py bench.floor_wsgi`). Whatever a page costs above this is ours.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path

DEBUG = False
SECRET_KEY = "bench-floor-only"  # noqa: S105 - serves padding on loopback, nothing else
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.floor"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_I18N = False
USE_TZ = True
LOGGING_CONFIG = None

_CHUNK = b"<p>" + b"x" * 60 + b"</p>\n"


def page(request: HttpRequest, size: int) -> HttpResponse:
    body = (_CHUNK * (size // len(_CHUNK) + 1))[:size]
    return HttpResponse(body, content_type="text/html; charset=utf-8")


urlpatterns = [path("<int:size>/", page)]
