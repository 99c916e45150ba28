# shellcheck shell=bash
# Shared functions for deploy/run.sh and deploy/test.sh. Source it; do not run it.
#
# What it gives:
#   ensure_packages NEED...   install (apt) only what is missing; NEED is mariadb, redis or argon2
#   ensure_mariadb            reuse or start a loopback MariaDB, make the 'hexagon' user
#   ensure_redis              reuse or start a loopback Redis
#   hexagon_install_traps     on exit / Ctrl-C / SIGTERM, stop only what THIS script started
#   hexagon_track NAME PID    register one more process to stop on exit
#   hexagon_stop_started      stop them now (newest first); reused servers are never touched
#
# Settings (environment):
#   HEXAGON_MYSQL        full ADO.NET connection string: use that server, install/start nothing
#   HEXAGON_REDIS        StackExchange.Redis configuration (host:port): same for Redis
#   HEXAGON_MYSQL_PORT   loopback port of the managed MariaDB (default 3307)
#   HEXAGON_REDIS_PORT   loopback port of the managed Redis (default 6380)
#   HEXAGON_START_TIMEOUT  seconds to wait for a server to come up (default 60)
#
# Files: everything lives under $REPO/.local (git-ignored): .local/mariadb-PORT/{data,mariadb.log,...},
# .local/redis-PORT/{redis.log}, sockets in .local/run/.

set -euo pipefail

REPO="${REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
HEXAGON_LOCAL="$REPO/.local"
HEXAGON_MYSQL_PORT="${HEXAGON_MYSQL_PORT:-3307}"
HEXAGON_REDIS_PORT="${HEXAGON_REDIS_PORT:-6380}"
HEXAGON_START_TIMEOUT="${HEXAGON_START_TIMEOUT:-60}"
# The account the app and the tests use on a managed server (the connection strings hard-code it too).
HEXAGON_DB_USER="hexagon"
HEXAGON_DB_PASSWORD="hexagon"

# mariadbd lives in /usr/sbin on Debian, which a non-root PATH may lack.
case ":$PATH:" in *":/usr/sbin:"*) ;; *) PATH="$PATH:/usr/sbin:/sbin" ;; esac
export PATH

# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------

hexagon_log() { printf '[hexagon] %s\n' "$*" >&2; }
hexagon_warn() { printf '[hexagon] WARNING: %s\n' "$*" >&2; }
hexagon_die() {
    printf '[hexagon] ERROR: %s\n' "$*" >&2
    exit 1
}

# Print the last lines of a log file to stderr, framed, if it exists.
hexagon_log_tail() {
    local file="$1" lines="${2:-40}"
    if [[ -s "$file" ]]; then
        printf '[hexagon] ----- last %s lines of %s -----\n' "$lines" "$file" >&2
        tail -n "$lines" "$file" >&2 || true
        printf '[hexagon] ----- end of %s -----\n' "$file" >&2
    else
        printf '[hexagon] (log %s is empty or missing)\n' "$file" >&2
    fi
}

# ---------------------------------------------------------------------------------------------
# Bookkeeping: only what this script started is stopped on exit
# ---------------------------------------------------------------------------------------------

HEXAGON_STARTED_NAMES=()
HEXAGON_STARTED_PIDS=()
HEXAGON_POLICY_RC_CREATED=""

# hexagon_track NAME PID: stop PID (described as NAME) when this script ends.
hexagon_track() {
    HEXAGON_STARTED_NAMES+=("$1")
    HEXAGON_STARTED_PIDS+=("$2")
}

# True while PID runs. Unlike `kill -0`, a zombie (an exited child not yet reaped) counts as gone.
hexagon_pid_alive() {
    local pid="$1" stat
    kill -0 "$pid" 2>/dev/null || return 1
    if [[ -r "/proc/$pid/stat" ]]; then
        stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
        stat="${stat##*) }"
        [[ "${stat:0:1}" != Z ]]
    fi
}

