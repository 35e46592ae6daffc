"""A thesis prize world: the editorial world (network X plays the mainstream team, network Y
another network, one user per role) with a call page under X, its award event in X's
agenda, and helpers to submit."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone, translation

from tests import factories, worldcache
from tests.editorial.conftest import _build_world
from thesisprize.factories import ThesisCallPageFactory
from thesisprize.services import SubmissionData, submission_create

PDF_BYTES = b"%PDF-1.4\n% a thesis\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def pdf_upload(name: str = "scriptie.pdf", data: bytes = PDF_BYTES) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def submit_url(call) -> str:
    with translation.override(call.locale.language_code):
        return call.url + call.reverse_subpage("submit")


def answers(**overrides) -> dict:
    return {
        "name": "Griet Grutto",
        "email": "griet@example.be",
        "school": "Universiteit Gent",
        "supervisor": "Prof. Pieters",
        "thesis_title": "Maatschappelijk verantwoord ondernemen in kmo's",
        "abstract": "Deze scriptie onderzoekt hoe kleine ondernemingen MVO aanpakken. " * 3,
        "thesis_file": pdf_upload(),
        "consent": "on",
        "website": "",
        **overrides,
    }


def submission_of(call, **overrides):
    values = {
        "name": "Griet Grutto",
        "email": "griet@example.be",
        "school": "Universiteit Gent",
        "supervisor": "Prof. Pieters",
        "thesis_title": "Grutto en MVO",
        "abstract": "Een samenvatting. " * 10,
        **overrides,
    }
    return submission_create(
        call=call,
        data=SubmissionData(**values),
        thesis_file=pdf_upload(),
        language=call.locale.language_code,
        consent=True,
    )


@worldcache.fixture
def thesis_world() -> SimpleNamespace:
    """Built once for consecutive tests that ask for it (tests/worldcache.py); a submission
    and its file are each test's own (`submission_of`, in the test's MEDIA_ROOT)."""
    with worldcache.stored_elsewhere():
        return _build_thesis_world()


@pytest.fixture
def world(thesis_world, media_root) -> SimpleNamespace:
    return thesis_world


def _build_thesis_world() -> SimpleNamespace:
    world = _build_world()
    now = timezone.now()
    world.award_event = factories.EventPageFactory(
        parent=world.network_x,
        title="Uitreiking scriptieprijs",
        event_type="award",
        start=now + timedelta(days=60),
    )
    world.call = ThesisCallPageFactory(
        parent=world.network_x,
        title="Scriptieprijs het EI van MVO",
        deadline=now + timedelta(days=30),
        award_event=world.award_event,
    )
    return world


def client_for(world, role: str) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client
