#!/usr/bin/env bash
# Build the container image, run it, and check it answers exactly as the code does in-process:
#   1. make sure the base image is here: podman's copy, a pull, or (on machines that cannot reach a
#      registry) the stand-in built by ../shared/tools/container-base.sh;
#   2. build the image and start it on a free port on 127.0.0.1;
#   3. wait until its HEALTHCHECK passes, and check the server does not run as root;
#   4. POST the reference article as JSON and as text/plain and compare both answers with
#      `python -m app.cli extract` on the same file;
#   5. remove the container, and print OK.
# Usage: scripts/container-check.sh        (PYTHON=... to use another interpreter for step 4)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
image=localhost/quote-attribution:check
base=docker.io/library/python:3.11-slim
name=quote-attribution-check-$$
python=${PYTHON:-$root/.venv/bin/python}
article=app/examples/reference_article.txt
work=$(mktemp -d)

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
cleanup() {
  podman rm --force --ignore "$name" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

[[ -x $python ]] || fail "$python not found: create the venv first (see README) or set PYTHON"

step "base image $base"
if podman image exists "$base" 2>/dev/null; then
  echo "already here"
elif timeout 300 podman pull --quiet "$base" 2>/dev/null; then
  echo "pulled"
else
  echo "cannot be pulled: building the local stand-in"
  bash "$root/../shared/tools/container-base.sh" python:3.11-slim
fi

step "build $image"
podman build --quiet --format docker --tag "$image" . >/dev/null
echo "built"

step "run on a free port"
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# podman's complaints that it cannot time health checks without systemd are kept out of the way:
# this script runs them itself.
podman run --detach --name "$name" --publish "127.0.0.1:$port:8000" "$image" >/dev/null 2>"$work/run.err" ||
  { cat "$work/run.err" >&2; fail "the container did not start"; }
echo "container $name on 127.0.0.1:$port"

step "wait for the health check"
healthy=false
for _ in $(seq 60); do
  if podman healthcheck run "$name" >/dev/null 2>&1; then
    healthy=true
    break
  fi
  [[ $(podman inspect --format '{{.State.Running}}' "$name") == true ]] ||
    { podman logs "$name" >&2; fail "the container stopped"; }
  sleep 2
done
$healthy || { podman logs "$name" >&2; fail "not healthy after 120 s"; }
echo "healthy"

step "the server does not run as root"
exec_uid=$(podman exec "$name" id -u)
server_uid=$(podman exec "$name" python -c 'print(open("/proc/1/status").read().split("Uid:")[1].split()[0])')
echo "exec user $exec_uid, server process user $server_uid"
[[ $exec_uid != 0 && $server_uid != 0 ]] || fail "the container runs as root"

step "the container answers as the code does in-process"
env -u QA_DEFAULT_PUBLISHER "$python" -m app.cli extract "$article" >"$work/cli.json"
"$python" - "$port" "$article" "$work" <<'PY'
import json
import sys
import urllib.request
from pathlib import Path

port, article, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
data = article.read_bytes()
bodies = {
    "json": ("application/json", json.dumps({"text": data.decode("utf-8")}).encode("utf-8")),
    "text": ("text/plain; charset=utf-8", data),
}
for kind, (content_type, body) in bodies.items():
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/quotes", data=body, headers={"Content-Type": content_type}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200, response.status
        answer = json.load(response)
    (work / f"{kind}.json").write_text(json.dumps(answer, indent=2, sort_keys=True) + "\n")
cli = json.loads((work / "cli.json").read_text())
(work / "cli.json").write_text(json.dumps(cli, indent=2, sort_keys=True) + "\n")
print(f"{len(cli['quotes'])} quotes in-process")
PY
for kind in json text; do
  diff -u "$work/cli.json" "$work/$kind.json" || fail "the container's $kind answer differs"
  echo "POST $kind: identical to the in-process answer"
done

step "stop and remove the container"
podman rm --force "$name" >/dev/null 2>&1
echo "removed"

printf '\nOK\n'
