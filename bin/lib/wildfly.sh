#!/usr/bin/env bash
# WildFly provisioned by wildfly-config (wildfly-config/target/wildfly), one instance per node name.
#   wildfly.sh start  [config]    start in the background; returns once server-state is "running". No-op if running.
#   wildfly.sh stop   [config]    graceful shutdown (kill after a timeout).
#   wildfly.sh status [config]    exits 0 when the server is running.
#   wildfly.sh deploy <archive> [config]   deploys (or redeploys) an archive, e.g. ear/target/argus.ear.
# config defaults to standalone-argus.xml (demo, H2); tests use standalone-argus-test.xml (PostgreSQL).
# Each node keeps its own server base dir under run/wildfly/<node>/ (configuration copied from the build on every
# start, data, log/server.log, deployments), so the built server stays pristine and several nodes can run.
# Environment:
#   ARGUS_WILDFLY_NODE      node name (default: config name without standalone- and .xml, e.g. "argus")
#   ARGUS_PORT_OFFSET       added to every WildFly port and to the recorder event port (default 0)
#   ARGUS_MULTICAST_ADDRESS cluster discovery address; nodes with the same one cluster (default 230.0.0.4 for the
#                           demo config, 230.0.0.5 for the test config)
#   ARGUS_KEYCLOAK_PORT     Keycloak port the server trusts (default 8180)
#   ARGUS_WILDFLY_HEAP      JVM sizing (default -Xms1g -Xmx1g: a fixed heap; growing from 64 MB under load tripled
#                           the event latency p99, docs/benchmarks.md B8)
#   ARGUS_WILDFLY_OPTS      extra -D options for the server, e.g. -Dargus.web.client.secret=...
#   ARGUS_WILDFLY_START_TIMEOUT  seconds (default 180)
#   ARGUS_DB_URL / ARGUS_DB_USER / ARGUS_DB_PASSWORD  read by the test config's datasource
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

WILDFLY_HOME="${ARGUS_WILDFLY_HOME:-$ARGUS_ROOT/wildfly-config/target/wildfly}"
MANAGEMENT_PORT=$((9990 + ARGUS_PORT_OFFSET))
HTTP_PORT=$((8080 + ARGUS_PORT_OFFSET))

select_config() {
    CONFIG="${1:-standalone-argus.xml}"
    [[ "$CONFIG" == *.xml ]] || CONFIG="$CONFIG.xml"
    local default_node="${CONFIG%.xml}"
    default_node="${default_node#standalone-}"
    NODE="${ARGUS_WILDFLY_NODE:-$default_node}"
    NODE_DIR="$ARGUS_RUN_DIR/wildfly/$NODE"
    BASE_DIR="$NODE_DIR/server"
    PID_FILE="$NODE_DIR/wildfly.pid"
    # full-ha nodes that share a multicast address form one cluster (sessions, Artemis). Demo and test nodes on the
    # same machine use different addresses so they never join each other; test nodes of one run do cluster.
    case "$CONFIG" in
        standalone-argus-test.xml) MULTICAST_ADDRESS="${ARGUS_MULTICAST_ADDRESS:-230.0.0.5}" ;;
        *) MULTICAST_ADDRESS="${ARGUS_MULTICAST_ADDRESS:-230.0.0.4}" ;;
    esac
    CONSOLE_LOG="$NODE_DIR/console.log"
}

cli() {
    "$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller="remote+http://127.0.0.1:$MANAGEMENT_PORT" \
        --timeout=5000 "$@"
}

server_running() { cli --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q '"result" => "running"'; }

require_built_server() {
    [[ -x "$WILDFLY_HOME/bin/standalone.sh" ]] \
        || die "no server in $WILDFLY_HOME; build it: (cd $ARGUS_ROOT/wildfly-config && mvn install)"
    [[ -f "$WILDFLY_HOME/standalone/configuration/$CONFIG" ]] \
        || die "no config $CONFIG in $WILDFLY_HOME/standalone/configuration"
}

