#!/usr/bin/env bash
# Gradient Lab load benchmark: N simulated students against one production jar (java -jar) on this machine.
# Each student signs in (sign-ins spread over a ramp), opens the learning-rate race and moves a slider, opens the
# chain rule and submits a wrong then a right answer, at a human pace, speaking Vaadin's UI protocol
# (org.gradientlab.bench.load.LoadDriver). Reports p50/p95 per action and the heap per session.
# The driver runs on the same machine as the server: both share its cores.
#
# Usage (runs in the repository root):
#   docs/bench/load-bench.sh [--skip-build] [--port 8094] [--students "50 200 500"] [--ramp 100] [--hold 120]
#                            [--settle 30] [--warmup 20] [--out DIR]
#
# Needs JAVA_HOME (a JDK 21 or newer, with jcmd) and curl.
set -euo pipefail

port=8094
skip_build=0
counts="50 200 500"
ramp=100
hold=120
settle=30
warmup=20
out=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-build) skip_build=1; shift ;;
    --port) port="$2"; shift 2 ;;
    --students) counts="$2"; shift 2 ;;
    --ramp) ramp="$2"; shift 2 ;;
    --hold) hold="$2"; shift 2 ;;
    --settle) settle="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root="$(pwd)"
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"
java="$JAVA_HOME/bin/java"
base_url="http://localhost:$port/"
if curl -s -o /dev/null --max-time 2 "$base_url"; then
  echo "something already answers on port $port: choose another with --port" >&2
  exit 1
fi
out="${out:-target/load-bench/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
log() { printf '[load-bench] %s\n' "$*" >&2; }

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2> /dev/null; then
    kill -TERM "$server_pid" 2> /dev/null || true
    for _ in $(seq 1 300); do kill -0 "$server_pid" 2> /dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2> /dev/null || true
    wait "$server_pid" 2> /dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT INT TERM

if [[ $skip_build -eq 0 ]]; then
  log "building the production jar (log: $out/build.log)"
  ./mvnw -B -Pproduction -DskipTests package > "$out/build.log" 2>&1 || { tail -30 "$out/build.log" >&2; exit 1; }
else
  ./mvnw -B -q test-compile > "$out/build.log" 2>&1 || { tail -30 "$out/build.log" >&2; exit 1; }
fi
jar="$(ls "$root"/target/gradient-lab-*.jar | grep -v '\.original$' | head -1)"
# Started as the Dockerfile starts it: the extracted jar with a class-data sharing archive (docs/bench/prepare-jar.sh).
read -r -a app_args <<< "$(docs/bench/prepare-jar.sh "$jar" "$out/app")"
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" \
  > "$out/classpath.log" 2>&1 || { tail -30 "$out/classpath.log" >&2; exit 1; }
classpath="$root/target/test-classes:$(cat "$out/classpath.txt")"

{
  echo "date (UTC):  $(date -u '+%Y-%m-%d %H:%M')"
  echo "commit:      $(git rev-parse --short HEAD)"
  echo "cpu:         $(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "java:        $("$java" -version 2>&1 | head -1)"
} > "$out/machine.txt"

for n in $counts; do
  run="$out/n$n"
  mkdir -p "$run/server"
  total=$(( n + 10 ))
  log "N = $n: starting a fresh server with $total load-test students"
  (cd "$run/server" && exec "$java" "${app_args[@]}" --server.port="$port" \
      --gradientlab.demo.load-students="$total" \
      --gradientlab.api.rate-limit.requests-per-minute=1000000 --gradientlab.api.rate-limit.burst=100000) \
    > "$run/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    grep -q "Load-test students" "$run/server.log" 2> /dev/null && break
    kill -0 "$server_pid" 2> /dev/null || { tail -30 "$run/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "load before N=$n: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
  log "N = $n: warm-up with 10 students for $warmup s (students $(( n + 1 ))…$total)"
  "$java" -cp "$classpath" org.gradientlab.bench.load.LoadDriver --base-url "$base_url" --server-pid "$server_pid" \
    --students 10 --first "$(( n + 1 ))" --ramp 5 --hold "$warmup" --settle 5 --pause-min-ms 1000 --pause-max-ms 2000 \
    --out "$run/warmup.md" > /dev/null 2> "$run/warmup.log" || { tail -20 "$run/warmup.log" >&2; exit 1; }
  log "N = $n: measuring (ramp $ramp s, hold $hold s)"
  "$java" -cp "$classpath" org.gradientlab.bench.load.LoadDriver --base-url "$base_url" --server-pid "$server_pid" \
    --students "$n" --ramp "$ramp" --hold "$hold" --settle "$settle" --out "$run/results.md" \
    > /dev/null 2> "$run/driver.log" || { tail -20 "$run/driver.log" >&2; exit 1; }
  echo "load after N=$n:  $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
  stop_server
  cat "$run/results.md"
done

{
  echo '```'
  cat "$out/machine.txt"
  echo '```'
  for n in $counts; do echo; echo "### N = $n"; echo; cat "$out/n$n/results.md"; done
} > "$out/report.md"
log "report: $out/report.md"
