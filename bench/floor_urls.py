"""The in-process floor of bench_pages behind the site's middleware: bench/floor.py's view at
`/floor/<size>/`, beside the site's own addresses (its middleware names some of them: the
admin's, for the admin's security policy), outside the language-prefixed pages."""

from django.urls import path

from bench.floor import page
from cms.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("floor/<int:size>/", page), *site_urlpatterns]
