"""The app server: gunicorn with gunicorn.conf.py serves the site, takes its worker count and
address from the environment, and logs each request as one JSON line."""

import gc
import json
import os
import runpy
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def test_the_config_file_reads_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    monkeypatch.setenv("GUNICORN_BIND", "unix:/run/dkc/gunicorn.sock")
    monkeypatch.setenv("GUNICORN_FORWARDED_ALLOW_IPS", "10.0.0.5")
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["workers"] == 3
    assert config["bind"] == "unix:/run/dkc/gunicorn.sock"
    assert config["forwarded_allow_ips"] == "10.0.0.5"
    assert config["logger_class"].__name__ == "JsonLinesLogger"


def test_the_defaults_listen_on_loopback_only(monkeypatch):
    for name in ("GUNICORN_BIND", "GUNICORN_FORWARDED_ALLOW_IPS", "DJANGO_SETTINGS_MODULE"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["bind"] == "127.0.0.1:8000"
    assert config["forwarded_allow_ips"] == "127.0.0.1,::1"
    assert config["raw_env"] == ["DJANGO_SETTINGS_MODULE=cms.settings.production"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_serves_the_site_and_logs_json_lines(tmp_path):
    port = _free_port()
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    server = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
        [str(GUNICORN), "-c", "gunicorn.conf.py", "cms.wsgi"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as reply:  # noqa: S310
                    assert reply.status == 200
                    assert json.load(reply) == {"database": "ok", "cache": "ok"}
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline, "gunicorn did not answer within 60 s"
                time.sleep(0.5)
    finally:
        server.terminate()
        stdout, stderr = server.communicate(timeout=30)
    access = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    assert any(
        line["logger"] == "gunicorn.access"
        and line["path"] == "/healthz"
        and line["status"] == "200"
        for line in access
    ), stdout
    errors = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert any("Booting worker" in line["message"] for line in errors)


def test_the_access_log_line_is_json(monkeypatch, capsys):
    import datetime
    from types import SimpleNamespace

    from gunicorn.config import Config

    monkeypatch.setenv("GUNICORN_ACCESS_LOG", "-")
    logger_class = runpy.run_path(str(ROOT / "gunicorn.conf.py"))["logger_class"]
    config = Config()
    config.set("accesslog", "-")
    logger = logger_class(config)
    response = SimpleNamespace(status="200 OK", headers=[], sent=42, response_length=42)
    request = SimpleNamespace(headers=[("X-FORWARDED-FOR", "203.0.113.9")])
    environ = {
        "REMOTE_ADDR": "127.0.0.1",
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/nl/?q=1",
        "PATH_INFO": "/nl/",
        "QUERY_STRING": "q=1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_X_FORWARDED_FOR": "203.0.113.9",
        "HTTP_USER_AGENT": 'a "quoted" agent',
    }
    logger.access(response, request, environ, datetime.timedelta(milliseconds=12))
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["logger"] == "gunicorn.access"
    assert (line["method"], line["path"], line["query"], line["status"]) == (
        "GET",
        "/nl/",
        "q=1",
        "200",
    )
    # A quote in a header never breaks the line: it stays one JSON object.
    assert "quoted" in line["user_agent"]
    assert line["forwarded_for"] == "203.0.113.9"
    assert line["duration_ms"] == 12


def test_a_worker_freezes_the_objects_of_the_loaded_application():
    """The application's start-up objects are moved out of the garbage collector's reach in
    the master before a fork and in a worker once it has loaded the app (gc.freeze)."""
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    for hook in ("pre_fork", "post_worker_init"):
        gc.unfreeze()
        try:
            args = (None, None) if hook == "pre_fork" else (None,)
            config[hook](*args)
            assert gc.get_freeze_count() > 0, hook
        finally:
            gc.unfreeze()
