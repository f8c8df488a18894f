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

# Closes every descriptor above 2 of the current (sub)shell. A daemon must not inherit the caller's descriptors: a
# flock held by the caller (as in `flock LOCK bin/test`) would otherwise stay held for as long as the daemon lives.
close_inherited_descriptors() {
    local fd
    for fd in /proc/self/fd/*; do
        fd="${fd##*/}"
        if ((fd > 2)); then eval "exec ${fd}>&-" 2>/dev/null || true; fi
    done
}

# Runs "$@" (a command that leaves a daemon behind, such as pg_ctlcluster start) without the caller's descriptors.
run_detached() {
    (
        close_inherited_descriptors
        exec "$@"
    )
}

# Starts "$@" in a new session (its own process group) with output appended to log_file and records its pid.
start_background() {
    local pid_file="$1" log_file="$2"
    shift 2
    mkdir -p "$(dirname "$pid_file")" "$(dirname "$log_file")"
    (
        close_inherited_descriptors
        exec setsid "$@" >>"$log_file" 2>&1 </dev/null
    ) &
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

# Starts a service with start_background and waits until probe (a command) succeeds. On failure it shows the end of
# the log, stops what it started and dies, so a half-started service is never left behind.
#   start_service NAME PID_FILE LOG_FILE TIMEOUT_SECONDS PROBE COMMAND...
start_service() {
    local name="$1" pid_file="$2" log_file="$3" timeout_seconds="$4" probe="$5"
    shift 5
    log "starting $name (log: $log_file)"
    : >"$log_file"
    start_background "$pid_file" "$log_file" "$@"
    if ! wait_until "$timeout_seconds" "$name" "$pid_file" "$probe"; then
        tail -n 40 "$log_file" >&2 || true
        stop_background "$pid_file" "$name" 10
        die "$name did not start; see $log_file"
    fi
}

# Exit status 0 and a "running" line when the service of pid_file runs and answers probe.
#   service_status PID_FILE PROBE WHERE
service_status() {
    local pid_file="$1" probe="$2" where="$3"
    if pid_alive "$pid_file" && "$probe"; then
        log "running (pid $(<"$pid_file")): $where"
    else
        log "not running"
        return 1
    fi
}

http_ok() { curl -fs -o /dev/null --max-time 5 "$1"; }
