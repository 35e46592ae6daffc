"""How long does the permission check on /media/ take with many renditions?

Rendition.file (like Image.file and Document.file) has no index in Wagtail's tables, so each
request scans the renditions table once. This script builds a scratch SQLite database with N
renditions (half in a network's intranet collection, half public), then times requests through
the Django test client: restricted renditions as a logged-in member, public ones anonymously.

    .venv/bin/python bench/bench_media.py [--renditions 1000] [--requests 200]

Nothing here touches db.sqlite3 or media/: everything lives in a temporary directory.
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from io import BytesIO
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renditions", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench_media_"))
    os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(scratch / "media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    import django

    django.setup()

    from django.core.management import call_command

    # WhiteNoise warns that STATIC_ROOT does not exist: no collectstatic here.
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    try:
        print("migrating a fresh SQLite database ...", flush=True)
        call_command("migrate", verbosity=0)
        renditions, member = _build(args.renditions)
        _time_requests(renditions, member, args.requests)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _build(count: int):
    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images import get_image_model

    from editorial.services.provisioning import network_provision
    from networks.models import ClosedAreaPage
    from privatemedia.services import closed_area_collections_ensure
    from tests import factories

    network = factories.NetworkPageFactory(title="Tracer", short_name="TRACER")
    access = network_provision(network_page=network)
    intranet = closed_area_collections_ensure(access=access)[ClosedAreaPage.INTRANET]
    member = factories.UserFactory(username="lid-tracer")
    member.groups.add(access.members)

    buffer = BytesIO()
    PillowImage.new("RGB", (64, 48), "green").save(buffer, format="PNG")
    png = buffer.getvalue()
    specs_per_image = 10
    image_count = -(-count // specs_per_image)
    print(f"creating {image_count} images and {count} renditions ...", flush=True)
    started = time.perf_counter()
    image_model = get_image_model()
    renditions = {"restricted": [], "public": []}
    made = 0
    for number in range(image_count):
        restricted = number % 2 == 0
        image = image_model.objects.create(
            title=f"Foto {number}",
            file=ImageFile(BytesIO(png), name=f"foto-{number}.png"),
            collection=intranet if restricted else access.collection,
        )
        for spec in range(specs_per_image):
            if made == count:
                break
            rendition = image.get_rendition(f"fill-{20 + spec}x{20 + spec}")
            renditions["restricted" if restricted else "public"].append(rendition.url)
            made += 1
    print(f"  done in {time.perf_counter() - started:.1f} s")
    return renditions, member


def _time_requests(renditions: dict[str, list[str]], member, total: int) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    member_client = Client()
    member_client.force_login(member)
    clients = {"restricted": member_client, "public": Client()}
    rng = random.Random(2026)  # noqa: S311 - picks URLs, nothing secret
    plan = [("restricted" if i % 2 == 0 else "public") for i in range(total)]
    rng.shuffle(plan)

    for kind, client in clients.items():  # warm up: imports, URL resolver, session
        client.get(renditions[kind][0])

    timings = {"restricted": [], "public": []}
    for kind in plan:
        url = rng.choice(renditions[kind])
        started = time.perf_counter()
        response = clients[kind].get(url)
        b"".join(response.streaming_content)
        timings[kind].append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)

    print(f"\n{total} requests, {sum(map(len, renditions.values()))} renditions in the table")
    print(f"{'':<12}{'n':>5}{'mean ms':>10}{'p95 ms':>10}{'queries':>9}")
    for kind in ("restricted", "public", "all"):
        values = timings["restricted"] + timings["public"] if kind == "all" else timings[kind]
        queries = ""
        if kind != "all":
            with CaptureQueriesContext(connection) as captured:
                b"".join(clients[kind].get(renditions[kind][-1]).streaming_content)
            queries = str(len(captured))
        p95 = statistics.quantiles(values, n=20)[-1]
        print(f"{kind:<12}{len(values):>5}{statistics.mean(values):>10.2f}{p95:>10.2f}{queries:>9}")

    # The one query that scans: the owner lookup by file name, alone.
    from wagtail.images import get_image_model

    rendition_model = get_image_model().get_rendition_model()
    name = renditions["public"][-1].removeprefix("/media/")
    started = time.perf_counter()
    for _ in range(200):
        list(rendition_model.objects.filter(file=name).select_related("image__collection"))
    lookup = (time.perf_counter() - started) / 200 * 1000
    print(f"owner lookup by file name alone: {lookup:.3f} ms")


if __name__ == "__main__":
    main()
