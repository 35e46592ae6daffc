"""gunicorn's configuration (docs/deploy.md): `gunicorn -c gunicorn.conf.py cms.wsgi`.

Every value can be changed from the environment, so one file serves one machine and many.
"""

import gc
import multiprocessing
import os

from gunicorn.glogging import Logger
from pythonjsonlogger.json import JsonFormatter

# Where the reverse proxy reaches the app server: a local port (or unix:/run/dkc/gunicorn.sock).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: (2 x cores) + 1 by default. Each holds one database connection.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# A worker restarts after this many requests (with jitter), so a slow leak never grows.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "200"))
# Only the reverse proxy's address may set X-Forwarded-Proto/-For for gunicorn itself; the
# site reads the visitor's address with TRUSTED_PROXY_COUNT (docs/deploy.md).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Load the application before forking: less memory, and a broken setting stops the start.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true") == "true"

# Logs on standard error, one JSON object per line, like the application's (LOGGING).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


class JsonLinesLogger(Logger):
    """gunicorn's own lines and its access log as JSON lines (python-json-logger)."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        formatter = JsonFormatter(
            "%(levelname)s %(name)s %(message)s",
            rename_fields={"levelname": "level", "name": "logger"},
            timestamp="time",
        )
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(formatter)

    def access(self, resp, req, environ, request_time) -> None:
        if not self.access_log_enabled:
            return
        atoms = self.atoms_wrapper_class(self.atoms(resp, req, environ, request_time))
        self.access_log.info(
            "request",
            extra={
                "remote": atoms["h"],
                "forwarded_for": atoms["{x-forwarded-for}i"],
                "method": atoms["m"],
                "path": atoms["U"],
                "query": atoms["q"],
                "status": atoms["s"],
                "bytes": atoms["B"],
                "duration_ms": atoms["M"],
                "referer": atoms["f"],
                "user_agent": atoms["a"],
            },
        )


logger_class = JsonLinesLogger


def _startup_objects_frozen() -> None:
    """The objects made while the application loaded (Django, Wagtail, the URL patterns,
    templates: some 200,000) are kept for the worker's life: moved out of the garbage
    collector's reach (`gc.freeze`), so that a full collection no longer walks them all (a
    pause every hundred-odd requests of the search page: p99 52-120 ms without, 24-69 ms
    with, bench/bench_worker_gc.py) and, with `preload_app`, the workers' collections do not
    write to the memory pages they share with the master (copy-on-write)."""
    gc.collect()
    gc.freeze()


def pre_fork(server, worker) -> None:
    # With preload_app, the master loaded the application: frozen before each fork.
    _startup_objects_frozen()


def post_worker_init(worker) -> None:
    # Without it, each worker loaded its own: frozen once it has.
    _startup_objects_frozen()


def worker_exit(server, worker) -> None:
    """A worker that stops writes the searches it counted and has not written yet
    (search/services.py, `SEARCH_LOG_WRITE_SECONDS`)."""
    try:
        from search.services import search_hits_write

        search_hits_write()
    except Exception as error:  # no database: those counts are lost, the worker stops
        server.log.warning("Writing the search log at exit failed: %r", error)


# The app's own settings module: production unless told otherwise.
raw_env = [
    f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'cms.settings.production')}"
]
