# The site's production image (compose.yaml, docs/deploy.md): gunicorn serving cms.wsgi with
# the production settings; static files collected at build time and served by WhiteNoise.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production

RUN useradd --system --home-dir /srv/dkc --shell /usr/sbin/nologin dkc
WORKDIR /srv/dkc

# WeasyPrint (core/pdf.py: the network folder's PDF) needs Pango, HarfBuzz's subsetter and a
# font; the same list as .ci/run and docs/deploy.md.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml ./
RUN pip install --upgrade pip && pip install ".[s3]"

COPY --chown=dkc:dkc . .
# collectstatic only reads settings; these throwaway values never reach a running container.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost SITE_URL=https://localhost \
    DATABASE_URL=sqlite:////tmp/collectstatic.db \
    python manage.py collectstatic --noinput \
    && mkdir -p /srv/dkc-media /srv/dkc-private-media \
    && chown dkc:dkc /srv/dkc-media /srv/dkc-private-media && chmod 700 /srv/dkc-private-media

USER dkc
ENV MEDIA_ROOT=/srv/dkc-media PRIVATE_MEDIA_ROOT=/srv/dkc-private-media GUNICORN_BIND=0.0.0.0:8000
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"]
