#!/usr/bin/env bash
# Measure password hashing and logins on this machine; prints figures, asserts nothing (see docs/BENCHMARKS.md).
#
#   bash deploy/bench.sh            (= all: argon2, then login, then stores)
#   bash deploy/bench.sh argon2     Argon2id hash time in-process (no servers needed)
#   bash deploy/bench.sh login      the service against a fresh 'hexagon_bench' database: sustained logins with
#                                   8 and 32 clients while a GET /api/v1/me load runs beside them
#   bash deploy/bench.sh stores     a fresh 'hexagon_bench' seeded with 10,000 stores around Seoul City Hall
#                                   (Bootstrap --seed-demo): GET /api/v1/stores by distance from City Hall, 32 clients,
#                                   page 1 and page 50 (keyset cursor), then the EXPLAIN of the list SQL
#   bash deploy/bench.sh orders     a fresh 'hexagon_bench' seeded with demo stores, the service pointed at a Toss sandbox:
#                                   order placement end-to-end (16 and 32 customers), the same database work in-process
#                                   (orders-floor) and 200 buyers for one menu with stock 100 (orders-hot); not in "all"
#
# The login benchmark runs once per MaxConcurrentHashes value in HEXAGON_BENCH_HASH_BOUNDS (default "default 1":
# the service's default, one per logical CPU, then 1), each against a freshly started service and database.
# Servers: like deploy/run.sh (reuses MariaDB on 3307 / Redis on 6380 when they answer, else starts them); the
# service, and only what this script started, is stopped on exit.
#
# Settings (environment): HEXAGON_BENCH_PORT (first port tried, 18080), HEXAGON_BENCH_DURATION (measured seconds
# per phase, 15), HEXAGON_BENCH_WARMUP (3), HEXAGON_BENCH_USERS (64), HEXAGON_BENCH_CONCURRENCY ("8,32"),
# HEXAGON_BENCH_ME_RATE (total /me req/s over 4 loops, 200; 0 = back-to-back), HEXAGON_BENCH_HASH_BOUNDS;
# stores: HEXAGON_BENCH_STORES (10000), HEXAGON_BENCH_STORES_DURATION (30), HEXAGON_BENCH_STORES_WARMUP (5),
# HEXAGON_BENCH_STORES_CONCURRENCY (32), HEXAGON_BENCH_STORES_PAGE (50).
# orders: HEXAGON_BENCH_ORDERS_DURATION (60), HEXAGON_BENCH_ORDERS_WARMUP (10), HEXAGON_BENCH_ORDERS_CONCURRENCY ("16,32"),
# HEXAGON_BENCH_ORDERS_STORES (300), HEXAGON_BENCH_ORDERS_PER_WORKER (paid checkouts prepared per floor worker, 3000),
# HEXAGON_BENCH_HOT_BUYERS (200), HEXAGON_BENCH_HOT_STOCK (100), HEXAGON_BENCH_HOT_COLD (1 = no connection warm-up before
# the burst), HEXAGON_BENCH_SANDBOX_PORT (Toss sandbox, 18181), HEXAGON_BENCH_ORDERS_PARTS ("orders floor hot": which to run).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/lib/common.sh
source "$REPO/deploy/lib/common.sh"
cd "$REPO"

MODE="${1:-all}"
case "$MODE" in
argon2 | login | stores | orders | all) ;;
*) hexagon_die "usage: deploy/bench.sh [login|argon2|stores|orders|all]" ;;
esac

DATABASE="hexagon_bench"
FIRST_PORT="${HEXAGON_BENCH_PORT:-18080}"
DURATION="${HEXAGON_BENCH_DURATION:-15}"
WARMUP="${HEXAGON_BENCH_WARMUP:-3}"
USERS="${HEXAGON_BENCH_USERS:-64}"
CONCURRENCY="${HEXAGON_BENCH_CONCURRENCY:-8,32}"
ME_RATE="${HEXAGON_BENCH_ME_RATE:-200}"
HASH_BOUNDS="${HEXAGON_BENCH_HASH_BOUNDS:-default 1}"
STORES="${HEXAGON_BENCH_STORES:-10000}"
STORES_DURATION="${HEXAGON_BENCH_STORES_DURATION:-30}"
STORES_WARMUP="${HEXAGON_BENCH_STORES_WARMUP:-5}"
STORES_CONCURRENCY="${HEXAGON_BENCH_STORES_CONCURRENCY:-32}"
STORES_PAGE="${HEXAGON_BENCH_STORES_PAGE:-50}"
READY_TIMEOUT="${HEXAGON_READY_TIMEOUT:-120}"
ORDERS_DURATION="${HEXAGON_BENCH_ORDERS_DURATION:-60}"
ORDERS_WARMUP="${HEXAGON_BENCH_ORDERS_WARMUP:-10}"
ORDERS_CONCURRENCY="${HEXAGON_BENCH_ORDERS_CONCURRENCY:-16,32}"
ORDERS_STORES="${HEXAGON_BENCH_ORDERS_STORES:-300}"
ORDERS_PER_WORKER="${HEXAGON_BENCH_ORDERS_PER_WORKER:-3000}"
HOT_BUYERS="${HEXAGON_BENCH_HOT_BUYERS:-200}"
HOT_STOCK="${HEXAGON_BENCH_HOT_STOCK:-100}"
SANDBOX_PORT="${HEXAGON_BENCH_SANDBOX_PORT:-18181}"
ORDERS_PARTS="${HEXAGON_BENCH_ORDERS_PARTS:-orders floor hot}"
LOG_DIR="$HEXAGON_LOCAL/bench"

