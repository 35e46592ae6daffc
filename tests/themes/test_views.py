from tests import factories
from tests.utils import (
    assert_listing_hides_drafts,
    publish_then_draft,
    queries_of_a_fresh_render,
    themes_with_images,
)


def test_theme_index_lists_live_themes_never_drafts(client, site_tree):
    draft = factories.ThemePageFactory(
        parent=site_tree.theme_index, title="Ongepubliceerd thema", live=False
    )
    changed = publish_then_draft(site_tree.mobility, "Duurzame mobiliteit")

    assert_listing_hides_drafts(client, "/nl/themas/", changed, draft)
    assert site_tree.diversity.title in client.get("/nl/themas/").content.decode()


def test_a_theme_page_shows_its_published_version(client, site_tree):
    changed = publish_then_draft(site_tree.mobility, "Duurzame mobiliteit")

    response = client.get(changed.url)

    assert response.status_code == 200
    assert "Duurzame mobiliteit" not in response.content.decode()


def test_a_theme_lists_the_live_projects_tagged_with_it(client, site_tree):
    draft = factories.ProjectPageFactory(
        parent=site_tree.diamond,
        title="Ongepubliceerd project",
        live=False,
        themes=[site_tree.mobility],
    )
    changed = publish_then_draft(site_tree.tracer_project, "Werkend leren herwerkt")

    assert_listing_hides_drafts(client, site_tree.mobility.url, changed, draft)
    content = client.get(site_tree.mobility.url).content.decode()
    assert site_tree.diamond_project.title not in content


def test_a_theme_lists_its_live_knowledge_pages(client, site_tree):
    knowledge = factories.ContentPageFactory(parent=site_tree.mobility, title="Pendelplan")
    draft = factories.ContentPageFactory(
        parent=site_tree.mobility, title="Ongepubliceerde kennispagina", live=False
    )
    changed = publish_then_draft(knowledge, "Pendelplan in tien stappen")

    assert_listing_hides_drafts(client, site_tree.mobility.url, changed, draft)


def test_theme_index_costs_the_same_queries_for_2_and_10_themes_with_images(
    client, home_page, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    themes_with_images(2)
    with_two = queries_of_a_fresh_render(client, "/nl/themas/")
    themes_with_images(8)
    with_ten = queries_of_a_fresh_render(client, "/nl/themas/")

    assert client.get("/nl/themas/").content.decode().count('class="card__image"') == 10
    assert with_ten == with_two
