"""How long does registering for an event take, alone and when 50 people want the last seat?

Needs PostgreSQL (`DATABASE_URL=postgres://...`): the seat is counted under a row lock on the
event's registration settings, and only a database server shows what that lock costs. On
SQLite the script says so and stops.

Every request goes through the real HTTP path in-process: Django's test client POSTs the
form to the event page's `register/` sub-route (URL routing, Wagtail's page serving, the form,
the rate limit, `events.services.registration_create`, the confirmation mail with its .ics on
the locmem backend, the rendered answer). Each request comes from its own client address, so
the rate limit counts as it would but never refuses. The same is then measured by calling
`registration_create` directly ("service"), which shows what the page around it costs.

1. sequential: N registrations one after the other (no capacity reached);
2. last seat: the capacity set to confirmed + 1, then 50 requests released at once by a
   barrier, each with its own database connection (opened beforehand, as a persistent one
   would be); each round must confirm exactly one of its 50 and waitlist the rest. R rounds
   with 50 threads of this process (one interpreter: Python runs one thread at a time), and
   R rounds with 50 forked processes (like web workers: both CPUs busy).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dkc .venv/bin/python \
        bench/bench_registration.py [--registrations 200] [--concurrent 50] [--rounds 3]

The database named in DATABASE_URL is not touched: the script makes its own scratch
database next to it (Django's test-database machinery), migrates it, and drops it at the end.
"""