hexagon_install_traps

# Figures taken while something else keeps the CPUs busy are not this service's figures: say so up front.
read -r load1 _ </proc/loadavg || load1=0
if awk -v l="$load1" 'BEGIN { exit !(l > 1.0) }'; then
    hexagon_warn "The 1-minute load average is $load1 before this script started: if other work is still running it will skew the figures (see the 'other CPU' column)"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

needs=(argon2)
if [[ "$MODE" != argon2 ]]; then
    [[ -n "${HEXAGON_MYSQL:-}" ]] && hexagon_die "bench.sh drops and re-creates '$DATABASE' and needs the managed MariaDB: unset HEXAGON_MYSQL"
    needs+=(mariadb)
    [[ -z "${HEXAGON_REDIS:-}" ]] && needs+=(redis)
fi
ensure_packages "${needs[@]}"

hexagon_log "Building the benchmark console (Release)"
dotnet build "$REPO/benchmarks/Hexagon.Benchmarks/Hexagon.Benchmarks.csproj" -c Release -nologo -v quiet >&2 ||
    hexagon_die "dotnet build benchmarks/Hexagon.Benchmarks -c Release failed"
BENCH_DLL="$(dotnet msbuild "$REPO/benchmarks/Hexagon.Benchmarks/Hexagon.Benchmarks.csproj" -nologo -getProperty:TargetPath -p:Configuration=Release)"
[[ -f "$BENCH_DLL" ]] || hexagon_die "Built benchmark console not found at '$BENCH_DLL'"

if [[ "$MODE" == argon2 || "$MODE" == all ]]; then
    # Before any server of ours runs, so that nothing else competes for the CPUs.
    hexagon_log "Argon2id in-process benchmark"
    dotnet "$BENCH_DLL" argon2
    echo
fi
[[ "$MODE" == argon2 ]] && exit 0

ensure_mariadb
ensure_redis
hexagon_log "Building Bootstrap (Release)"
dotnet build "$REPO/Bootstrap/Bootstrap.csproj" -c Release -nologo -v quiet >&2 ||
    hexagon_die "dotnet build Bootstrap -c Release failed"
APP_DLL="$(dotnet msbuild "$REPO/Bootstrap/Bootstrap.csproj" -nologo -getProperty:TargetPath -p:Configuration=Release)"
[[ -f "$APP_DLL" ]] || hexagon_die "Built service not found at '$APP_DLL'"
mkdir -p "$LOG_DIR"

free_port() {
    local port="$1"
    while hexagon_port_open "$port"; do
        port=$((port + 1))
        ((port < FIRST_PORT + 100)) || hexagon_die "No free loopback port in $FIRST_PORT..$((FIRST_PORT + 99))"
    done
    printf '%s' "$port"
}

http_status() {
    curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null || true
}

fresh_database() {
    hexagon_log "Fresh database '$DATABASE'"
    hexagon_mysql_exec "DROP DATABASE IF EXISTS \`$DATABASE\`; CREATE DATABASE \`$DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" ||
        hexagon_die "Could not re-create database '$DATABASE'"
}

# Starts the built service on 127.0.0.1:$1, logging to $2 ($3 names it in the log); sets app_pid; returns when ready.
start_service() {
    local port="$1" log="$2" label="$3" base_url="http://127.0.0.1:$1"
    hexagon_log "Starting the service on $base_url ($label; log: $log)"
    # Content root Bootstrap/ (appsettings*.json); own session, so Ctrl-C reaches this script, which stops it.
    (
        cd "$REPO/Bootstrap"
        export ASPNETCORE_URLS="$base_url"
        exec setsid dotnet "$APP_DLL"
    ) >>"$log" 2>&1 </dev/null &
    app_pid=$!
    hexagon_track "the Hexagon service on port $port" "$app_pid"

    local deadline=$((SECONDS + READY_TIMEOUT)) code=000
    until [[ "$code" == 200 ]]; do
        if ! hexagon_pid_alive "$app_pid"; then
            hexagon_log_tail "$log"
            hexagon_die "The service exited during start-up (log: $log)"
        fi
        ((SECONDS < deadline)) || { hexagon_log_tail "$log"; hexagon_die "No HTTP 200 from $base_url/health/ready within ${READY_TIMEOUT}s"; }
        sleep 0.5
        code="$(http_status "$base_url/health/ready")"
    done
    hexagon_log "The service is ready (pid $app_pid)"
}

