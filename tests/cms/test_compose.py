"""compose.yaml starts the production shape: PostgreSQL, Redis, gunicorn with the production
settings, the mail worker, the daily commands and a reverse proxy that serves no file itself."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL")


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_the_services_of_the_production_shape():
    services = compose()["services"]
    assert {"db", "redis", "migrate", "app", "worker", "scheduler", "proxy"} <= set(services)
    assert services["db"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")
    assert services["app"]["command"] == ["gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"]
    assert services["worker"]["command"] == ["python", "manage.py", "db_worker"]


def test_the_app_runs_with_production_settings_and_every_required_variable():
    environment = compose()["services"]["app"]["environment"]
    assert environment["DJANGO_SETTINGS_MODULE"] == "cms.settings.production"
    for name in REQUIRED:
        assert environment.get(name), name
    assert environment["SITE_URL"].startswith("${SITE_URL:-https://")
    assert environment["REDIS_URL"].startswith("redis://redis:")
    assert environment["DATABASE_URL"].startswith("postgres://")
    assert environment["TRUSTED_PROXY_COUNT"] == "1"
    # The secret is never committed: compose refuses to start without one.
    assert environment["SECRET_KEY"] == "${SECRET_KEY:?set SECRET_KEY}"


def test_the_scheduler_runs_every_scheduled_command():
    script = " ".join(compose()["services"]["scheduler"]["command"])
    commands = [
        path.stem
        for path in ROOT.glob("*/management/commands/*.py")
        if path.stem not in ("__init__", "load_demo", "setup_editorial", "media_place_files")
    ]
    assert commands
    for command in commands:
        assert f"manage.py {command}" in script


def test_each_start_moves_stored_files_to_their_place_and_keeps_private_files_apart():
    services = compose()["services"]
    assert "manage.py media_place_files" in " ".join(services["migrate"]["command"])
    environment = services["app"]["environment"]
    mounts = [volume.split(":")[1] for volume in services["app"]["volumes"]]
    assert environment["PRIVATE_MEDIA_ROOT"] in mounts
    assert environment["MEDIA_ROOT"] in mounts
    assert environment["PRIVATE_MEDIA_ROOT"] != environment["MEDIA_ROOT"]


def test_the_proxy_serves_no_file_from_disk():
    services = compose()["services"]
    mounts = " ".join(services["proxy"].get("volumes", []))
    assert "media" not in mounts
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text()
    assert "file_server" not in caddyfile
    assert "reverse_proxy app:8000" in caddyfile
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "alias" not in nginx
    assert "root " not in nginx
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in nginx
