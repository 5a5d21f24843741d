#!/usr/bin/env bash
# System packages the test suite needs, installed when missing (Debian, as root), or a loud
# failure saying what to install. Run by `make test`; safe to run again.
#   - Chromium (Debian's package) for the browser tests, driven by Playwright;
#   - PostgreSQL server binaries (initdb, pg_ctl, postgres) for the PostgreSQL gradebook;
#   - configurable-http-proxy (npm, into ./node_modules) for the JupyterHub test.
set -euo pipefail
cd "$(dirname "$0")/.."

updated=no
apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "system-deps: '$1' is missing and cannot be installed here (needs root on Debian)." >&2
    echo "system-deps: install it yourself: $2" >&2
    exit 1
  fi
  if [ "$updated" = no ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    updated=yes
  fi
  echo "system-deps: installing $1 ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

command -v chromium >/dev/null || apt_install chromium "apt-get install chromium"
if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt_install postgresql "apt-get install postgresql"
fi
if [ ! -x node_modules/.bin/configurable-http-proxy ]; then
  command -v npm >/dev/null || apt_install npm "apt-get install npm"
  echo "system-deps: installing configurable-http-proxy (npm) ..."
  npm install --no-audit --no-fund --silent >/dev/null
fi
echo "system-deps: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), postgres $(
  (command -v postgres >/dev/null && postgres --version || ls /usr/lib/postgresql/) | tail -1
), configurable-http-proxy $(node_modules/.bin/configurable-http-proxy --version)"
# PostgreSQL refuses to run as root: the scale tests (tests/scale) start their server as this
# dedicated system account (no home, no login shell) when they run as root.
if [ "$(id -u)" = 0 ] && ! getent passwd cdkit-pg >/dev/null; then
  echo "system-deps: creating the system user cdkit-pg (PostgreSQL for the scale tests) ..."
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin --comment "PostgreSQL for the kit's tests" cdkit-pg
fi
# The grader as an ordinary user (tests/test_grader_unprivileged.py) runs as this account.
if [ "$(id -u)" = 0 ] && ! getent passwd cdkit-grader >/dev/null; then
  echo "system-deps: creating the system user cdkit-grader (grading as an ordinary user) ..."
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin --comment "grading as an ordinary user, in the tests" cdkit-grader
fi