# Stop one process: SIGTERM, wait (bounded), then SIGKILL.
hexagon_stop_pid() {
    local name="$1" pid="$2" timeout="${3:-30}" waited=0
    hexagon_pid_alive "$pid" || { wait "$pid" 2>/dev/null || true; return 0; }
    hexagon_log "Stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while hexagon_pid_alive "$pid" && ((waited < timeout * 10)); do
        sleep 0.1
        waited=$((waited + 1))
    done
    if hexagon_pid_alive "$pid"; then
        hexagon_warn "$name (pid $pid) did not stop within ${timeout}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    # Reap it if it is our child, so no zombie stays behind.
    wait "$pid" 2>/dev/null || true
}

# Stop everything registered with hexagon_track, newest first, and forget it.
hexagon_stop_started() {
    local i
    for ((i = ${#HEXAGON_STARTED_PIDS[@]} - 1; i >= 0; i--)); do
        hexagon_stop_pid "${HEXAGON_STARTED_NAMES[i]}" "${HEXAGON_STARTED_PIDS[i]}" || true
    done
    HEXAGON_STARTED_NAMES=()
    HEXAGON_STARTED_PIDS=()
}

hexagon_on_exit() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    hexagon_remove_policy_rc
    hexagon_stop_started
    exit "$rc"
}

hexagon_on_signal() {
    local signal="$1" rc="$2"
    hexagon_log "Received SIG$signal: stopping what this script started"
    exit "$rc" # runs the EXIT trap
}

hexagon_install_traps() {
    trap hexagon_on_exit EXIT
    trap 'hexagon_on_signal INT 130' INT
    trap 'hexagon_on_signal TERM 143' TERM
}

# Start a long-running server in the background, in its own session so that a Ctrl-C in the
# terminal reaches this script (which stops it in order) and not the server directly.
# Usage: hexagon_spawn LOGFILE COMMAND ARGS...; the pid is left in HEXAGON_SPAWNED_PID.
hexagon_spawn() {
    local logfile="$1"
    shift
    if command -v setsid >/dev/null 2>&1; then
        setsid "$@" >>"$logfile" 2>&1 </dev/null &
    else
        "$@" >>"$logfile" 2>&1 </dev/null &
    fi
    HEXAGON_SPAWNED_PID=$!
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
hexagon_port_open() {
    timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# ---------------------------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------------------------

hexagon_have_cmds() {
    local c
    for c in "$@"; do
        command -v "$c" >/dev/null 2>&1 || return 1
    done
}

hexagon_have_deb() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# While installing, keep Debian's maintainer scripts from starting system-wide MariaDB/Redis
# services (on 3306/6379): we run our own. Only done when no policy-rc.d exists already.
hexagon_add_policy_rc() {
    local f=/usr/sbin/policy-rc.d
    [[ -e "$f" ]] && return 0
    [[ -w /usr/sbin ]] || return 0
    printf '#!/bin/sh\n# Temporary, made by Hexagon deploy/lib/common.sh during apt-get install.\nexit 101\n' >"$f"
    chmod +x "$f"
    HEXAGON_POLICY_RC_CREATED="$f"
}

hexagon_remove_policy_rc() {
    if [[ -n "$HEXAGON_POLICY_RC_CREATED" ]]; then
        rm -f "$HEXAGON_POLICY_RC_CREATED"
        HEXAGON_POLICY_RC_CREATED=""
    fi
}

# ensure_packages NEED...: NEED is one of
#   mariadb -> mariadb-server (mariadbd, mariadb-install-db, mariadb, mariadb-admin)
#   redis   -> redis-server   (redis-server, redis-cli)
#   argon2  -> libargon2-1    (libargon2.so.1, used by the app through P/Invoke)
# Nothing is installed, and apt is not even asked, when everything is present.
ensure_packages() {
    local need
    local -a missing=()
    for need in "$@"; do
        case "$need" in
        mariadb)
            hexagon_have_cmds mariadbd mariadb-install-db mariadb mariadb-admin || missing+=(mariadb-server)
            ;;
        redis)
            hexagon_have_cmds redis-server redis-cli || missing+=(redis-server)
            ;;
        argon2)
            if ! hexagon_have_deb libargon2-1 && ! { ldconfig -p 2>/dev/null | grep -q 'libargon2\.so\.1'; }; then
                missing+=(libargon2-1)
            fi
            ;;
        *) hexagon_die "ensure_packages: unknown need '$need'" ;;
        esac
    done
    ((${#missing[@]} == 0)) && return 0

    hexagon_log "Installing missing packages: ${missing[*]}"
    hexagon_have_cmds apt-get || hexagon_die "apt-get not found; install by hand: ${missing[*]}"
    local -a sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        hexagon_have_cmds sudo || hexagon_die "Not root and no sudo; run as root: apt-get update && apt-get install -y ${missing[*]}"
        sudo=(sudo)
    fi
    local -a apt_opts=(-o DPkg::Lock::Timeout=300 -o Acquire::Retries=3)
    if [[ -z "${HEXAGON_APT_UPDATED:-}" ]]; then
        "${sudo[@]}" apt-get "${apt_opts[@]}" update || hexagon_die "apt-get update failed"
        HEXAGON_APT_UPDATED=1
    fi
    if [[ ${#sudo[@]} -eq 0 ]]; then hexagon_add_policy_rc; fi
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"; then
        hexagon_remove_policy_rc
        hexagon_die "apt-get install ${missing[*]} failed"
    fi
    hexagon_remove_policy_rc
}

# ---------------------------------------------------------------------------------------------
# MariaDB
# ---------------------------------------------------------------------------------------------

# Server-level pieces of the managed server, for the connection strings.
hexagon_mysql_server_cs() {
    printf 'Server=127.0.0.1;Port=%s;User ID=%s;Password=%s;SslMode=Disabled;AllowPublicKeyRetrieval=true' \
        "$HEXAGON_MYSQL_PORT" "$HEXAGON_DB_USER" "$HEXAGON_DB_PASSWORD"
}

# Remove the Database=/Initial Catalog= part of an ADO.NET connection string.
hexagon_strip_database() {
    local cs="$1" part key out=""
    local -a parts
    IFS=';' read -r -a parts <<<"$cs"
    for part in "${parts[@]}"; do
        key="${part%%=*}"
        key="$(printf '%s' "$key" | tr '[:upper:]' '[:lower:]' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')"
        case "$key" in
        "" | database | "initial catalog") continue ;;
        esac
        out+="${out:+;}$part"
    done
    printf '%s' "$out"
}

# The unix socket of the managed server on a port (sockets are limited to ~107 bytes).
hexagon_mariadb_socket() {
    local port="$1" sock="$HEXAGON_LOCAL/run/mariadb-$1.sock"
    if ((${#sock} > 100)); then
        sock="${TMPDIR:-/tmp}/hexagon-mariadb-$port-$(printf '%s' "$REPO" | cksum | cut -d' ' -f1).sock"
    fi
    printf '%s' "$sock"
}

# The OS account that owns a fresh data dir's admin login (unix_socket authentication).
hexagon_os_user() { id -un; }

# True when a MySQL-protocol server answers on 127.0.0.1:PORT (even if it refuses our login).
hexagon_mariadb_answers() {
    mariadb-admin --no-defaults --protocol=TCP -h127.0.0.1 -P"$1" \
        -u"$HEXAGON_DB_USER" -p"$HEXAGON_DB_PASSWORD" --connect-timeout=2 ping >/dev/null 2>&1
}

# True when the hexagon user can log in over TCP.
hexagon_mariadb_login_ok() {
    mariadb --no-defaults --protocol=TCP -h127.0.0.1 -P"$1" \
        -u"$HEXAGON_DB_USER" -p"$HEXAGON_DB_PASSWORD" --connect-timeout=5 -N -e 'SELECT 1' >/dev/null 2>&1
}

# Run SQL as the hexagon user over TCP on the managed port.
hexagon_mysql_exec() {
    mariadb --no-defaults --protocol=TCP -h127.0.0.1 -P"$HEXAGON_MYSQL_PORT" \
        -u"$HEXAGON_DB_USER" -p"$HEXAGON_DB_PASSWORD" --connect-timeout=10 -e "$1"
}

hexagon_create_user_sql() {
    local u="$HEXAGON_DB_USER" p="$HEXAGON_DB_PASSWORD" h sql=""
    for h in 127.0.0.1 localhost; do
        sql+="CREATE USER IF NOT EXISTS '$u'@'$h' IDENTIFIED BY '$p'; "
        sql+="GRANT ALL PRIVILEGES ON *.* TO '$u'@'$h'; "
    done
    printf '%sFLUSH PRIVILEGES;' "$sql"
}

# Create the hexagon user through an admin socket login. Returns non-zero if the socket does not work.
hexagon_mariadb_create_user_via_socket() {
    local sock="$1"
    [[ -S "$sock" ]] || return 1
    mariadb --no-defaults --socket="$sock" -u"$(hexagon_os_user)" --connect-timeout=5 \
        -e "$(hexagon_create_user_sql)" >/dev/null 2>&1
}

ensure_mariadb() {
    if [[ -n "${HEXAGON_MYSQL:-}" ]]; then
        hexagon_log "HEXAGON_MYSQL is set: using that server as given (no local MariaDB is installed or started)"
        return 0
    fi
    local port="$HEXAGON_MYSQL_PORT"
    [[ "$port" =~ ^[0-9]+$ ]] || hexagon_die "HEXAGON_MYSQL_PORT must be a number, got '$port'"
    local base="$HEXAGON_LOCAL/mariadb-$port"
    local data="$base/data" log="$base/mariadb.log" pidfile="$base/mariadb.pid"
    local sock
    sock="$(hexagon_mariadb_socket "$port")"

    if hexagon_mariadb_answers "$port"; then
        hexagon_log "Reusing the MariaDB already answering on 127.0.0.1:$port (it will be left running)"
        if ! hexagon_mariadb_login_ok "$port"; then
            # Maybe a server of ours (or the hand-started one) without the user yet: try admin sockets.
            if hexagon_mariadb_create_user_via_socket "$sock" ||
                hexagon_mariadb_create_user_via_socket "$HEXAGON_LOCAL/run/mariadb.sock"; then
                hexagon_log "Created the '$HEXAGON_DB_USER' user on the reused MariaDB"
            fi
            hexagon_mariadb_login_ok "$port" || hexagon_die \
                "A MySQL server answers on 127.0.0.1:$port but user '$HEXAGON_DB_USER' (password '$HEXAGON_DB_PASSWORD') cannot log in. Create it: $(hexagon_create_user_sql) -- or set HEXAGON_MYSQL_PORT to a free port, or HEXAGON_MYSQL to a connection string."
        fi
        return 0
    fi
    if hexagon_port_open "$port"; then
        hexagon_die "Port 127.0.0.1:$port is taken by something that is not a MySQL server; set HEXAGON_MYSQL_PORT to a free port"
    fi

    mkdir -p "$base" "$(dirname "$sock")"
    if [[ ! -d "$data/mysql" ]]; then
        if [[ -d "$data" ]]; then
            # A data dir without the system tables is a failed earlier initialisation: start over.
            hexagon_warn "Removing incomplete MariaDB data dir $data"
            rm -rf "$data"
        fi
        hexagon_log "Initialising a MariaDB data dir in $data"
        if ! mariadb-install-db --no-defaults --datadir="$data" --user="$(hexagon_os_user)" \
            --auth-root-authentication-method=socket --skip-test-db >"$base/install.log" 2>&1; then
            hexagon_log_tail "$base/install.log"
            rm -rf "$data"
            hexagon_die "mariadb-install-db failed (full log: $base/install.log)"
        fi
    fi

    local -a args=(
        --no-defaults
        --datadir="$data"
        --port="$port"
        --bind-address=127.0.0.1
        --socket="$sock"
        --pid-file="$pidfile"
        --character-set-server=utf8mb4
        --collation-server=utf8mb4_unicode_ci
        --innodb-lock-wait-timeout=10
        --max-connections=300
    )
    [[ "$(id -u)" == 0 ]] && args+=(--user=root)

    hexagon_log "Starting MariaDB on 127.0.0.1:$port (log: $log)"
    printf '\n==== %s: starting mariadbd on port %s ====\n' "$(date '+%F %T')" "$port" >>"$log"
    hexagon_spawn "$log" mariadbd "${args[@]}"
    local pid="$HEXAGON_SPAWNED_PID"
    hexagon_track "MariaDB on port $port" "$pid"

    local deadline=$((SECONDS + HEXAGON_START_TIMEOUT))
    until mariadb-admin --no-defaults --socket="$sock" -u"$(hexagon_os_user)" --connect-timeout=2 ping >/dev/null 2>&1; do
        if ! hexagon_pid_alive "$pid"; then
            hexagon_log_tail "$log"
            hexagon_die "mariadbd exited during start-up (log: $log)"
        fi
        if ((SECONDS >= deadline)); then
            hexagon_log_tail "$log"
            hexagon_die "MariaDB did not become ready on port $port within ${HEXAGON_START_TIMEOUT}s (log: $log)"
        fi
        sleep 0.5
    done

    if ! mariadb --no-defaults --socket="$sock" -u"$(hexagon_os_user)" -e "$(hexagon_create_user_sql)" >>"$log" 2>&1; then
        hexagon_log_tail "$log"
        hexagon_die "Could not create the '$HEXAGON_DB_USER' user on MariaDB (socket $sock)"
    fi
    hexagon_mariadb_login_ok "$port" || hexagon_die "MariaDB started but '$HEXAGON_DB_USER' cannot log in over TCP on port $port"
    hexagon_log "MariaDB ready on 127.0.0.1:$port (pid $pid)"
}

# CREATE DATABASE IF NOT EXISTS NAME on the managed server (no-op when HEXAGON_MYSQL is set).
hexagon_ensure_database() {
    local db="$1"
    [[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || hexagon_die "Database name must match [A-Za-z0-9_]+, got '$db'"
    if [[ -n "${HEXAGON_MYSQL:-}" ]]; then
        hexagon_log "HEXAGON_MYSQL is set: not creating database '$db' (it must exist on that server)"
        return 0
    fi
    hexagon_mysql_exec "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" ||
        hexagon_die "Could not create database '$db' on 127.0.0.1:$HEXAGON_MYSQL_PORT"
}

# ---------------------------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------------------------

hexagon_redis_answers() {
    [[ "$(timeout 3 redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" == PONG ]]
}

ensure_redis() {
    if [[ -n "${HEXAGON_REDIS:-}" ]]; then
        hexagon_log "HEXAGON_REDIS is set: using '$HEXAGON_REDIS' as given (no local Redis is installed or started)"
        return 0
    fi
    local port="$HEXAGON_REDIS_PORT"
    [[ "$port" =~ ^[0-9]+$ ]] || hexagon_die "HEXAGON_REDIS_PORT must be a number, got '$port'"
    if hexagon_redis_answers "$port"; then
        hexagon_log "Reusing the Redis already answering on 127.0.0.1:$port (it will be left running)"
        return 0
    fi
    if hexagon_port_open "$port"; then
        hexagon_die "Port 127.0.0.1:$port is taken by something that does not answer Redis PING; set HEXAGON_REDIS_PORT to a free port"
    fi

    local base="$HEXAGON_LOCAL/redis-$port"
    local log="$base/redis.log"
    mkdir -p "$base"
    hexagon_log "Starting Redis on 127.0.0.1:$port (log: $log)"
    printf '\n==== %s: starting redis-server on port %s ====\n' "$(date '+%F %T')" "$port" >>"$log"
    hexagon_spawn "$log" redis-server --port "$port" --bind 127.0.0.1 --daemonize no \
        --save '' --appendonly no --dir "$base"
    local pid="$HEXAGON_SPAWNED_PID"
    hexagon_track "Redis on port $port" "$pid"

    local deadline=$((SECONDS + HEXAGON_START_TIMEOUT))
    until hexagon_redis_answers "$port"; do
        if ! hexagon_pid_alive "$pid"; then
            hexagon_log_tail "$log"
            hexagon_die "redis-server exited during start-up (log: $log)"
        fi
        if ((SECONDS >= deadline)); then
            hexagon_log_tail "$log"
            hexagon_die "Redis did not answer PING on port $port within ${HEXAGON_START_TIMEOUT}s (log: $log)"
        fi
        sleep 0.2
    done
    hexagon_log "Redis ready on 127.0.0.1:$port (pid $pid)"
}

# ---------------------------------------------------------------------------------------------
# Toss sandbox (tests/Sandbox): a local stand-in for Toss Payments' API, never deployed
# ---------------------------------------------------------------------------------------------

# True when a sandbox answers 200 on 127.0.0.1:PORT/sandbox/v1/health. curl when present, else bash's /dev/tcp.
hexagon_sandbox_answers() {
    local port="$1" code=""
    if command -v curl >/dev/null 2>&1; then
        code="$(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$port/sandbox/v1/health" 2>/dev/null || true)"
    else
        # shellcheck disable=SC2016 # expanded by the inner bash
        code="$(timeout 3 bash -c '
            exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
            printf "GET /sandbox/v1/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" >&3
            IFS=" " read -r _ code _ <&3 && printf "%s" "$code"' _ "$port" 2>/dev/null || true)"
    fi
    [[ "$code" == 200 ]]
}

# ensure_toss_sandbox PORT SECRET_KEY [WEBHOOK_URL]: reuse a sandbox answering on PORT, or build tests/Sandbox
# (Release) and start it in the background, stopped on exit like the servers. A reused sandbox keeps the
# secret key it was started with; the caller's key must match it.
ensure_toss_sandbox() {
    local port="$1" secret_key="$2" webhook_url="${3:-}"
    [[ "$port" =~ ^[0-9]+$ ]] || hexagon_die "HEXAGON_SANDBOX_PORT must be a number, got '$port'"
    if hexagon_sandbox_answers "$port"; then
        hexagon_log "Reusing the Toss sandbox already answering on 127.0.0.1:$port (it will be left running)"
        return 0
    fi
    if hexagon_port_open "$port"; then
        hexagon_die "Port 127.0.0.1:$port is taken by something that is not the Toss sandbox; set HEXAGON_SANDBOX_PORT to a free port"
    fi

    local project="$REPO/tests/Sandbox/Sandbox.csproj" base="$HEXAGON_LOCAL/sandbox-$port" dll
    local log="$base/sandbox.log"
    mkdir -p "$base"
    hexagon_log "Building the Toss sandbox (Release)"
    dotnet build "$project" -c Release -nologo -v quiet >"$base/build.log" 2>&1 || {
        hexagon_log_tail "$base/build.log"
        hexagon_die "dotnet build tests/Sandbox -c Release failed (full log: $base/build.log)"
    }
    dll="$(dotnet msbuild "$project" -nologo -getProperty:TargetPath -p:Configuration=Release)"
    [[ -f "$dll" ]] || hexagon_die "Built sandbox not found at '$dll'"

    local -a args=(--urls "http://127.0.0.1:$port" "--Sandbox:Toss:SecretKey=$secret_key")
    [[ -n "$webhook_url" ]] && args+=("--Sandbox:Toss:WebhookUrl=$webhook_url")
    hexagon_log "Starting the Toss sandbox on 127.0.0.1:$port (log: $log)"
    printf '\n==== %s: starting the Toss sandbox on port %s ====\n' "$(date '+%F %T')" "$port" >>"$log"
    hexagon_spawn "$log" dotnet "$dll" "${args[@]}"
    local pid="$HEXAGON_SPAWNED_PID"
    hexagon_track "the Toss sandbox on port $port" "$pid"

    local deadline=$((SECONDS + HEXAGON_START_TIMEOUT))
    until hexagon_sandbox_answers "$port"; do
        if ! hexagon_pid_alive "$pid"; then
            hexagon_log_tail "$log"
            hexagon_die "The Toss sandbox exited during start-up (log: $log)"
        fi
        if ((SECONDS >= deadline)); then
            hexagon_log_tail "$log"
            hexagon_die "The Toss sandbox did not answer on port $port within ${HEXAGON_START_TIMEOUT}s (log: $log)"
        fi
        sleep 0.3
    done
    hexagon_log "Toss sandbox ready on 127.0.0.1:$port (pid $pid)"
}
