#!/usr/bin/env bash
# Gradient Lab site performance benchmark: the production jar (java -jar) and headless Chromium.
# Measures (a) start-up to serving, (b) first page loads, (c) slider move -> chart redrawn on the
# learning-rate race and Adam-vs-GD pages, and prints p50/p95/max against the targets.
# What each figure means exactly, and the latest results: docs/benchmarks-site.md.
#
# Usage (from anywhere; runs in the repository root):
#   docs/bench/site-bench.sh [--skip-build] [--port 8093] [--startups 3] [--loads 10]
#                            [--moves 100] [--drags 50] [--warmup 5] [--out DIR]
#
# Needs JAVA_HOME (JDK 21 or newer), curl, Chromium and ChromeDriver (/usr/bin/chromium and
# /usr/bin/chromedriver, or CHROME_BINARY / CHROME_DRIVER). Node is needed only when the committed
# frontend bundle (src/main/bundles) no longer matches the sources and the production build has to
# rebuild it; then put Node 24 on PATH. Extra Maven arguments (e.g. -o) go in BENCH_MAVEN_ARGS.
set -euo pipefail

port=8093
skip_build=0
startups=3
loads=10
moves=100
drags=50
warmup=5
out=""

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-build) skip_build=1; shift ;;
    --port) port="$2"; shift 2 ;;
    --startups) startups="$2"; shift 2 ;;
    --loads) loads="$2"; shift 2 ;;
    --moves) moves="$2"; shift 2 ;;
    --drags) drags="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root="$(pwd)"

: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"
java="$JAVA_HOME/bin/java"
chrome_binary="${CHROME_BINARY:-/usr/bin/chromium}"
chrome_driver="${CHROME_DRIVER:-/usr/bin/chromedriver}"
read -r -a maven_extra <<< "${BENCH_MAVEN_ARGS:-}"
mvn=(./mvnw -B "${maven_extra[@]}")
base_url="http://localhost:$port/"

for tool in curl "$chrome_binary" "$chrome_driver" "$java"; do
  command -v "$tool" > /dev/null || { echo "missing: $tool" >&2; exit 1; }
done
if curl -s -o /dev/null --max-time 2 "$base_url"; then
  echo "something already answers on port $port: choose another with --port" >&2
  exit 1
fi

out="${out:-target/site-bench/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out/server"
out="$(cd "$out" && pwd)"

log() { printf '[site-bench] %s\n' "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2> /dev/null; then
    kill -TERM "$server_pid" 2> /dev/null || true
    for _ in $(seq 1 300); do
      kill -0 "$server_pid" 2> /dev/null || break
      sleep 0.1
    done
    kill -KILL "$server_pid" 2> /dev/null || true
    wait "$server_pid" 2> /dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT INT TERM

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

{
  echo "date (UTC):   $(date -u '+%Y-%m-%d %H:%M')"
  echo "commit:       $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml frontend || echo ' (with uncommitted changes)')"
  echo "cpu:          $(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "memory:       $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "java:         $("$java" -version 2>&1 | head -1)"
  echo "browser:      $("$chrome_binary" --version 2> /dev/null | head -1)"
  echo "load before:  $(load_average)"
} > "$out/machine.txt"

# 1. The production jar (and the driver's classes, compiled by the same build).
if [[ $skip_build -eq 0 ]]; then
  log "building the production jar (log: $out/build.log)"
  if ! "${mvn[@]}" -Pproduction -DskipTests package > "$out/build.log" 2>&1; then
    tail -30 "$out/build.log" >&2
    echo "build failed; if it tried to install Node, the frontend bundle needs a rebuild: put Node 24 on PATH" >&2
    exit 1
  fi
else
  log "skipping the jar build; compiling the driver only"
  "${mvn[@]}" -q test-compile > "$out/build.log" 2>&1 || { tail -30 "$out/build.log" >&2; exit 1; }
fi
jar="$(ls "$root"/target/gradient-lab-*.jar | grep -v '\.original$' | head -1)"
# Started as the Dockerfile starts it: the extracted jar with a class-data sharing archive (docs/bench/prepare-jar.sh).
read -r -a app_args <<< "$(docs/bench/prepare-jar.sh "$jar" "$out/app")"
[[ -f "$jar" ]] || { echo "no jar in target/" >&2; exit 1; }
unzip -p "$jar" 'META-INF/VAADIN/config/flow-build-info.json' 2> /dev/null | grep -q '"productionMode" *: *true' \
  || { echo "$jar is not a production build: run without --skip-build" >&2; exit 1; }
"${mvn[@]}" -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" \
  > "$out/classpath.log" 2>&1 || { tail -30 "$out/classpath.log" >&2; exit 1; }

# 2. Start-up: from launching java -jar to the first HTTP 200 of the home page, several times; the last
#    server stays up for the browser measurements. The server works in $out/server (its ./data lives there).
startup_ms=()
started_s=()
for i in $(seq 1 "$startups"); do
  log "start-up $i of $startups"
  t0=$(now_ms)
  (cd "$out/server" && exec "$java" "${app_args[@]}" --server.port="$port") > "$out/server-$i.log" 2>&1 &
  server_pid=$!
  code=000
  while [[ "$code" != 200 ]]; do
    kill -0 "$server_pid" 2> /dev/null || { tail -30 "$out/server-$i.log" >&2; echo "server exited" >&2; exit 1; }
    (( $(now_ms) - t0 < 300000 )) || { echo "no HTTP 200 within 300 s" >&2; exit 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base_url" || true)
    [[ "$code" == 200 ]] || sleep 0.05
  done
  startup_ms+=($(( $(now_ms) - t0 )))
  started=""
  for _ in $(seq 1 100); do
    started=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$out/server-$i.log" | head -1)
    [[ -n "$started" ]] && break
    sleep 0.1
  done
  started_s+=("${started:-}")
  log "  first 200 after ${startup_ms[-1]} ms; \"Started in\" ${started:-?} s"
  if (( i < startups )); then
    stop_server
  fi
done

# 3. The browser measurements against the running server.
echo "load at driver start: $(load_average)" >> "$out/machine.txt"
log "browser measurements (this takes several minutes)"
"$java" -Dchrome.binary="$chrome_binary" -Dchrome.driver="$chrome_driver" \
  -cp "$root/target/test-classes:$(cat "$out/classpath.txt")" \
  org.gradientlab.bench.site.SiteBenchmark \
  --base-url "$base_url" --loads "$loads" --moves "$moves" --drags "$drags" --warmup "$warmup" \
  --out "$out" \
  --startup-ms "$(IFS=,; echo "${startup_ms[*]}")" --started-s "$(IFS=,; echo "${started_s[*]}")" \
  > /dev/null 2> >(tee "$out/driver.log" | grep --line-buffered '^\[site-bench\]' >&2) \
  || { sleep 1; tail -30 "$out/driver.log" >&2; exit 1; }
echo "load after:   $(load_average)" >> "$out/machine.txt"
stop_server

{
  echo '```'
  cat "$out/machine.txt"
  echo '```'
  echo
  cat "$out/results.md"
} > "$out/report.md"
cat "$out/report.md"
log "raw samples and logs: $out"
