# The quote attribution service: docker build -t quote-attribution . && docker run -p 8000:8000 quote-attribution
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# Only what the package needs to install: no tests, no development files. The sources are removed
# once installed, so what runs is the installed package with its data files.
WORKDIR /build
COPY pyproject.toml constraints.txt README.md ./
COPY app ./app
RUN pip install --no-cache-dir -c constraints.txt . \
 && rm -rf /build \
 && useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin quote

WORKDIR /srv

USER quote
EXPOSE 8000

# Health checks use Python: slim images have no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]

# `serve` runs uvicorn (with uvloop and httptools) and takes QA_WORKERS and QA_LOG_LEVEL from the
# environment; the address and port are fixed here, so publish the port with `-p` instead.
CMD ["quote-attribution", "serve", "--host", "0.0.0.0", "--port", "8000"]
