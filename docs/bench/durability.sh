#!/usr/bin/env bash
# The kill -9 durability test (docs/durability.md) on the embedded H2 file database and on PostgreSQL: the
# application as its own process under attempt load, killed with SIGKILL, restarted, and every acknowledged attempt
# looked up. PostgreSQL: the server of the other PostgreSQL tests (GRADIENTLAB_TEST_DB_URL, _USER, _PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -f target/durability/*.txt
./mvnw -B verify -Dit.test='KillNineDurabilityIT,KillNineDurabilityPostgresIT' -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -DskipBrowserTests "$@"
cat target/durability/*.txt
