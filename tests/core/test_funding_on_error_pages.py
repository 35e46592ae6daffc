"""The ESF and Flemish logos and the co-financing line on the error pages too (issue #22):
404 and 403 through base.html's footer, 500 and the 503 of a database outage (rendered
without the database) through core/includes/funding_static.html."""

from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from pagecache.outage import unavailable_response
from tests import factories
from tests.core.test_footer import STANDARD_LINE, assert_footer, standard_cofinancing_line


def test_the_500_page_carries_both_logos_and_the_line(rf: RequestFactory):
    # Django renders 500.html without context processors: no settings, no database.
    with translation.override("nl"):
        response = server_error(rf.get("/nl/kapot/"))

    assert response.status_code == 500
    assert_footer(response.content.decode(), standard_cofinancing_line())
    assert "/static/img/esf-logo.svg" in response.content.decode()
    assert "/static/img/vlaanderen-logo.svg" in response.content.decode()


def test_the_english_500_page_has_the_english_line(rf: RequestFactory):
    with translation.override("en"):
        response = server_error(rf.get("/en/broken/"))

    assert_footer(response.content.decode(), STANDARD_LINE)


def test_the_503_of_a_database_outage_carries_both_logos(rf: RequestFactory):
    response = unavailable_response(rf.get("/nl/themas/"))

    assert response.status_code == 503
    assert_footer(response.content.decode(), standard_cofinancing_line())


def test_the_403_page_carries_both_logos(login, site_tree):
    outsider = login(factories.UserFactory())

    response = outsider.get(site_tree.intranet.url)

    assert response.status_code == 403
    assert_footer(response.content.decode(), standard_cofinancing_line())


def test_the_404_page_carries_both_logos(client, site_tree):
    response = client.get("/en/does-not-exist/")

    assert response.status_code == 404
    assert_footer(response.content.decode(), STANDARD_LINE)