# Stops the service started by start_service on port $1 (log $2) and forgets it, so the exit trap does not try again.
stop_service() {
    local port="$1" log="$2"
    hexagon_stop_pid "the Hexagon service on port $port" "$app_pid"
    HEXAGON_STARTED_NAMES=("${HEXAGON_STARTED_NAMES[@]:0:${#HEXAGON_STARTED_NAMES[@]}-1}")
    HEXAGON_STARTED_PIDS=("${HEXAGON_STARTED_PIDS[@]:0:${#HEXAGON_STARTED_PIDS[@]}-1}")
    if grep -qiE '"LogLevel":"(Error|Critical)"|\bfail:|crit:' "$log"; then
        hexagon_warn "The service logged errors during the run; see $log"
    fi
}

# One service run: fresh database, service with MaxConcurrentHashes=$1 ("default" = not set), the login benchmark.
run_login_benchmark() {
    local bound="$1" port base_url log label
    fresh_database

    port="$(free_port "$FIRST_PORT")"
    base_url="http://127.0.0.1:$port"
    log="$LOG_DIR/service-$port.log"
    : >"$log"
    if [[ "$bound" == default ]]; then
        unset PasswordHashing__MaxConcurrentHashes
        label="MaxConcurrentHashes default ($(nproc))"
    else
        export PasswordHashing__MaxConcurrentHashes="$bound"
        label="MaxConcurrentHashes=$bound"
    fi

    start_service "$port" "$log" "$label"
    local rc=0
    dotnet "$BENCH_DLL" login --base-url "$base_url" --users "$USERS" --concurrency "$CONCURRENCY" \
        --warmup "$WARMUP" --duration "$DURATION" --me-loops 4 --me-rate "$ME_RATE" \
        --config-dir "$REPO/Bootstrap" --label "$label" --service-pid "$app_pid" | tee "$LOG_DIR/result-$bound.txt" || rc=$?
    ((rc == 0)) || hexagon_warn "The login benchmark reported errors or failed (exit $rc); figures above"

    stop_service "$port" "$log"
}

# What the service reads (environment over appsettings): dev secrets, no jobs, limits out of the way, quiet log.
export ASPNETCORE_ENVIRONMENT=Development
export Database__ConnectionString="Server=127.0.0.1;Port=$HEXAGON_MYSQL_PORT;Database=$DATABASE;User ID=$HEXAGON_DB_USER;Password=$HEXAGON_DB_PASSWORD;SslMode=Disabled;AllowPublicKeyRetrieval=true"
export Redis__Configuration="${HEXAGON_REDIS:-127.0.0.1:$HEXAGON_REDIS_PORT}"
export Jobs__Enabled=false
# Rate limits at the validated maximum (1,000,000) per 1-second window: the benchmark measures hashing, not limiting.
for key in PermitLimit StrictPermitLimit LoginPermitLimit SignUpPermitLimit RefreshPermitLimit; do
    export "RateLimits__$key=1000000"
done
for key in WindowSeconds StrictWindowSeconds LoginWindowSeconds SignUpWindowSeconds RefreshWindowSeconds; do
    export "RateLimits__$key=1"
done
export Logging__LogLevel__Default=Warning

# The store list: fresh database seeded with $STORES stores (the service's own seeder), then page 1 and page $STORES_PAGE.
run_stores_benchmark() {
    local port base_url log
    fresh_database
    unset PasswordHashing__MaxConcurrentHashes
    hexagon_log "Seeding $STORES demo stores (Bootstrap --seed-demo; migrates first)"
    (cd "$REPO/Bootstrap" && dotnet "$APP_DLL" --seed-demo --stores "$STORES") >&2 ||
        hexagon_die "Bootstrap --seed-demo --stores $STORES failed (see its output above)"
    hexagon_mysql_exec "ANALYZE TABLE \`$DATABASE\`.stores" >/dev/null || hexagon_warn "ANALYZE TABLE stores failed"

    port="$(free_port "$FIRST_PORT")"
    base_url="http://127.0.0.1:$port"
    log="$LOG_DIR/service-$port.log"
    : >"$log"
    start_service "$port" "$log" "store list"

    local rc=0
    dotnet "$BENCH_DLL" stores --base-url "$base_url" --lat 37.5665 --lng 126.9780 --take 20 --page "$STORES_PAGE" \
        --concurrency "$STORES_CONCURRENCY" --warmup "$STORES_WARMUP" --duration "$STORES_DURATION" --radius 4000 \
        --connection-string "$Database__ConnectionString" --service-pid "$app_pid" | tee "$LOG_DIR/result-stores.txt" || rc=$?
    ((rc == 0)) || hexagon_warn "The store list benchmark reported errors or failed (exit $rc); figures above"
    stop_service "$port" "$log"
}

