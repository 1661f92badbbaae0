#!/usr/bin/env bash
# Prepares the production jar the way the Dockerfile runs it: Spring Boot's extracted layout plus a class-data
# sharing archive from a training run (the context starts and stops, no request served, no demo data written).
# Usage: docs/bench/prepare-jar.sh JAR DIR   → prints the java arguments that start the prepared application.
set -euo pipefail
jar="$1"
dir="$2"
java="${JAVA_HOME:?set JAVA_HOME}/bin/java"
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" > /dev/null
app="$dir/$(basename "$jar")"
(cd "$dir" && "$java" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar "$app" \
  --server.port=0 --gradientlab.demo.enabled=false --gradientlab.admin.create-first=false \
  --spring.datasource.url=jdbc:h2:mem:training > training.log 2>&1)
[[ -s "$dir/app.jsa" ]] || { tail -20 "$dir/training.log" >&2; echo "no class-data archive was written" >&2; exit 1; }
echo "-XX:SharedArchiveFile=$dir/app.jsa -jar $app"
