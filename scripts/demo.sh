#!/usr/bin/env bash
# The demo: starts the local services, syncs the example dbt project into the local Superset with
# `bin/superset-sdk dbt sync`, builds a small dashboard on the synced datasets and metrics through the
# SDK, and prints the sync's summary and the dashboard's URL. Safe to re-run: the sync is idempotent
# and the dashboard and charts are found before they are created.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

scripts/services.sh up
eval "$(scripts/services.sh env)"

echo "== dbt sync (the marts): $DBT_TARGET_DIR -> Superset database '$SUPERSET_DATABASE'"
# The marts only: the connection's role (superset_reader) reads the marts schema alone, as a
# production one should; datasets on staging or intermediate models would answer every query with
# "permission denied".
bin/superset-sdk dbt sync --select marts

echo "== demo dashboard"
JAR="$(ls "$ROOT"/superset-sdk-cli/target/superset-sdk-cli-*-all.jar | head -n 1)"
# The example is one source file; the CLI's jar carries the SDK it needs.
java -cp "$JAR" examples/src/main/java/io/github/supersetsdk/examples/sync/DemoDashboard.java
