"""The student's side of the thesis prize: the form's checks (each field, the PDF's type and
size), closing by itself at the deadline, the confirmation mail, and where a submission is
kept (its own model and the network's private collection, never a page)."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, ModelLogEntry

from access.rules import documents_public
from thesisprize.models import ThesisSubmission
from thesisprize.services import (
    SUBMISSION_CREATED_LOG_ACTION,
    thesis_collection_name,
)
from translations.services import page_translation_save

from .conftest import PDF_BYTES, answers, pdf_upload, submit_url

pytestmark = pytest.mark.django_db


def post(client, call, **overrides):
    return client.post(submit_url(call), answers(**overrides))


def test_the_form_is_shown_on_its_sub_route_and_never_cached(client, world):
    response = client.get(submit_url(world.call))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]


def test_the_call_page_links_the_form_and_the_award_event(client, world):
    response = client.get(world.call.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert world.call.reverse_subpage("submit") in html
    assert world.award_event.url in html
    assert "Uitreiking scriptieprijs" in html
    # The page itself carries no form: it stays cacheable for anonymous readers.
    assert 'name="csrfmiddlewaretoken"' not in html


def test_a_valid_submission_is_stored_privately_and_confirmed(client, world):
    response = post(client, world.call)
    assert response.status_code == 200
    assert "your thesis has been received" in response.content.decode() or (
        "scriptie is goed ontvangen" in response.content.decode()
    )
    submission = ThesisSubmission.objects.get()
    assert submission.call_key == world.call.translation_key
    assert submission.name == "Griet Grutto"
    assert submission.school == "Universiteit Gent"
    assert submission.supervisor == "Prof. Pieters"
    assert submission.consent_at is not None
    document = submission.document
    # The PDF: in X's thesis collection, restricted to X's editors and the coordinators.
    assert document.collection.name == thesis_collection_name(
        network_collection=world.access_x.collection
    )
    assert document.collection.get_parent().pk == world.access_x.collection_id
    restriction = CollectionViewRestriction.objects.get(collection=document.collection)
    assert set(restriction.groups.all()) == {
        world.access_x.editors,
        world.coordinator.groups.get(),
    }
    with document.file.open("rb") as stored:
        assert stored.read() == PDF_BYTES
    # Neither the document's title nor its file name names the student.
    assert "grutto" not in document.title.lower()
    assert "grutto" not in document.file.name.lower()
    # Never in a public listing or the site search.
    assert not documents_public(get_document_model().objects.filter(pk=document.pk)).exists()
    # Nothing of it in the call page's fields or revisions.
    world.call.refresh_from_db()
    for revision in world.call.revisions.all():
        assert "Grutto" not in str(revision.content)
    entry = ModelLogEntry.objects.get(action=SUBMISSION_CREATED_LOG_ACTION)
    assert "Grutto" not in str(entry.data)


def test_the_confirmation_mail_goes_to_the_student_in_the_calls_language(client, world):
    post(client, world.call)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["griet@example.be"]
    assert "Scriptieprijs het EI van MVO" in message.subject
    assert "Griet Grutto" in message.body
    assert "Maatschappelijk verantwoord ondernemen in kmo's" in message.body
    # The award event, with its date and link.
    assert "Uitreiking scriptieprijs" in message.body
    assert world.award_event.full_url in message.body
    assert "Griet Grutto" in message.body


REQUIRED = [
    ("name", "Vul uw naam in."),
    ("email", "Vul uw e-mailadres in."),
    ("school", "Vul uw school of universiteit in."),
    ("supervisor", "Vul de naam van uw promotor in."),
    ("thesis_title", "Vul de titel van uw scriptie in."),
    ("abstract", "Vul een samenvatting van uw scriptie in."),
    ("consent", "Geef uw toestemming voor het gebruik van uw gegevens om deel te nemen."),
]


@pytest.mark.parametrize(("field", "message"), REQUIRED)
def test_each_required_field_is_asked_for_beside_it(client, world, field, message):
    response = post(client, world.call, **{field: ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert f'id="id_{field}_error"' in html
    if field != "consent":
        assert re.search(f'aria-describedby="[^"]*id_{field}_error', html)
    assert 'role="alert"' in html
    assert not ThesisSubmission.objects.exists()
    assert not get_document_model().objects.exists()
    assert mail.outbox == []


def test_a_missing_file_is_asked_for(client, world):
    data = answers()
    del data["thesis_file"]
    response = client.post(submit_url(world.call), data)
    assert "Kies het pdf-bestand van uw scriptie." in response.content.decode()
    assert not ThesisSubmission.objects.exists()


def test_a_bad_email_address_is_explained(client, world):
    response = post(client, world.call, email="griet-at-example")
    assert "Vul een geldig e-mailadres in, zoals naam@voorbeeld.be." in response.content.decode()
    assert not ThesisSubmission.objects.exists()


@pytest.mark.parametrize(
    ("abstract", "message"),
    [
        ("Te kort.", "De samenvatting is te kort: minstens 100 tekens (ze telt er 8)."),
        ("x" * 3001, "De samenvatting is te lang: hoogstens 3000 tekens (ze telt er 3001)."),
    ],
)
def test_the_abstracts_length_is_limited(client, world, abstract, message):
    response = post(client, world.call, abstract=abstract)
    assert message in response.content.decode()
    assert not ThesisSubmission.objects.exists()


def test_a_file_that_is_not_a_pdf_is_refused_by_its_content(client, world):
    fake = pdf_upload(name="scriptie.pdf", data=b"PK\x03\x04 a zip file, renamed")
    response = post(client, world.call, thesis_file=fake)
    assert "Dit bestand is geen pdf." in response.content.decode()
    assert not ThesisSubmission.objects.exists()
    assert not get_document_model().objects.exists()


def test_a_file_without_the_pdf_extension_is_refused(client, world):
    response = post(client, world.call, thesis_file=pdf_upload(name="scriptie.docx"))
    assert "Alleen een pdf-bestand wordt aanvaard" in response.content.decode()
    assert not ThesisSubmission.objects.exists()


def test_a_file_that_is_too_large_is_refused(client, world, settings):
    settings.THESISPRIZE_PDF_MAX_BYTES = 1024
    response = post(client, world.call, thesis_file=pdf_upload(data=PDF_BYTES + b"0" * 2000))
    html = response.content.decode()
    assert "Het bestand is te groot" in html
    assert "hoogstens 1,0\xa0KB wordt aanvaard" in html
    assert not ThesisSubmission.objects.exists()
    assert not get_document_model().objects.exists()


def english(page, title: str, slug: str):
    return page_translation_save(page=page, strings={"title": title, "slug": slug})


def test_the_english_call_shares_the_submissions_and_speaks_english(client, world):
    english(world.home, "Home", "home")
    english(world.network_x.get_parent(), "Networks", "networks")
    english(world.network_x, "Tracer", "tracer")
    call = english(world.call, "Thesis prize", "thesis-prize")
    response = client.post(submit_url(call), answers(name="", thesis_file=pdf_upload("a.txt")))
    html = response.content.decode()
    assert "Please enter your name." in html
    assert "Only a PDF file is accepted (its name ends in .pdf)." in html
    client.post(submit_url(call), answers())
    submission = ThesisSubmission.objects.get()
    assert submission.call_key == world.call.translation_key
    assert submission.language == "en"
    assert "We have received your thesis" in mail.outbox[0].body


# --- Closing at the deadline ------------------------------------------------------------------


@pytest.fixture
def just_after_deadline(world, monkeypatch):
    moment = world.call.deadline + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return moment


@pytest.fixture
def just_before_deadline(world, monkeypatch):
    moment = world.call.deadline - timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return moment


def test_just_before_the_deadline_the_form_takes_a_submission(client, world, just_before_deadline):
    assert 'type="file"' in client.get(submit_url(world.call)).content.decode()
    post(client, world.call)
    assert ThesisSubmission.objects.count() == 1


def test_after_the_deadline_get_shows_the_call_closed(client, world, just_after_deadline):
    response = client.get(submit_url(world.call))
    assert response.status_code == 200
    html = response.content.decode()
    assert "De inzendingen voor deze prijs zijn afgesloten." in html
    assert 'type="file"' not in html
    page = client.get(world.call.url).content.decode()
    assert "De inzendingen voor deze prijs zijn afgesloten." in page
    assert world.call.reverse_subpage("submit") not in page


def test_a_post_after_the_deadline_stores_and_mails_nothing(client, world, just_after_deadline):
    response = post(client, world.call)
    assert response.status_code == 200
    assert "De inzendingen voor deze prijs zijn afgesloten." in response.content.decode()
    assert not ThesisSubmission.objects.exists()
    assert not get_document_model().objects.exists()
    assert mail.outbox == []


def test_the_call_page_is_not_kept_in_shared_caches_just_before_the_deadline(
    client, world, monkeypatch, settings
):
    margin = settings.PAGE_CACHE_SECONDS + settings.PAGE_CACHE_MAX_AGE
    monkeypatch.setattr(
        timezone, "now", lambda: world.call.deadline - timedelta(seconds=margin - 5)
    )
    assert "no-store" in client.get(world.call.url)["Cache-Control"]
    monkeypatch.setattr(
        timezone, "now", lambda: world.call.deadline - timedelta(seconds=margin + 60)
    )
    assert "no-store" not in client.get(world.call.url).get("Cache-Control", "")


def test_a_filled_honeypot_stores_nothing(client, world):
    response = post(client, world.call, website="https://spam.example")
    assert response.status_code == 200
    assert not ThesisSubmission.objects.exists()
    assert mail.outbox == []


def test_too_many_submissions_from_one_address_are_refused(client, world, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "thesis_submission_address": (1, 3600)}
    post(client, world.call)
    response = post(client, world.call, email="tweede@example.be")
    assert response.status_code == 429
    assert ThesisSubmission.objects.count() == 1
