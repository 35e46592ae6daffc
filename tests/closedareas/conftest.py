"""A site whose closed areas hold words found nowhere else, to look for them where they must
not be.

Network X (Tracer) has an intranet, an extranet, a page below its intranet and a document in
its intranet collection; each carries its own unique words. A public control page carries
words built the same way, so a check that finds nothing is known to be able to find them.
"""

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.rich_text import RichText

from networks.models import ClosedAreaPage
from privatemedia.selectors import closed_area_collections_for
from tests import factories
from tests.editorial.conftest import _build_world

# Each closed place's words, as titles and texts show them.
INTRANET_TITLE = "Intranet Geheimwoord-Zebra"
INTRANET_TEXT = "kwartelkoning-intranet"
EXTRANET_TITLE = "Extranet Schuilnaam-Okapi"
EXTRANET_TEXT = "roerdomp-extranet"
CHILD_TITLE = "Notulen Binnenkamer-Narwal"
CHILD_TEXT = "wielewaal-kindpagina"
DOCUMENT_TITLE = "Pelikaanverslag-vertrouwelijk"
DOCUMENT_CONTENT = b"zeearend-bestandsinhoud: de begroting van het netwerk"
# The distinctive parts of the words above (lower case): none may appear where the closed
# places must not show. Slugs and file names are plain on purpose ("intranet", "notulen").
SECRETS = (
    "geheimwoord",
    "zebra",
    "kwartelkoning",
    "schuilnaam",
    "okapi",
    "roerdomp",
    "binnenkamer",
    "narwal",
    "wielewaal",
    "pelikaanverslag",
    "zeearend",
)
# A public page with words of the same make: the positive control.
CONTROL_TITLE = "Openbaar Lepelaar-Giraf"
CONTROL_TEXT = "grutto-publiek"


# Random values a response carries: a CSP nonce (letters, digits, "-" and "_"), a CSRF token
# (64 letters and digits of both cases). A secret word inside one is chance, not a leak: a
# CSRF token once read "...TeKWswulpHFg2...", and "wulp" is a secret (test_admin_leaks.py).
# A run of 20 or more letters and digits with capitals, small letters and a digit is taken
# as random; no title, slug or file name of the worlds is one.
NONCE = re.compile(r'\bnonce="[^"]*"')
RANDOM_RUN = re.compile(
    r"\b(?=[a-z0-9]*[A-Z])(?=[A-Z0-9]*[a-z])(?=[A-Za-z]*[0-9])[A-Za-z0-9]{20,}\b"
)


def without_random_values(text: str) -> str:
    """`text` without its nonces and random tokens, each put as "(random)"."""
    return RANDOM_RUN.sub("(random)", NONCE.sub('nonce="(random)"', text))


def secrets_in(text: str) -> list[str]:
    """The secret words found in `text`, case-insensitively, outside its random values."""
    lowered = without_random_values(text).lower()
    return [secret for secret in SECRETS if secret in lowered]


def build_leak_world() -> SimpleNamespace:
    world = _build_world()
    world.project_x.themes.set([world.theme])
    world.project_x.save()
    world.agenda = factories.EventIndexPageFactory(parent=world.home)
    world.event_x = factories.EventPageFactory(
        parent=world.network_x,
        title="Studiedag Tracer",
        start=timezone.now() + timedelta(days=10),
    )
    world.agenda_event = factories.EventPageFactory(parent=world.agenda, title="Roadshow")
    world.news_index = factories.NewsIndexPageFactory(parent=world.home)
    world.news = factories.NewsPageFactory(parent=world.news_index, title="Nieuwe folder")
    world.control = factories.ContentPageFactory(
        parent=world.home, title=CONTROL_TITLE, slug="openbaar", intro=f"Over {CONTROL_TEXT}."
    )

    world.collections_x = closed_area_collections_for(access=world.access_x)
    world.document = factories.DocumentFactory(
        title=DOCUMENT_TITLE,
        file__filename="notulen.txt",
        file__data=DOCUMENT_CONTENT,
        collection=world.collections_x[ClosedAreaPage.INTRANET],
    )

    world.intranet = world.intranet_x
    world.intranet.title = INTRANET_TITLE
    world.intranet.intro = f"Alleen voor leden: {INTRANET_TEXT}."
    world.intranet.body = [
        (
            "paragraph",
            RichText(
                f"<p>Het verslag {INTRANET_TEXT}: "
                f'<a linktype="document" id="{world.document.pk}">download</a></p>'
            ),
        )
    ]
    world.intranet.save_revision().publish()
    world.extranet = world.extranet_x
    world.extranet.title = EXTRANET_TITLE
    world.extranet.intro = f"Voor partners: {EXTRANET_TEXT}."
    world.extranet.body = [("paragraph", RichText(f"<p>Afspraken {EXTRANET_TEXT}.</p>"))]
    world.extranet.save_revision().publish()
    world.child = factories.ContentPageFactory(
        parent=world.intranet,
        title=CHILD_TITLE,
        slug="notulen",
        intro=f"Binnen het intranet: {CHILD_TEXT}.",
        body=[("paragraph", RichText(f"<p>Verslag {CHILD_TEXT}.</p>"))],
    )
    for page in ("intranet", "extranet", "child"):
        getattr(world, page).refresh_from_db()
    return world


@pytest.fixture(scope="module")
def leak_world(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[SimpleNamespace]:
    """One world for the module's read-only checks, rolled back after it; files in a tmp dir.

    Each test still runs in its own savepoint (it requests `db` through `visitor`).
    """
    media_root = tmp_path_factory.mktemp("closedareas-media")
    with (
        override_settings(MEDIA_ROOT=str(media_root)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield build_leak_world()
        transaction.set_rollback(True)


@pytest.fixture
def visitor(db, leak_world) -> Callable[[str], Client]:
    """A separate browser per role of the world: `visitor("member_y")`."""

    def client_for(role: str) -> Client:
        client = Client()
        user = leak_world.users[role]
        if user.is_authenticated:
            client.force_login(user)
        return client

    return client_for
