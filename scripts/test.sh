#!/usr/bin/env bash
# The test command: brings the local services up, then runs every unit (*Test) and integration (*IT)
# test. Extra arguments go to Maven, e.g. scripts/test.sh -pl superset-sdk-core.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

phase() { printf '[test %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

start=$SECONDS
phase "services up"
scripts/services.sh up
phase "services ready after $((SECONDS - start)) s"
eval "$(scripts/services.sh env)"

mvn_start=$SECONDS
phase "./mvnw -B verify"
./mvnw -B verify "$@"
phase "maven verify: $((SECONDS - mvn_start)) s; total: $((SECONDS - start)) s"
