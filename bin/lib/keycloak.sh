#!/usr/bin/env bash
# Keycloak for demo and tests: start|stop|status.
#   start  unpacks keycloak-quarkus-dist (resolved through Maven) into run/keycloak, imports the realms
#          (wildfly-config/src/main/keycloak/*-realm.json: argus, and partner, the external identity provider argus
#          brokers to; afresh on every start) and runs Keycloak in dev mode in the background; returns once every
#          realm answers. No-op when already running.
#   stop   stops it.  status  exits 0 when the realms answer.
# Environment: ARGUS_KEYCLOAK_PORT (8180), ARGUS_KEYCLOAK_HEAP (-Xms64m -Xmx512m),
#              ARGUS_KEYCLOAK_ADMIN / ARGUS_KEYCLOAK_ADMIN_PASSWORD (admin/admin, master realm bootstrap admin),
#              ARGUS_KEYCLOAK_START_TIMEOUT (120 s).
# The realm files may use ${VARIABLE:default} placeholders, resolved from the environment at import: the brokering
# URLs follow ARGUS_KEYCLOAK_PORT, the LDAP provider ARGUS_LDAP_PORT and ARGUS_LDAP_ADMIN_PASSWORD (bin/lib/ldap.sh).
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KEYCLOAK_VERSION="$(pom_property version.keycloak)"
KEYCLOAK_PORT="${ARGUS_KEYCLOAK_PORT:-8180}"
# Keycloak's management interface (health, metrics) would take 9000, the recorder event port; move it aside.
KEYCLOAK_MANAGEMENT_PORT="${ARGUS_KEYCLOAK_MANAGEMENT_PORT:-$((KEYCLOAK_PORT + 1))}"
REALM_DIR="$ARGUS_ROOT/wildfly-config/src/main/keycloak"
REALMS=(argus partner)   # each from $REALM_DIR/<name>-realm.json
REALM_URL="http://localhost:$KEYCLOAK_PORT/realms/argus"

KEYCLOAK_RUN_DIR="$ARGUS_RUN_DIR/keycloak"
KEYCLOAK_HOME="$KEYCLOAK_RUN_DIR/keycloak-$KEYCLOAK_VERSION"
PID_FILE="$KEYCLOAK_RUN_DIR/keycloak.pid"
LOG_FILE="$KEYCLOAK_RUN_DIR/keycloak.log"

realm_answers() {
    local realm
    for realm in "${REALMS[@]}"; do
        http_ok "http://localhost:$KEYCLOAK_PORT/realms/$realm/.well-known/openid-configuration" || return 1
    done
}

install_keycloak() {
    [[ -x "$KEYCLOAK_HOME/bin/kc.sh" ]] && return 0
    local download_dir="$KEYCLOAK_RUN_DIR/download"
    local zip="$download_dir/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    if [[ ! -f "$zip" ]]; then
        log "resolving org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION through Maven"
        mkdir -p "$download_dir"
        (cd "$download_dir" && "$ARGUS_ROOT/mvnw" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
            -DoutputDirectory="$download_dir")
    fi
    log "unpacking Keycloak $KEYCLOAK_VERSION into $KEYCLOAK_RUN_DIR"
    rm -rf "$KEYCLOAK_HOME.partial"
    mkdir -p "$KEYCLOAK_HOME.partial"
    unzip -q "$zip" -d "$KEYCLOAK_HOME.partial"
    mv "$KEYCLOAK_HOME.partial/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
    rm -rf "$KEYCLOAK_HOME.partial"
}

# start-dev imports a realm only if it does not exist yet. The realm files are the single source of truth, so every
# start drops Keycloak's dev database and imports the files afresh: demos and tests always see the same realms.
stage_realm_import() {
    local realm
    rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/import"
    mkdir -p "$KEYCLOAK_HOME/data/import"
    for realm in "${REALMS[@]}"; do
        cp "$REALM_DIR/$realm-realm.json" "$KEYCLOAK_HOME/data/import/"
    done
}

start() {
    if pid_alive "$PID_FILE" && http_ok "$REALM_URL/.well-known/openid-configuration" && ! realm_answers; then
        # Started from an older checkout with fewer realm files: the files are the source of truth, so restart.
        log "the running Keycloak lacks one of the realms ${REALMS[*]}; restarting it to import them"
        stop
    fi
    if pid_alive "$PID_FILE"; then
        wait_until "${ARGUS_KEYCLOAK_START_TIMEOUT:-120}" "Keycloak realms ${REALMS[*]}" "$PID_FILE" realm_answers \
            || die "Keycloak runs (pid $(<"$PID_FILE")) but the realms do not answer; see $LOG_FILE"
        log "Keycloak already running at http://localhost:$KEYCLOAK_PORT"
        return 0
    fi
    if realm_answers; then
        # Another checkout's (or the demo's) Keycloak: same realm files, so reuse it rather than fail on the port.
        log "reusing the Keycloak that already serves the realms ${REALMS[*]} (not started from this checkout)"
        return 0
    fi
    local realm
    for realm in "${REALMS[@]}"; do
        [[ -f "$REALM_DIR/$realm-realm.json" ]] || die "realm file missing: $REALM_DIR/$realm-realm.json"
    done
    install_keycloak
    stage_realm_import
    # Brute-force protection stays on (30 failures, then waits), but Keycloak 26 by default also refuses a user's
    # concurrent logins while one is in progress, which temporarily disabled users that several clients (tests,
    # benchmarks, an integrator's workers) log in at once, without a single wrong password.

    start_service "Keycloak on port $KEYCLOAK_PORT (realms ${REALMS[*]})" "$PID_FILE" "$LOG_FILE" \
        "${ARGUS_KEYCLOAK_START_TIMEOUT:-120}" realm_answers env \
        KC_BOOTSTRAP_ADMIN_USERNAME="${ARGUS_KEYCLOAK_ADMIN:-admin}" \
        KC_BOOTSTRAP_ADMIN_PASSWORD="${ARGUS_KEYCLOAK_ADMIN_PASSWORD:-admin}" \
        ARGUS_KEYCLOAK_PORT="$KEYCLOAK_PORT" \
        JAVA_OPTS_KC_HEAP="${ARGUS_KEYCLOAK_HEAP:--Xms64m -Xmx512m}" \
        "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
        --import-realm \
        --http-host=127.0.0.1 \
        --http-port="$KEYCLOAK_PORT" \
        --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
        --hostname="http://localhost:$KEYCLOAK_PORT" \
        --spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true
    log "Keycloak ready: $REALM_URL"
}

stop() { stop_background "$PID_FILE" Keycloak 30; }

status() { service_status "$PID_FILE" realm_answers "$REALM_URL"; }

case "${1:-}" in
    start | stop | status) "$1" ;;
    *) die "usage: $(basename "$0") start|stop|status" ;;
esac