import argparse
import multiprocessing
import os
import statistics
import sys
import threading
import time
import warnings
from datetime import timedelta
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--registrations", type=int, default=200)
    parser.add_argument("--concurrent", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        print(
            "bench_registration: skipped, it needs PostgreSQL. Run it with "
            "DATABASE_URL=postgres://USER@HOST:PORT/NAME (a scratch database is made next to "
            "NAME and dropped afterwards)."
        )
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    import django

    django.setup()

    from django.db import connection

    # WhiteNoise warns that STATIC_ROOT does not exist: no collectstatic here.
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    connection.settings_dict["TEST"]["NAME"] = (
        f"bench_registration_{connection.settings_dict['NAME']}_{os.getpid()}"
    )
    print("migrating a scratch PostgreSQL database ...", flush=True)
    started = time.perf_counter()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    print(f"  done in {time.perf_counter() - started:.1f} s")
    try:
        event, register_url = _build()
        rows = []
        for path in ("http", "service"):
            rows.append(_sequential(event, register_url, args.registrations, path))
            for workers in ("threads", "processes"):
                for _round in range(args.rounds):
                    rows.append(_last_seat(event, register_url, args.concurrent, path, workers))
        _print(rows)
    finally:
        connection.close()
        connection.creation.destroy_test_db(old_name, verbosity=0)


def _build():
    from django.utils import timezone, translation

    from events.factories import EventIndexPageFactory, EventPageFactory
    from events.services import registration_settings_update

    agenda = EventIndexPageFactory()
    event = EventPageFactory(parent=agenda, start=timezone.now() + timedelta(days=14))
    event.save_revision().publish()
    registration_settings_update(event=event, user=None, capacity=None, waitlist_enabled=True)
    with translation.override(event.locale.language_code):
        register_url = event.url + event.reverse_subpage("register")
    return event, register_url


_addresses = iter(f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}" for n in range(1, 10**7))


def _answers(email: str) -> dict[str, str]:
    return {
        "name": "Bench Persoon",
        "email": email,
        "organisation": "Bench bv",
        "organisation_size": "small",
        "function": "tester",
        "consent": "on",
        "website": "",
    }


def _post(register_url: str, email: str, address: str):
    """One registration through the test client, from `address`; (ms, status)."""
    from django.test import Client

    client = Client(REMOTE_ADDR=address)
    started = time.perf_counter()
    response = client.post(register_url, _answers(email))
    return (time.perf_counter() - started) * 1000, response.status_code


def _call_service(event, email: str):
    """The same registration by a direct call of the service (no routing, form or page);
    (ms, 200), or (ms, 409) when it is refused."""
    from events.services import RegistrationRefused, registration_create

    answers = _answers(email)
    answers.pop("website")
    answers["consent"] = True
    started = time.perf_counter()
    try:
        registration_create(event=event, language="nl", **answers)
        status = 200
    except RegistrationRefused:
        status = 409
    return (time.perf_counter() - started) * 1000, status


def _register(path: str, event, register_url: str, email: str, address: str = ""):
    if path == "http":
        return _post(register_url, email, address or next(_addresses))
    return _call_service(event, email)


def _sequential(event, register_url: str, total: int, path: str) -> dict:
    from django.core import mail
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from events.models import Registration
    from events.services import registration_settings_update

    prefix = f"{path}-seq"
    registration_settings_update(event=event, user=None, capacity=None)
    _register(path, event, register_url, f"warm-up-{path}@example.org")  # imports, caches
    timings, statuses = [], []
    for number in range(total):
        elapsed, status = _register(path, event, register_url, f"{prefix}{number}@example.org")
        timings.append(elapsed)
        statuses.append(status)
    with CaptureQueriesContext(connection) as captured:
        _register(path, event, register_url, f"queries-{path}@example.org")
    mail.outbox.clear()
    confirmed = Registration.objects.filter(
        email__startswith=f"{prefix}", status=Registration.Status.CONFIRMED
    ).count()
    return {
        "label": f"{path}: one at a time",
        "queries": len(captured),
        "timings": timings,
        "non_200": sum(status != 200 for status in statuses),
        "check": f"{confirmed}/{total} confirmed",
        "ok": confirmed == total,
    }


_rounds = iter(range(1, 10**6))


def _warm_up(path: str, event, register_url: str) -> None:
    """Open the connection and read what a registration reads, before the clock starts: a
    forked child otherwise pays for copying its parent's memory during the measured request,
    which a long-running web worker does not."""
    from django.test import Client

    from events.selectors import registration_state_for

    if path == "http":
        Client(REMOTE_ADDR="10.255.255.254").get(register_url)
    else:
        registration_state_for(event=event)


def _last_seat(event, register_url: str, concurrent: int, path: str, workers: str) -> dict:
    """One round: capacity = confirmed + 1, then `concurrent` registrations released at once
    by a barrier, from threads of this process or from forked processes (each with its own
    database connection, opened before the barrier)."""
    from django.core import mail
    from django.db import connection, connections

    from events.models import Registration
    from events.selectors import registration_settings_for
    from events.services import registration_settings_update

    record = registration_settings_for(event=event)
    confirmed_before = record.registrations.filter(status=Registration.Status.CONFIRMED).count()
    registration_settings_update(event=event, user=None, capacity=confirmed_before + 1)
    round_number = next(_rounds)
    prefix = f"{path}-{workers}-round{round_number}-"
    results: list[tuple[float, int] | str] = []

    def register(number: int, barrier, report) -> None:
        try:
            _warm_up(path, event, register_url)
            barrier.wait()
            address = f"10.{100 + round_number % 150}.{number // 256}.{number % 256}"
            email = f"{prefix}{number}@example.org"
            report(_register(path, event, register_url, email, address))
        except Exception as error:  # noqa: BLE001 - reported in the table, never raised
            report(repr(error))
        finally:
            connection.close()

    started = time.perf_counter()
    if workers == "threads":
        barrier = threading.Barrier(concurrent)
        runners = [
            threading.Thread(target=register, args=(n, barrier, results.append))
            for n in range(concurrent)
        ]
    else:
        connections.close_all()  # a forked child must not share the parent's socket
        context = multiprocessing.get_context("fork")
        barrier, queue = context.Barrier(concurrent), context.Queue()
        runners = [
            context.Process(target=register, args=(n, barrier, queue.put))
            for n in range(concurrent)
        ]
    for runner in runners:
        runner.start()
    if workers != "threads":
        results.extend(queue.get(timeout=300) for _ in runners)
    for runner in runners:
        runner.join()
    wall = time.perf_counter() - started
    mail.outbox.clear()
    errors = [result for result in results if isinstance(result, str)]
    done = [result for result in results if not isinstance(result, str)]
    ours = Registration.objects.filter(email__startswith=prefix)
    confirmed = ours.filter(status=Registration.Status.CONFIRMED).count()
    waitlisted = ours.filter(status=Registration.Status.WAITLISTED).count()
    for error in errors[:3]:
        print(f"  round {round_number}: {error}")
    return {
        "label": f"{path}: last seat, {concurrent} {workers}",
        "timings": [elapsed for elapsed, _status in done],
        "non_200": sum(status != 200 for _elapsed, status in done) + len(errors),
        "check": f"{confirmed} confirmed, {waitlisted} waitlisted, all in {wall:.1f} s",
        "ok": confirmed == 1 and waitlisted == concurrent - 1,
    }


def _percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (p95 of 50 values is the 48th smallest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))
    return ordered[int(rank) - 1]


def _print(rows: list[dict]) -> None:
    from django.db import connection

    print(
        f"\nPostgreSQL {connection.pg_version // 10000}, {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.1f}; "
        "ms per registration (http: test client POST to register/; service: "
        "registration_create called directly)"
    )
    print(f"{'':<36}{'n':>5}{'p50':>9}{'p95':>9}{'max':>9}{'non-200':>9}{'queries':>9}  check")
    for row in rows:
        values = row["timings"] or [float("nan")]
        print(
            f"{row['label']:<36}{len(row['timings']):>5}"
            f"{statistics.median(values):>9.1f}{_percentile(values, 0.95):>9.1f}"
            f"{max(values):>9.1f}{row['non_200']:>9}{row.get('queries', ''):>9}  {row['check']}"
            f"{'' if row['ok'] else '  <-- WRONG'}"
        )
    if not all(row["ok"] for row in rows):
        print("A check above is WRONG: see tests/events/test_registrations.py (concurrency).")


if __name__ == "__main__":
    main()
