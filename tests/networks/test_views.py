from tests import factories
from tests.utils import assert_listing_hides_drafts, publish_then_draft


def test_network_index_lists_live_networks_never_drafts(client, site_tree):
    draft = factories.NetworkPageFactory(
        parent=site_tree.network_index, title="Ongepubliceerd netwerk", live=False
    )
    changed = publish_then_draft(site_tree.diamond, "Diamond vernieuwd")

    assert_listing_hides_drafts(client, "/nl/netwerken/", changed, draft)


def test_a_network_page_lists_its_live_projects_never_drafts(client, site_tree):
    draft = factories.ProjectPageFactory(
        parent=site_tree.tracer, title="Ongepubliceerd project", live=False
    )
    changed = publish_then_draft(site_tree.tracer_project, "Werkend leren herwerkt")

    assert_listing_hides_drafts(client, site_tree.tracer.url, changed, draft)
    content = client.get(site_tree.tracer.url).content.decode()
    assert site_tree.diamond_project.title not in content


def test_a_network_page_shows_its_contact_and_themes(client, site_tree):
    content = client.get(site_tree.tracer.url).content.decode()

    assert site_tree.tracer.coordinator_name in content
    assert site_tree.tracer.contact_email in content
    assert site_tree.mobility.title in content


def test_a_draft_project_page_is_not_found(client, site_tree):
    draft = factories.ProjectPageFactory(parent=site_tree.tracer, live=False)

    assert client.get(draft.url).status_code == 404
