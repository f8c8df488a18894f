#!/usr/bin/env bash
# PostgreSQL for the test config (standalone-argus-test.xml): start|reset|stop|status.
#   start  makes sure the Debian cluster runs (creating it on a fresh machine) and that role and database "argus"
#          (password "argus", owner argus) exist. Idempotent.
#   reset  start, then drop and recreate the database so a test run begins empty.
#   stop   stops the cluster.  status  exits 0 when the cluster accepts connections.
# Environment: ARGUS_PG_CLUSTER (main), ARGUS_PG_VERSION (newest installed), ARGUS_PG_PORT (5432).
# Run as root (uses runuser) or as the postgres user.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DB_NAME=argus
DB_USER=argus
DB_PASSWORD=argus
PG_CLUSTER="${ARGUS_PG_CLUSTER:-main}"
PG_PORT="${ARGUS_PG_PORT:-5432}"

newest_installed_version() {
    local versions=(/usr/lib/postgresql/*/bin/postgres)
    [[ -e "${versions[0]}" ]] || die "PostgreSQL server not installed (bin/lib/install-deps.sh installs it)"
    printf '%s\n' "${versions[@]}" | sed 's:/usr/lib/postgresql/\([^/]*\)/.*:\1:' | sort -n | tail -n 1
}
PG_VERSION="${ARGUS_PG_VERSION:-$(newest_installed_version)}"

# Runs "$@" as the postgres user, from / so psql does not warn about an unreadable working directory.
as_postgres() {
    if [[ "$(id -un)" == postgres ]]; then
        (cd / && "$@")
    elif ((EUID == 0)); then
        (cd / && runuser -u postgres -- "$@")
    else
        die "run as root or as the postgres user"
    fi
}

# psql on the cluster's socket as the superuser; -v ON_ERROR_STOP makes SQL errors fail the script.
psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"; }
sql_value() { psql_admin -d postgres -tAc "$1"; }

accepts_connections() { pg_isready -q -h localhost -p "$PG_PORT"; }

cluster_exists() { pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c' | grep -q .; }

ensure_cluster_running() {
    if ! cluster_exists; then
        log "creating cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
        pg_createcluster --port="$PG_PORT" "$PG_VERSION" "$PG_CLUSTER" >/dev/null
    fi
    if ! accepts_connections; then
        log "starting cluster $PG_VERSION/$PG_CLUSTER"
        run_detached pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
        wait_until 60 "PostgreSQL on port $PG_PORT" "" accepts_connections || die "PostgreSQL did not start"
    fi
}

ensure_role_and_database() {
    if [[ "$(sql_value "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != 1 ]]; then
        log "creating role $DB_USER"
        psql_admin -d postgres -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
    fi
    if [[ "$(sql_value "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]]; then
        log "creating database $DB_NAME"
        psql_admin -d postgres -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"
    fi
}

start() {
    ensure_cluster_running
    ensure_role_and_database
    log "PostgreSQL ready: jdbc:postgresql://localhost:$PG_PORT/$DB_NAME (user $DB_USER)"
}

reset() {
    ensure_cluster_running
    log "dropping database $DB_NAME"
    # WITH (FORCE) ends sessions a previous test run may have left open (PostgreSQL 13+).
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"
    ensure_role_and_database
    log "database $DB_NAME is empty"
}

stop() {
    if cluster_exists && accepts_connections; then
        log "stopping cluster $PG_VERSION/$PG_CLUSTER"
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop
    else
        log "PostgreSQL is not running"
    fi
}

status() {
    if accepts_connections; then
        log "running on port $PG_PORT"
    else
        log "not running"
        return 1
    fi
}

case "${1:-}" in
    start | reset | stop | status) "$1" ;;
    *) die "usage: $(basename "$0") start|reset|stop|status" ;;
esac