# The node's base dir gets the built configuration afresh, so only the versioned CLI scripts shape the server;
# data (H2 database, Artemis journal), logs and deployments persist between starts.
prepare_base_dir() {
    mkdir -p "$BASE_DIR/configuration" "$BASE_DIR/deployments" "$BASE_DIR/data" "$BASE_DIR/log"
    cp -f "$WILDFLY_HOME"/standalone/configuration/*.xml "$WILDFLY_HOME"/standalone/configuration/*.properties \
        "$BASE_DIR/configuration/"
}

# Counts ERROR lines written since this start (server.log persists between starts).
report_boot_problems() {
    local server_log="$BASE_DIR/log/server.log" lines_before="$1" errors
    if (($(wc -l <"$server_log") < lines_before)); then lines_before=0; fi # the log rotated meanwhile
    errors="$(tail -n +"$((lines_before + 1))" "$server_log" | grep -c ' ERROR ' || true)"
    if ((errors > 0)); then
        log "started with problems: $errors ERROR lines in $server_log"
    else
        log "started cleanly (no ERROR in $server_log)"
    fi
}

start() {
    require_built_server
    if pid_alive "$PID_FILE"; then
        wait_until "${ARGUS_WILDFLY_START_TIMEOUT:-180}" "WildFly node $NODE" "$PID_FILE" server_running \
            || die "WildFly node $NODE runs (pid $(<"$PID_FILE")) but is not ready; see $BASE_DIR/log/server.log"
        log "WildFly node $NODE already running: http://localhost:$HTTP_PORT"
        return 0
    fi
    if server_running; then
        die "another server already answers on management port $MANAGEMENT_PORT (set ARGUS_PORT_OFFSET?)"
    fi
    prepare_base_dir
    local log_lines_before=0
    [[ -f "$BASE_DIR/log/server.log" ]] && log_lines_before="$(wc -l <"$BASE_DIR/log/server.log")"

    log "starting WildFly node $NODE with $CONFIG, port offset $ARGUS_PORT_OFFSET (log: $BASE_DIR/log/server.log)"
    # shellcheck disable=SC2086 # ARGUS_WILDFLY_OPTS is a list of options
    start_background "$PID_FILE" "$CONSOLE_LOG" env \
        JBOSS_JAVA_SIZING="${ARGUS_WILDFLY_HEAP:--Xms1g -Xmx1g}" \
        LAUNCH_JBOSS_IN_BACKGROUND=1 \
        "$WILDFLY_HOME/bin/standalone.sh" \
        --server-config="$CONFIG" \
        -Djboss.server.base.dir="$BASE_DIR" \
        -Djboss.socket.binding.port-offset="$ARGUS_PORT_OFFSET" \
        -Djboss.node.name="$NODE" \
        -Djboss.tx.node.id="$NODE" \
        -Djboss.default.multicast.address="$MULTICAST_ADDRESS" \
        -Dargus.keycloak.url="http://localhost:${ARGUS_KEYCLOAK_PORT:-8180}" \
        -Dargus.recorder.event.port=$((9000 + ARGUS_PORT_OFFSET)) \
        ${ARGUS_WILDFLY_OPTS:-}

    if ! wait_until "${ARGUS_WILDFLY_START_TIMEOUT:-180}" "WildFly node $NODE" "$PID_FILE" server_running; then
        tail -n 40 "$CONSOLE_LOG" >&2 || true
        stop_background "$PID_FILE" "WildFly node $NODE" 10
        die "WildFly did not start; see $BASE_DIR/log/server.log"
    fi
    log "WildFly node $NODE ready: http://localhost:$HTTP_PORT (management $MANAGEMENT_PORT)"
    report_boot_problems "$log_lines_before"
}

stop() {
    if ! pid_alive "$PID_FILE"; then
        log "WildFly node $NODE is not running"
        rm -f "$PID_FILE"
        return 0
    fi
    log "shutting down WildFly node $NODE"
    cli --command=':shutdown(timeout=30)' >/dev/null 2>&1 || true
    local pid
    pid="$(<"$PID_FILE")"
    if wait_until 60 "WildFly node $NODE to exit" "" bash -c "! kill -0 $pid 2>/dev/null"; then
        rm -f "$PID_FILE"
        log "WildFly node $NODE stopped"
    else
        stop_background "$PID_FILE" "WildFly node $NODE" 10
    fi
}

status() {
    if pid_alive "$PID_FILE" && server_running; then
        log "WildFly node $NODE running (pid $(<"$PID_FILE")): http://localhost:$HTTP_PORT"
    else
        log "WildFly node $NODE not running"
        return 1
    fi
}

deploy() {
    local archive="$1"
    [[ -f "$archive" ]] || die "no such archive: $archive"
    server_running || die "WildFly node $NODE is not running"
    log "deploying $(basename "$archive") to node $NODE"
    cli --command="deploy --force $(realpath "$archive")"
}

command="${1:-}"
case "$command" in
    start | stop | status)
        select_config "${2:-}"
        "$command"
        ;;
    deploy)
        [[ -n "${2:-}" ]] || die "usage: $(basename "$0") deploy <archive> [config]"
        select_config "${3:-}"
        deploy "$2"
        ;;
    *) die "usage: $(basename "$0") start|stop|status [config] | deploy <archive> [config]" ;;
esac
