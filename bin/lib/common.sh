# shellcheck shell=bash
# Shared by the helpers in bin/lib: repository paths, logging, background processes, polling.
# Source it; it does not change shell options of the caller.

ARGUS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARGUS_RUN_DIR="${ARGUS_RUN_DIR:-$ARGUS_ROOT/run}"   # git-ignored run state: pids, logs, unpacked servers
ARGUS_PORT_OFFSET="${ARGUS_PORT_OFFSET:-0}"          # shifts WildFly's ports; Keycloak has its own port variable

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Reads a property such as version.keycloak from the parent POM, so versions are written down once.
pom_property() {
    local name="$1" value
    value="$(sed -n "s:.*<$name>\(.*\)</$name>.*:\1:p" "$ARGUS_ROOT/pom.xml" | head -n 1)"
    [[ -n "$value" ]] || die "property $name not found in $ARGUS_ROOT/pom.xml"
    printf '%s' "$value"
}

# Polls "$@" once a second until it succeeds; fails after timeout_seconds, or at once when the process in
# pid_file (if given) has died, so a crashed start is reported without waiting for the whole timeout.
wait_until() {
    local timeout_seconds="$1" description="$2" pid_file="$3"
    shift 3
    local deadline=$((SECONDS + timeout_seconds))
    until "$@" >/dev/null 2>&1; do
        if [[ -n "$pid_file" ]] && ! pid_alive "$pid_file"; then
            log "process stopped while waiting for $description"
            return 1
        fi
        if ((SECONDS >= deadline)); then
            log "timed out after ${timeout_seconds}s waiting for $description"
            return 1
        fi
        sleep 1
    done
}

pid_alive() {
    local pid_file="$1" pid
    [[ -f "$pid_file" ]] || return 1
    pid="$(<"$pid_file")"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

# Starts "$@" in a new session (its own process group) with output appended to log_file and records its pid.
start_background() {
    local pid_file="$1" log_file="$2"
    shift 2
    mkdir -p "$(dirname "$pid_file")" "$(dirname "$log_file")"
    setsid "$@" >>"$log_file" 2>&1 </dev/null &
    echo $! >"$pid_file"
}

# Stops the process group started by start_background: SIGTERM, then SIGKILL after grace_seconds.
stop_background() {
    local pid_file="$1" name="$2" grace_seconds="${3:-30}" pid
    if ! pid_alive "$pid_file"; then
        log "$name is not running"
        rm -f "$pid_file"
        return 0
    fi
    pid="$(<"$pid_file")"
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + grace_seconds))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "$name did not stop within ${grace_seconds}s, killing it"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pid_file"
}

http_ok() { curl -fs -o /dev/null --max-time 5 "$1"; }
