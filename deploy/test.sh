#!/usr/bin/env bash
# Build the solution once and run every test suite against real MariaDB and Redis servers.
#
#   bash deploy/test.sh [extra dotnet test args, e.g. --filter "FullyQualifiedName~Orders"]
#
# Servers: reuses a MariaDB on HEXAGON_MYSQL_PORT (3307) and a Redis on HEXAGON_REDIS_PORT (6380)
# when they answer, otherwise installs (apt, only what is missing) and starts them under .local/,
# and stops on exit only what it started. HEXAGON_MYSQL / HEXAGON_REDIS point at other servers.
# TRX files go to TestResults/. The last line printed is "N passed, N failed, N skipped".
# Exit status: non-zero when the build fails, a test fails, or no test ran.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/lib/common.sh
source "$REPO/deploy/lib/common.sh"
cd "$REPO"

hexagon_install_traps

# redis-server is always needed: some tests start their own throwaway Redis.
needs=(redis argon2)
[[ -z "${HEXAGON_MYSQL:-}" ]] && needs+=(mariadb)
ensure_packages "${needs[@]}"
ensure_mariadb
ensure_redis

if [[ -n "${HEXAGON_MYSQL:-}" ]]; then
    HEXAGON_TEST_MYSQL="$(hexagon_strip_database "$HEXAGON_MYSQL")"
else
    HEXAGON_TEST_MYSQL="$(hexagon_mysql_server_cs)"
fi
export HEXAGON_TEST_MYSQL
export HEXAGON_TEST_REDIS="${HEXAGON_REDIS:-127.0.0.1:$HEXAGON_REDIS_PORT}"
export HEXAGON_TEST_DATABASE="${HEXAGON_TEST_DATABASE:-hexagon_test}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
hexagon_log "Tests use HEXAGON_TEST_REDIS=$HEXAGON_TEST_REDIS HEXAGON_TEST_DATABASE=$HEXAGON_TEST_DATABASE"

# HEXAGON_TEST_RESULTS lets two runs on one checkout keep their TRX files apart.
results="${HEXAGON_TEST_RESULTS:-$REPO/TestResults}"
rm -rf "$results"
mkdir -p "$results"

hexagon_log "dotnet build Hexagon.sln -c Release"
build_rc=0
dotnet build Hexagon.sln -c Release -nologo || build_rc=$?
if ((build_rc != 0)); then
    hexagon_stop_started
    echo "BUILD FAILED (dotnet build exit code $build_rc): no tests were run"
    exit "$build_rc"
fi

hexagon_log "dotnet test Hexagon.sln -c Release --no-build $*"
test_rc=0
# The default TRX file names are unique per run (the logger adds [1], [2]... on a clash).
dotnet test Hexagon.sln -c Release --no-build \
    --results-directory "$results" \
    --logger trx \
    --logger "console;verbosity=minimal" \
    "$@" || test_rc=$?

# Sum the <Counters .../> of every TRX file (plain grep/sed, no extra tools).
counter() { # counter NAME COUNTERS-ELEMENT
    local v
    v="$(printf '%s' "$2" | sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p")"
    printf '%s' "${v:-0}"
}
passed=0 failed=0 skipped=0 files=0
shopt -s nullglob
for trx in "$results"/*.trx; do
    files=$((files + 1))
    counters="$(grep -o '<Counters[^>]*>' "$trx" | head -n 1 || true)"
    if [[ -z "$counters" ]]; then
        hexagon_warn "No <Counters> element in $trx"
        continue
    fi
    total="$(counter total "$counters")"
    p="$(counter passed "$counters")"
    f=$(($(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
    s=$((total - p - f))
    ((s < 0)) && s=0
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
done
shopt -u nullglob

hexagon_stop_started

rc=0
if ((failed > 0)); then
    echo "TESTS FAILED: $failed failing test(s); details above, TRX files in TestResults/"
    rc=1
elif ((passed + failed == 0)); then
    echo "NO TESTS RAN: $files TRX file(s) in TestResults/ and no executed test (dotnet test exit code $test_rc)"
    rc=1
elif ((test_rc != 0)); then
    echo "dotnet test exited with code $test_rc although no test failed (a test host crashed, or bad arguments?)"
    rc="$test_rc"
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$rc"
