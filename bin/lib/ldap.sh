#!/usr/bin/env bash
# A private OpenLDAP directory standing in for Active Directory in demo and tests: start|stop|status.
#   start  builds a fresh slapd configuration and database under run/ldap from wildfly-config/src/main/ldap
#          (slapd-config.ldif, directory.ldif) and runs slapd on ldap://127.0.0.1:$ARGUS_LDAP_PORT in the
#          background; returns once ldapsearch answers. No-op when already running; a directory that already answers
#          on the port (another checkout's) is reused. The system slapd and /etc/ldap/slapd.d are never touched.
#   stop   stops it.  status  exits 0 when the directory answers.
# Base DN dc=argus,dc=test; Keycloak binds as cn=admin,dc=argus,dc=test. The argus realm file reads the same two
# variables, so Keycloak follows when they change (export them to both scripts).
# Environment: ARGUS_LDAP_PORT (10389), ARGUS_LDAP_ADMIN_PASSWORD (ldap-admin-password),
#              ARGUS_LDAP_START_TIMEOUT (30 s), ARGUS_LDAP_DEBUG (slapd -d level, 0).
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

LDAP_PORT="${ARGUS_LDAP_PORT:-10389}"
LDAP_URL="ldap://127.0.0.1:$LDAP_PORT"
BASE_DN="dc=argus,dc=test"
ADMIN_DN="cn=admin,$BASE_DN"
ADMIN_PASSWORD="${ARGUS_LDAP_ADMIN_PASSWORD:-ldap-admin-password}"   # the argus realm's LDAP provider binds with it
SLAPD=/usr/sbin/slapd

LDIF_DIR="$ARGUS_ROOT/wildfly-config/src/main/ldap"
LDAP_RUN_DIR="$ARGUS_RUN_DIR/ldap"
CONFIG_DIR="$LDAP_RUN_DIR/slapd.d"
DATA_DIR="$LDAP_RUN_DIR/data"
PID_FILE="$LDAP_RUN_DIR/slapd.pid"
LOG_FILE="$LDAP_RUN_DIR/slapd.log"

directory_answers() {
    ldapsearch -x -LLL -o nettimeout=3 -H "$LDAP_URL" -D "$ADMIN_DN" -w "$ADMIN_PASSWORD" -b "$BASE_DN" -s base dn \
        >/dev/null 2>&1
}

# The repository's LDIF is the single source of truth: every start rebuilds configuration and data from it.
build_directory() {
    if [[ ! -x "$SLAPD" ]] || ! command -v ldapsearch >/dev/null; then
        die "slapd/ldap-utils not installed (bin/lib/install-deps.sh installs them)"
    fi
    rm -rf "$CONFIG_DIR" "$DATA_DIR"
    mkdir -p "$CONFIG_DIR" "$DATA_DIR"
    local password_hash
    password_hash="$(slappasswd -h '{SSHA}' -s "$ADMIN_PASSWORD")"
    sed -e "s|@DATA_DIR@|$DATA_DIR|" -e "s|@ADMIN_PASSWORD_HASH@|$password_hash|" "$LDIF_DIR/slapd-config.ldif" \
        | slapadd -q -n 0 -F "$CONFIG_DIR" \
        || die "could not load $LDIF_DIR/slapd-config.ldif"
    slapadd -q -n 1 -F "$CONFIG_DIR" -l "$LDIF_DIR/directory.ldif" \
        || die "could not load $LDIF_DIR/directory.ldif"
    slaptest -Q -u -F "$CONFIG_DIR" || die "slaptest rejects the generated configuration in $CONFIG_DIR"
}

start() {
    if pid_alive "$PID_FILE"; then
        wait_until "${ARGUS_LDAP_START_TIMEOUT:-30}" "LDAP at $LDAP_URL" "$PID_FILE" directory_answers \
            || die "slapd runs (pid $(<"$PID_FILE")) but does not answer; see $LOG_FILE"
        log "LDAP already running at $LDAP_URL"
        return 0
    fi
    if directory_answers; then
        log "reusing the directory that already answers at $LDAP_URL (not started from this checkout)"
        return 0
    fi
    build_directory

    # -d keeps slapd in the foreground, so start_background's pid is slapd's own and stop can signal it.
    start_service "slapd on $LDAP_URL" "$PID_FILE" "$LOG_FILE" "${ARGUS_LDAP_START_TIMEOUT:-30}" directory_answers \
        "$SLAPD" -d "${ARGUS_LDAP_DEBUG:-0}" -F "$CONFIG_DIR" -h "$LDAP_URL/"
    log "LDAP ready: $LDAP_URL, base $BASE_DN"
}

stop() { stop_background "$PID_FILE" slapd 10; }

status() { service_status "$PID_FILE" directory_answers "$LDAP_URL"; }

case "${1:-}" in
    start | stop | status) "$1" ;;
    *) die "usage: $(basename "$0") start|stop|status" ;;
esac
