#!/usr/bin/env bash
# Installs the Debian packages Argus needs to build, run and test. Only missing packages are installed, and
# apt-get update runs only when something is missing, so a prepared machine makes no network call.
# Run as root (or with sudo available).
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

REQUIRED_PACKAGES=(
    openjdk-17-jdk-headless maven                       # build, WildFly, Keycloak
    gstreamer1.0-tools gstreamer1.0-plugins-base        # recorder media pipeline, gst-discoverer-1.0
    gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
    gstreamer1.0-plugins-ugly gstreamer1.0-libav
    ffmpeg                                              # camera clips, ffprobe checks in tests
    postgresql                                          # test database (bin/lib/postgres.sh)
    chromium chromium-driver                            # browser tests
    slapd ldap-utils                                    # LDAP directory for the AD login path (bin/lib/ldap.sh)
    curl unzip jq                                       # helpers: readiness probes, Keycloak zip, token checks
    iproute2 procps                                     # ss, ps/pgrep for diagnostics
    wrk                                                 # B11's load generator beside the JVM client (benchmarks)
)

is_installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]; }

as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "need root to run: $*"
    fi
}

missing=()
for package in "${REQUIRED_PACKAGES[@]}"; do
    is_installed "$package" || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    log "all ${#REQUIRED_PACKAGES[@]} packages already installed"
    exit 0
fi

log "installing: ${missing[*]}"
# bin/lib/ldap.sh runs a private slapd with its own configuration; the package must not create (or start) a system
# directory with an interactively chosen admin password.
printf 'slapd slapd/no_configuration boolean true\n' | as_root debconf-set-selections
as_root apt-get update -q
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
log "installed ${#missing[@]} packages"
