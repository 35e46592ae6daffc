"""What freezing the application's start-up objects (gunicorn.conf.py: `gc.freeze` before the
fork and once a worker has loaded the app) does to a page served by gunicorn: latency
percentiles and requests per second, with and without it, alternated.

It serves a site that bench/bench_pages.py kept (`--keep` prints its database's name): the
search page with a query (the page that keeps the most objects between requests: kept
statements, kept result displays), page cache off, so that every request renders. The site
runs under gunicorn with our gunicorn.conf.py and, alternately, with a copy of it without the
two hooks (written to a temporary file); 2 workers, production settings on plain HTTP on
loopback, as bench_pages.py serves it; wrk with 1 thread and 2 connections, `--latency`.

    .venv/bin/python bench/bench_worker_gc.py --database bench_pages_dkc_NNNN \
        [--url "/nl/zoeken/?q=duurzaamheid"] [--seconds 10] [--rounds 2]

Writes bench/results/worker-gc-<date>.md (committed, with the machine's load).
"""

import argparse
import datetime
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOOKS = re.compile(
    r"\n\ndef _startup_objects_frozen\(\).*?\n\ndef post_worker_init\(worker\) -> None:\n"
    r"(?:    [^\n]*\n)+",
    re.DOTALL,
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _config_without_hooks(directory: Path) -> Path:
    text = (ROOT / "gunicorn.conf.py").read_text()
    found = HOOKS.search(text)
    # Only the three functions go: every line of the cut at the margin starts one of them.
    removed = found.group(0).splitlines() if found else []
    margin = [line for line in removed if line and not line.startswith((" ", '"'))]
    if len(margin) != 3 or not all(line.startswith("def ") for line in margin):
        raise SystemExit("bench_worker_gc: gunicorn.conf.py's freezing hooks were not found")
    stripped = text[: found.start()] + "\n" + text[found.end() :]
    if "gc.freeze" in stripped:
        raise SystemExit("bench_worker_gc: gunicorn.conf.py freezes outside its hooks")
    path = directory / "gunicorn-without-freeze.conf.py"
    path.write_text(stripped)
    return path


def _environment(database: str, port: int) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "bench-worker-gc-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "SITE_URL": "https://localhost",
        "SECURE_SSL_REDIRECT": "false",
        "PAGE_CACHE_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_ACCESS_LOG": "",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_MAX_REQUESTS": "0",
    }


def _served(config: Path, args, wrk: str) -> dict[str, str]:
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "gunicorn", "-c", str(config), "cms.wsgi"],
        cwd=ROOT,
        env=_environment(args.database, port),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}{args.url}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit(f"bench_worker_gc: {url} did not answer") from None
                time.sleep(0.5)
        for _ in range(4):
            urllib.request.urlopen(url, timeout=5).read()  # noqa: S310 - loopback
        output = subprocess.run(  # noqa: S603 - fixed arguments
            [wrk, "-t1", "-c2", f"-d{args.seconds}s", "--latency", url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        server.terminate()
        server.wait(timeout=30)
    if re.search(r"Non-2xx or 3xx responses", output):
        raise SystemExit(f"bench_worker_gc: errors under load\n{output}")
    figures = {"req/s": re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)}
    for percentile in ("50%", "90%", "99%"):
        figures[percentile] = re.search(rf"{percentile}\s+(\S+)", output).group(1)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="a site kept by bench_pages --keep")
    parser.add_argument("--url", default="/nl/zoeken/?q=duurzaamheid")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("bench_worker_gc: needs wrk (apt-get install wrk)")
    subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=_environment(args.database, 0),
        check=True,
    )
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        without = _config_without_hooks(Path(directory))
        for round_number in range(1, args.rounds + 1):
            for label, config in (("frozen", ROOT / "gunicorn.conf.py"), ("not frozen", without)):
                figures = _served(config, args, wrk)
                rows.append((round_number, label, figures))
                print(round_number, label, figures, flush=True)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - git from PATH
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    lines = [
        f"# Worker garbage collection, {datetime.date.today().isoformat()}",
        "",
        f"Commit {commit}; {os.cpu_count()} CPUs, load average {load} (1, 5, 15 min) at the "
        f"end. `{args.url}` on the kept site `{args.database}` (bench_pages.py's large size), "
        "page cache off, gunicorn with 2 workers and cms.settings.production on loopback; "
        f"wrk -t1 -c2 -d{args.seconds}s --latency after four requests. *frozen*: "
        "gunicorn.conf.py as committed (`gc.freeze` of the start-up objects); *not frozen*: "
        "the same file without its two hooks. Rounds alternate.",
        "",
        "| round | workers | req/s | p50 | p90 | p99 |",
        "|---|---|---|---|---|---|",
    ]
    for round_number, label, figures in rows:
        lines.append(
            f"| {round_number} | {label} | {figures['req/s']} | {figures['50%']} | "
            f"{figures['90%']} | {figures['99%']} |"
        )
    path = ROOT / "bench" / "results" / f"worker-gc-{datetime.date.today().isoformat()}.md"
    path.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"\nwritten to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
