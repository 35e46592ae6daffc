"""The WSGI application of the floor (bench/floor.py), for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.floor")
application = get_wsgi_application()
