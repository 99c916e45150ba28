#!/usr/bin/env bash
# Run the Hexagon service locally, in the foreground, with its MariaDB and Redis.
#
#   bash deploy/run.sh          (Ctrl-C stops the service and every server this script started)
#
# Servers: reuses a MariaDB on HEXAGON_MYSQL_PORT (3307) and a Redis on HEXAGON_REDIS_PORT (6380)
# when they answer, otherwise installs (apt, only what is missing) and starts them under .local/.
# HEXAGON_MYSQL (ADO.NET connection string) / HEXAGON_REDIS (host:port) point at other servers instead.
# On first start the catalog gets demo data: HEXAGON_DEMO_STORES stores (default 200) and the demo customer.
# Other settings come from Bootstrap/appsettings*.json.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/lib/common.sh
source "$REPO/deploy/lib/common.sh"
cd "$REPO"

HTTP_PORT="${HEXAGON_HTTP_PORT:-8080}"
DATABASE="${HEXAGON_DATABASE:-hexagon}"
READY_TIMEOUT="${HEXAGON_READY_TIMEOUT:-120}"
BASE_URL="http://127.0.0.1:$HTTP_PORT"

hexagon_install_traps

needs=(argon2)
[[ -z "${HEXAGON_MYSQL:-}" ]] && needs+=(mariadb)
[[ -z "${HEXAGON_REDIS:-}" ]] && needs+=(redis)
ensure_packages "${needs[@]}"
ensure_mariadb
ensure_redis
# The service creates its tables, never the database itself.
hexagon_ensure_database "$DATABASE"

# Toss sandbox (tests/Sandbox, docs/SANDBOX.md): a local stand-in for Toss Payments, so checkout and payment
# work without the internet. Reused when one already answers on HEXAGON_SANDBOX_PORT, else built and started
# in the background and stopped on exit. The service is pointed at it through its Toss settings.
SANDBOX_PORT="${HEXAGON_SANDBOX_PORT:-8081}"
TOSS_SECRET_KEY="${HEXAGON_TOSS_SECRET_KEY:-test_sk_local_sandbox_key}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
ensure_toss_sandbox "$SANDBOX_PORT" "$TOSS_SECRET_KEY" "${HEXAGON_SANDBOX_WEBHOOK_URL:-}"
SANDBOX_URL="http://127.0.0.1:$SANDBOX_PORT"
export Toss__BaseUrl="$SANDBOX_URL"
export Toss__SecretKey="$TOSS_SECRET_KEY"

# The same sandbox stands in for FCM and for the operators' Slack channel. Its service account (with the private
# key) is made when the sandbox starts, so it is fetched on every run, also from a reused sandbox.
FCM_ACCOUNT="$HEXAGON_LOCAL/sandbox-$SANDBOX_PORT/fcm-service-account.json"
mkdir -p "$(dirname "$FCM_ACCOUNT")"
if curl -fsS -m 5 "$SANDBOX_URL/sandbox/v1/fcm/service-account" -o "$FCM_ACCOUNT" 2>/dev/null; then
    export Fcm__ServiceAccountPath="$FCM_ACCOUNT" Fcm__BaseUrl="$SANDBOX_URL" Fcm__TokenUri="$SANDBOX_URL/token" \
        Fcm__ProjectId=hexagon-local Alerts__WebhookUrl="$SANDBOX_URL/sandbox/v1/slack/webhook"
else
    hexagon_warn "The sandbox gave no FCM service account: pushes are skipped (notifications are still written)"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
hexagon_log "Building Bootstrap (Release)"
dotnet build "$REPO/Bootstrap/Bootstrap.csproj" -c Release -nologo -v quiet ||
    hexagon_die "dotnet build Bootstrap -c Release failed"
APP_DLL="$(dotnet msbuild "$REPO/Bootstrap/Bootstrap.csproj" -nologo -getProperty:TargetPath -p:Configuration=Release)"
[[ -f "$APP_DLL" ]] || hexagon_die "Built service not found at '$APP_DLL'"

export ASPNETCORE_URLS="$BASE_URL"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__ConnectionString="${HEXAGON_MYSQL:-Server=127.0.0.1;Port=$HEXAGON_MYSQL_PORT;Database=$DATABASE;User ID=$HEXAGON_DB_USER;Password=$HEXAGON_DB_PASSWORD;SslMode=Disabled;AllowPublicKeyRetrieval=true}"
export Redis__Configuration="${HEXAGON_REDIS:-127.0.0.1:$HEXAGON_REDIS_PORT}"

# Demo data on first start only: --seed-demo migrates, then does nothing when the catalog already has stores.
DEMO_STORES="${HEXAGON_DEMO_STORES:-200}"
hexagon_log "Seeding demo data ($DEMO_STORES stores) unless the catalog already has stores"
(cd "$REPO/Bootstrap" && dotnet "$APP_DLL" --seed-demo --stores "$DEMO_STORES") ||
    hexagon_die "Bootstrap --seed-demo failed (see its output above)"

# HTTP status of a URL ("000" when nothing answers). curl when present, else bash's /dev/tcp.
http_status() {
    local url="$1"
    if command -v curl >/dev/null 2>&1; then
        curl -s -o /dev/null -m 3 -w '%{http_code}' "$url" 2>/dev/null || true
        return 0
    fi
    local rest="${url#http://}" hostport path
    hostport="${rest%%/*}"
    path="/${rest#*/}"
    # shellcheck disable=SC2016 # expanded by the inner bash
    timeout 3 bash -c '
        exec 3<>"/dev/tcp/${1%:*}/${1##*:}" || exit 1
        printf "GET %s HTTP/1.0\r\nHost: %s\r\n\r\n" "$2" "$1" >&3
        IFS=" " read -r _ code _ <&3 && printf "%s" "$code"' _ "$hostport" "$path" 2>/dev/null || printf '000'
}

# Waits (bounded) for /health/live to answer 200, then prints where everything is.
announce_when_ready() {
    local app_pid="$1" deadline=$((SECONDS + READY_TIMEOUT)) code="000"
    while ((SECONDS < deadline)); do
        hexagon_pid_alive "$app_pid" || return 0
        code="$(http_status "$BASE_URL/health/live")"
        if [[ "$code" == 200 ]]; then
            cat <<EOF

[hexagon] Hexagon is up (environment $ASPNETCORE_ENVIRONMENT):
[hexagon]   API          $BASE_URL
[hexagon]   API docs     $BASE_URL/docs
[hexagon]   OpenAPI      $BASE_URL/openapi/v1.json
[hexagon]   Health       $BASE_URL/health/ready
[hexagon]   Toss sandbox $SANDBOX_URL (docs/SANDBOX.md)
[hexagon] Press Ctrl-C to stop.

EOF
            return 0
        fi
        sleep 1
    done
    hexagon_warn "The service did not answer HTTP 200 on $BASE_URL/health/live within ${READY_TIMEOUT}s (last answer: $code); it keeps running, see its log above"
}

hexagon_log "Starting the service on $BASE_URL (database '$DATABASE')"
# Run the built dll from the project folder, so the content root (appsettings*.json) is Bootstrap/.
# It runs in the background and this script waits for it, so that a SIGTERM sent to this script
# alone is handled at once: the trap stops the service, then the servers.
(cd "$REPO/Bootstrap" && exec dotnet "$APP_DLL") &
app_pid=$!
hexagon_track "the Hexagon service" "$app_pid"

announce_when_ready "$app_pid" &
hexagon_track "the readiness probe" "$!"

app_rc=0
wait "$app_pid" || app_rc=$?
hexagon_log "The service exited with code $app_rc"
exit "$app_rc"
