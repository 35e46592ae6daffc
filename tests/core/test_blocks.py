from django.utils import translation
from django.utils.translation import gettext

from tests import factories

KO_GO_BODY = [
    {
        "type": "ko_go",
        "value": {
            "shared": "<p>Een mobiliteitsplan begint bij weten hoe iedereen pendelt.</p>",
            "ko": "<p>In een kleine firma vraagt de zaakvoerder het op een teamoverleg.</p>",
            "go": "<p>Een grote organisatie bevraagt per vestiging, met de ondernemingsraad.</p>",
        },
    }
]


def test_ko_go_block_shows_shared_text_and_both_labelled_nuances(client, home_page):
    theme = factories.ThemePageFactory(title="Mobiliteit", body=KO_GO_BODY)

    content = client.get(theme.url).content.decode()

    shared = content.index("Een mobiliteitsplan begint bij weten hoe iedereen pendelt.")
    small = content.index("In een kleine firma vraagt de zaakvoerder het op een teamoverleg.")
    large = content.index("Een grote organisatie bevraagt per vestiging, met de ondernemingsraad.")
    assert shared < small < large
    with translation.override("nl"):
        ko_label = gettext("For small organisations (KO)")
        go_label = gettext("For large organisations (GO)")
    assert "KO" in ko_label and "GO" in go_label
    assert content.index(ko_label) < small
    assert small < content.index(go_label) < large


def test_ko_go_block_without_nuances_shows_only_the_shared_text(client, home_page):
    body = [{"type": "ko_go", "value": {"shared": "<p>Voor iedereen gelijk.</p>"}}]
    theme = factories.ThemePageFactory(body=body)

    content = client.get(theme.url).content.decode()

    assert "Voor iedereen gelijk." in content
    with translation.override("nl"):
        assert gettext("For small organisations (KO)") not in content
        assert gettext("For large organisations (GO)") not in content
