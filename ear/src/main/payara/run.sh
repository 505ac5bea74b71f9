#!/usr/bin/env bash
# Runs Manabi on Payara Server for the README's run command (./mvnw -Prun package):
# configures the data source from config/manabi.properties or the environment, starts the domain,
# deploys the EAR, waits until the application answers, prints the URL and the demo logins, and
# stops the server cleanly on Ctrl-C.
set -euo pipefail

: "${MANABI_EAR:?}" "${MANABI_PAYARA_HOME:?}" "${MANABI_DEFAULT_DATA_DIR:?}"

# Settings: environment first, then config/manabi.properties (key = value), then defaults.
setting() {
  local env="$1" key="$2" default="$3" value=""
  value="${!env:-}"
  if [[ -z "$value" && -f "${MANABI_CONFIG_FILE:-}" ]]; then
    value=$(sed -n "s/^[[:space:]]*${key//./\\.}[[:space:]]*=[[:space:]]*//p" "$MANABI_CONFIG_FILE" | tail -n 1 | tr -d '\r')
  fi
  printf '%s' "${value:-$default}"
}

export MANABI_DATA_DIR=$(setting MANABI_DATA_DIR data.dir "$MANABI_DEFAULT_DATA_DIR")
mkdir -p "$MANABI_DATA_DIR"
export MANABI_DATA_DIR=$(cd "$MANABI_DATA_DIR" && pwd)
export MANABI_CONTENT_DIR=$(setting MANABI_CONTENT_DIR content.dir "$MANABI_DATA_DIR/content")
export MANABI_DB_URL=$(setting MANABI_DB_URL db.url "jdbc:h2:file:$MANABI_DATA_DIR/db/manabi")
export MANABI_DB_USER=$(setting MANABI_DB_USER db.user manabi)
export MANABI_DB_PASSWORD=$(setting MANABI_DB_PASSWORD db.password manabi)
export MANABI_DEMO=$(setting MANABI_DEMO demo true)
demo_password=$(setting MANABI_DEMO_PASSWORD demo.password "")
if [[ -n "$demo_password" ]]; then export MANABI_DEMO_PASSWORD="$demo_password"; fi
http_port=$(setting MANABI_HTTP_PORT http.port 8080)
case "$MANABI_DB_URL" in
  jdbc:postgresql:*) export MANABI_DB_CLASS=org.postgresql.ds.PGSimpleDataSource ;;
  jdbc:h2:*) export MANABI_DB_CLASS=org.h2.jdbcx.JdbcDataSource ;;
  *) echo "Manabi: unsupported database URL: $MANABI_DB_URL (use jdbc:h2:… or jdbc:postgresql:…)" >&2; exit 2 ;;
esac

asadmin="$MANABI_PAYARA_HOME/bin/asadmin"
chmod +x "$asadmin" "$MANABI_PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true
domain_dir="$MANABI_PAYARA_HOME/glassfish/domains/domain1"

# A server left running by an earlier run that was killed would hold the ports.
"$asadmin" stop-domain domain1 >/dev/null 2>&1 || true

started=$(date +%s)
stop() {
  local status="$1"
  trap - INT TERM EXIT
  echo
  echo "Manabi: stopping the server…"
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
  echo "Manabi: stopped."
  exit "$status"
}
# Ctrl-C is the normal way to stop; a failure on the way up stops the server and keeps its status.
trap 'stop 0' INT TERM
trap 'stop $?' EXIT

if ! [[ "$http_port" =~ ^[0-9]+$ ]] || (( http_port < 1 || http_port > 65535 )); then
  echo "Manabi: the HTTP port must be a number from 1 to 65535, not '$http_port'" >&2
  exit 2
fi
# The port is written into the domain before it starts (every run, so that a port chosen once does
# not stick): changing a listener of a running server would restart the application under it.
sed -i -E '/name="http-listener-1"/ s/port="[0-9]+"/port="'"$http_port"'"/' "$domain_dir/config/domain.xml"

echo "Manabi: starting Payara ($MANABI_PAYARA_HOME) on ${MANABI_DB_URL%%;*}"
"$asadmin" start-domain domain1 >/dev/null
echo "Manabi: deploying the application (schema migration and demo data on first start)…"
if ! "$asadmin" deploy --force=true --name manabi "$MANABI_EAR" >/dev/null; then
  echo "Manabi: deployment failed; see $domain_dir/logs/server.log" >&2
  exit 1
fi

url="http://localhost:$http_port/"
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "${url}api/health/ready"; then break; fi
  sleep 1
done
curl -fsS -o /dev/null "${url}api/health/ready" || { echo "Manabi: the application did not become ready; see $domain_dir/logs/server.log" >&2; exit 1; }

pid=$(cat "$domain_dir/config/pid" 2>/dev/null || true)
rss=$( [[ -n "$pid" ]] && ps -o rss= -p "$pid" 2>/dev/null | awk '{printf "%d MB", $1/1024}' || true)
echo
echo "Manabi is ready after $(( $(date +%s) - started )) s (server memory ${rss:-unknown}): $url"
if [[ "$MANABI_DEMO" == "true" && -f "$MANABI_DATA_DIR/demo-logins.txt" ]]; then
  cat "$MANABI_DATA_DIR/demo-logins.txt"
fi
echo "Data folder: $MANABI_DATA_DIR   Server log: $domain_dir/logs/server.log"
echo "Press Ctrl-C to stop."
while true; do sleep 3600 & wait $!; done
