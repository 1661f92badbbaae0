#!/usr/bin/env bash
# Gradient Lab database outage check, with PostgreSQL really stopped and started again (needs root or sudo for
# pg_ctlcluster and the postgres account; CI runs it after the smoke test).
#
# Starts the jar with the `postgres` profile on a fresh database, signs a demo student in, stops the PostgreSQL
# cluster, and checks that the API, a signed-in course page and the sign-in form answer "temporarily unavailable"
# (503, no stack trace) while the practice pages still work; then starts the cluster again and checks that the same
# running application serves the course page and the API again by itself. The cluster is started again whatever
# happens.
#
# Usage: docs/bench/outage.sh JAR [--port 18081]
# Needs JAVA_HOME (JDK 21+), curl, pg_ctlcluster, a PostgreSQL role that can own a database
# (GRADIENTLAB_TEST_DB_USER / GRADIENTLAB_TEST_DB_PASSWORD, as for the *PostgresIT tests).
set -euo pipefail

jar="${1:?usage: docs/bench/outage.sh JAR [--port N]}"
shift
[ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
# The application runs in a directory of its own: the jar's path must not depend on this one.
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
port=18081
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"
db_user="${GRADIENTLAB_TEST_DB_USER:-gradientlab}"
db_password="${GRADIENTLAB_TEST_DB_PASSWORD:-gradientlab}"
database=gradientlab_outage
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
as_postgres() { $SUDO runuser -u postgres -- "$@"; }
log() { printf '[outage] %s\n' "$*" >&2; }
fail() { printf '[outage] FAILED: %s\n' "$*" >&2; [ -f "$work/app.log" ] && tail -40 "$work/app.log" >&2; exit 1; }

cluster=$(pg_lsclusters -h | awk '$4 == "online" {print $1" "$2; exit}')
[ -n "$cluster" ] || { echo "no PostgreSQL cluster is online" >&2; exit 1; }
read -r pg_version pg_name <<< "$cluster"
base="http://127.0.0.1:$port"
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2> /dev/null || true
  if ! pg_lsclusters -h | awk -v v="$pg_version" -v n="$pg_name" '$1 == v && $2 == n {print $4}' | grep -qx online; then
    $SUDO pg_ctlcluster "$pg_version" "$pg_name" start || true
  fi
}
trap cleanup EXIT

as_postgres env PGOPTIONS=--client-min-messages=warning psql -v ON_ERROR_STOP=1 -q -d postgres \
  -c "DROP DATABASE IF EXISTS $database" \
  -c "CREATE DATABASE $database OWNER \"$db_user\"" > /dev/null

log "starting the application on PostgreSQL $pg_version ($database)"
(
  cd "$work"
  DB_URL="jdbc:postgresql://localhost:5432/$database" DB_USER="$db_user" DB_PASSWORD="$db_password" \
    exec "$JAVA_HOME/bin/java" -jar "$jar" --spring.profiles.active=postgres --server.port="$port"
) > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  health=$(curl -sS "$base/actuator/health" 2> /dev/null || true)
  [[ "$health" == *'"status":"UP"'* ]] && break
  kill -0 "$app_pid" 2> /dev/null || fail "the application stopped while starting"
  sleep 1
done
[[ "$health" == *'"status":"UP"'* ]] || fail "the application did not become healthy"

# status URL [curl options…]: the HTTP status; the body goes to $work/body
status() { curl -sS -o "$work/body" -w '%{http_code}' --max-time 30 "$@"; }
api() { status -u instructor:demo-instructor-pw -H 'Accept: application/json' "$base/api/v1/courses/1/gradebook"; }
# sign_in JAR USER PASSWORD: the login page for its CSRF token, then the form post
sign_in() {
  local page token
  page=$(curl -sS -c "$1" -b "$1" "$base/login")
  token=$(sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' <<< "$page" | head -1)
  [ -n "$token" ] || fail "no CSRF token on the login page"
  status -c "$1" -b "$1" --data-urlencode "username=$2" --data-urlencode "password=$3" \
    --data-urlencode "_csrf=$token" "$base/login"
}
body_has() { grep -qF -- "$1" "$work/body"; }

code=$(sign_in "$work/student.jar" student1 demo-student-pw)
[ "$code" = 302 ] || fail "signing in answered $code, expected 302"
code=$(status -b "$work/student.jar" "$base/courses")
[ "$code" = 200 ] && body_has "My courses" || fail "/courses answered $code before the outage"
code=$(api)
[ "$code" = 200 ] || fail "the gradebook API answered $code before the outage"

log "stopping PostgreSQL $pg_version $pg_name"
$SUDO pg_ctlcluster "$pg_version" "$pg_name" stop

code=$(api)
[ "$code" = 503 ] && body_has "temporarily unavailable" || fail "the API answered $code during the outage"
log "API: 503 $(cat "$work/body")"
code=$(status -b "$work/student.jar" "$base/courses")
[ "$code" = 503 ] && body_has "Temporarily unavailable" || fail "/courses answered $code during the outage"
! body_has "Exception" || fail "/courses showed an exception during the outage"
log "a signed-in student's /courses: 503, \"Temporarily unavailable\""
code=$(sign_in "$work/other.jar" student2 demo-student-pw)
[ "$code" = 503 ] && body_has "Temporarily unavailable" || fail "signing in answered $code during the outage"
! body_has "Exception" || fail "signing in showed an exception during the outage"
log "signing in: 503, \"Temporarily unavailable\""
code=$(status "$base/exercises/chain-rule")
[ "$code" = 200 ] || fail "a practice page answered $code during the outage"
log "a practice page: 200"

log "starting PostgreSQL again"
$SUDO pg_ctlcluster "$pg_version" "$pg_name" start
started=$(date +%s)
for _ in $(seq 1 60); do
  code=$(api)
  [ "$code" = 200 ] && break
  sleep 1
done
[ "$code" = 200 ] || fail "the API still answered $code 60 s after the database returned"
log "API: 200 again after $(($(date +%s) - started)) s"
code=$(status -b "$work/student.jar" "$base/courses")
[ "$code" = 200 ] && body_has "My courses" || fail "/courses answered $code after the outage"
log "the same student's /courses: 200 again; no restart"
rm -rf "$work"
