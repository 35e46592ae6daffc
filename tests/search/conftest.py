import pytest


@pytest.fixture(autouse=True)
def _page_cache_off(request, settings):
    """Most search tests read the rendered context of searches they repeat; the page cache
    would serve the repeat stored. Tests of the cache itself ask for `page_cache`."""
    if "page_cache" not in request.fixturenames:
        settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def page_cache(settings) -> None:
    settings.PAGE_CACHE_ENABLED = True
