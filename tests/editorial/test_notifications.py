"""Workflow e-mail: in Dutch, with the links a coordinator needs, and never about one's own act."""

from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page

from tests import factories
from tests.utils import page_decide, page_submit

BASE_URL = "http://testserver"


def mail_to(mailoutbox, user) -> list:
    return [message for message in mailoutbox if user.email in message.to]


def test_a_submission_mails_the_coordinators_in_dutch_with_review_and_compare_links(
    world, mailoutbox
):
    Page.objects.get(pk=world.project_x.pk).specific.save_revision(user=world.coordinator).publish()
    mailoutbox.clear()

    page = page_submit(world.project_x, world.editor_x, title="Werkend leren & stage")

    (message,) = mail_to(mailoutbox, world.coordinator)
    assert message.subject == 'Ter goedkeuring: "Werkend leren & stage"'
    body = message.body
    assert body.startswith("Hallo ")  # Wagtail's own greeting, in the coordinator's Dutch
    assert 'De pagina "Werkend leren & stage" is ingediend ter goedkeuring' in body
    assert world.editor_x.get_full_name() in body
    review_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    compare_url = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[page.pk, "live", page.get_latest_revision().pk],
    )
    assert f"Beoordelen (goedkeuren of afwijzen): {BASE_URL}{review_url}" in body
    assert f"Vergelijken met de live versie: {BASE_URL}{compare_url}" in body
    assert "Pas je notificatievoorkeuren hier aan" in body
    assert not mail_to(mailoutbox, world.editor_x)


def test_a_new_page_submission_says_there_is_no_live_version_yet(world, mailoutbox):
    new_page = factories.ContentPageFactory(parent=world.network_x, title="Oproep")
    new_page.unpublish()

    page_submit(new_page, world.editor_x)

    (message,) = mail_to(mailoutbox, world.coordinator)
    assert "nieuwe pagina; er is nog geen live versie" in message.body
    assert "/revisions/compare/" not in message.body


def test_the_submitter_gets_the_approval_with_the_coordinators_comment(world, mailoutbox):
    page_submit(world.project_x, world.editor_x)
    mailoutbox.clear()

    page_decide(world.project_x, world.coordinator, "approve", comment="Mooi werk, gepubliceerd.")

    (message,) = mailoutbox
    assert message.to == [world.editor_x.email]
    assert message.subject.startswith("Goedgekeurd:")
    assert "is goedgekeurd" in message.body
    assert world.coordinator.get_full_name() in message.body
    assert 'Opmerking: "Mooi werk, gepubliceerd."' in message.body


def test_the_submitter_gets_the_rejection_with_the_coordinators_comment(world, mailoutbox):
    page = page_submit(world.project_x, world.editor_x)
    mailoutbox.clear()

    page_decide(page, world.coordinator, "reject", comment="Graag een bron vermelden.")

    (message,) = mailoutbox
    assert message.to == [world.editor_x.email]
    assert message.subject.startswith("Afgewezen:")
    assert "is niet goedgekeurd" in message.body
    assert 'Opmerking: "Graag een bron vermelden."' in message.body
    assert f"{BASE_URL}{reverse('wagtailadmin_pages:edit', args=[page.pk])}" in message.body


def test_a_coordinator_is_not_mailed_about_their_own_submission_or_decision(world, mailoutbox):
    colleague = factories.CoordinatorFactory(username="coordinator-2")
    factories.UserFactory(username="beheer", superuser=True)  # superusers get no workflow mail

    page_submit(world.project_x, world.coordinator)

    assert [message.to for message in mailoutbox] == [[colleague.email]]
    mailoutbox.clear()

    page_decide(world.project_x, world.coordinator, "approve")

    assert mailoutbox == []


@override_settings(WAGTAILADMIN_NOTIFICATION_USE_HTML=True)
def test_the_html_mails_carry_the_same_links_and_comment(world, mailoutbox):
    Page.objects.get(pk=world.project_x.pk).specific.save_revision(user=world.coordinator).publish()
    page = page_submit(world.project_x, world.editor_x)
    page_decide(page, world.coordinator, "reject", comment="Graag een bron vermelden.")

    submitted, rejected = (message.alternatives[0].content for message in mailoutbox)
    compare_url = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[page.pk, "live", page.get_latest_revision().pk],
    )
    assert f'href="{BASE_URL}{compare_url}"' in submitted
    assert "Vergelijken met de live versie" in submitted
    assert "Graag een bron vermelden." in rejected