# Order placement (issue 6): a fresh database seeded with $ORDERS_STORES demo stores, a Toss sandbox for the service
# (started here unless one answers on $SANDBOX_PORT), one service run; then `orders` (end-to-end over HTTP),
# `orders-floor` (the same database work in-process; prints the ratio to the end-to-end figures) and `orders-hot`.
run_orders_benchmark() {
    local port base_url log toss_key="${HEXAGON_TOSS_SECRET_KEY:-test_sk_local_sandbox_key}" e2e rc
    ensure_toss_sandbox "$SANDBOX_PORT" "$toss_key"
    export Toss__BaseUrl="http://127.0.0.1:$SANDBOX_PORT" Toss__SecretKey="$toss_key"
    fresh_database
    unset PasswordHashing__MaxConcurrentHashes
    hexagon_log "Seeding $ORDERS_STORES demo stores (Bootstrap --seed-demo; migrates first)"
    (cd "$REPO/Bootstrap" && dotnet "$APP_DLL" --seed-demo --stores "$ORDERS_STORES") >&2 ||
        hexagon_die "Bootstrap --seed-demo --stores $ORDERS_STORES failed (see its output above)"

    port="$(free_port "$FIRST_PORT")"
    base_url="http://127.0.0.1:$port"
    log="$LOG_DIR/service-$port.log"
    : >"$log"
    start_service "$port" "$log" "order placement"

    e2e=""
    if [[ " $ORDERS_PARTS " == *" orders "* ]]; then
        rc=0
        dotnet "$BENCH_DLL" orders --base-url "$base_url" --sandbox-url "$Toss__BaseUrl" --connection-string "$Database__ConnectionString" \
            --concurrency "$ORDERS_CONCURRENCY" --warmup "$ORDERS_WARMUP" --duration "$ORDERS_DURATION" --service-pid "$app_pid" |
            tee "$LOG_DIR/result-orders.txt" || rc=$?
        ((rc == 0)) || hexagon_warn "The orders benchmark reported errors or failed (exit $rc); figures above"
        e2e="$(sed -n 's/^RESULT orders_per_s //p' "$LOG_DIR/result-orders.txt" | tail -n 1)"
    fi
    if [[ " $ORDERS_PARTS " == *" floor "* ]]; then
        rc=0
        dotnet "$BENCH_DLL" orders-floor --base-url "$base_url" --connection-string "$Database__ConnectionString" \
            --concurrency "$ORDERS_CONCURRENCY" --warmup 5 --duration "$ORDERS_DURATION" --per-worker "$ORDERS_PER_WORKER" \
            ${e2e:+--e2e "$e2e"} | tee "$LOG_DIR/result-orders-floor.txt" || rc=$?
        ((rc == 0)) || hexagon_warn "The orders-floor benchmark reported errors or failed (exit $rc); figures above"
    fi
    if [[ " $ORDERS_PARTS " == *" hot "* ]]; then
        rc=0
        dotnet "$BENCH_DLL" orders-hot --base-url "$base_url" --sandbox-url "$Toss__BaseUrl" --connection-string "$Database__ConnectionString" \
            --buyers "$HOT_BUYERS" --stock "$HOT_STOCK" ${HEXAGON_BENCH_HOT_COLD:+--cold} --service-pid "$app_pid" |
            tee "$LOG_DIR/result-orders-hot.txt" || rc=$?
        ((rc == 0)) || hexagon_warn "The orders-hot benchmark found something unexpected (exit $rc); see above"
    fi
    stop_service "$port" "$log"
}

if [[ "$MODE" == login || "$MODE" == all ]]; then
    for bound in $HASH_BOUNDS; do
        [[ "$bound" == default || "$bound" =~ ^[0-9]+$ ]] || hexagon_die "HEXAGON_BENCH_HASH_BOUNDS: 'default' or numbers, got '$bound'"
        run_login_benchmark "$bound"
    done
fi
if [[ "$MODE" == stores || "$MODE" == all ]]; then
    run_stores_benchmark
fi
if [[ "$MODE" == orders ]]; then
    run_orders_benchmark
fi

hexagon_log "Done. Results: $LOG_DIR/result-*.txt"
