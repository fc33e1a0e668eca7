# Shared by scripts/start, scripts/test and .ci/run: finds or installs what charte needs.
# shellcheck shell=bash

PNPM_VERSION=12.21.0

say() { printf '\033[1m%s\033[0m\n' "$*" >&2; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

ensure_node() {
  command -v node >/dev/null 2>&1 || fail "Node.js 20.19 or newer is needed: https://nodejs.org, or 'apt-get install nodejs' on Debian 13"
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
    fail "Node.js $(node --version) is too old: charte needs 20.19 or newer"
}

ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1; then return; fi
  say "Installing pnpm ${PNPM_VERSION} (npm install -g pnpm@${PNPM_VERSION})"
  npm install -g "pnpm@${PNPM_VERSION}" >/dev/null || fail "could not install pnpm; install it with: npm install -g pnpm@${PNPM_VERSION}"
  command -v pnpm >/dev/null 2>&1 || fail "pnpm was installed but is not on PATH ($(npm prefix -g)/bin)"
}

# Prints the path of a Chromium or Chrome, if there is one: CHARTE_CHROME, the usual system paths,
# then the browsers Playwright downloads.
find_chromium() {
  local candidate
  if [ -n "${CHARTE_CHROME:-}" ]; then
    [ -x "$CHARTE_CHROME" ] && { echo "$CHARTE_CHROME"; return 0; }
    echo "CHARTE_CHROME=$CHARTE_CHROME is not an executable file" >&2
    return 1
  fi
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; return 0; fi
  done
  for candidate in /usr/bin/chromium /usr/lib/chromium/chromium /snap/bin/chromium /opt/google/chrome/chrome \
    "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/chrome-linux*/chrome; do
    [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

# ensure_chromium [--required]: finds a Chromium, or installs Debian's with apt-get when root.
# Without --required a missing browser is a warning (nothing in the tokens needs it yet).
ensure_chromium() {
  local required=${1:-} path
  if path=$(find_chromium); then
    say "Chromium: $path"
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing Chromium with apt-get (apt-get install -y chromium)"
    if DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
      path=$(find_chromium) && { say "Chromium: $path"; return 0; }
    fi
  fi
  local how="No Chromium found. Install one, then run again:
  Debian/Ubuntu:  sudo apt-get install -y chromium     (Ubuntu: chromium-browser)
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium
  or point charte at any Chrome or Chromium: export CHARTE_CHROME=/path/to/chrome"
  if [ "$required" = --required ]; then fail "$how"; fi
  printf 'warning: %s\n' "$how" >&2
}

# Installs the workspace's dependencies: exactly the lockfile's in CI, or when it is up to date.
install_dependencies() {
  if [ -n "${CI:-}" ]; then
    pnpm install --frozen-lockfile
  else
    pnpm install --frozen-lockfile --reporter=silent || pnpm install
  fi
}
