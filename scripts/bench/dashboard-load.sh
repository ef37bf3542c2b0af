#!/usr/bin/env bash
# dashboard-load: a 20-chart dashboard on the example marts (marts.fct_orders, through a database
# connection of the bench's own), 200 concurrent simulated viewers over 3 tenants (guest tokens with
# a tenant_id RLS clause each), Zipf-distributed over charts and extra filters with an exponential
# think time (mean --think-ms) between views; each viewer makes the same seeded sequence of views in
# both phases; the cached phase starts cold and lasts longer (Superset's capacity sets the direct
# latency within seconds, the cold fill of the cache takes about a minute here):
#   (a) straight from Superset's chart-data API,
#   (b) through the chart-data cache (superset-sdk-cache) on 2 instances sharing Redis.
# Superset requests are counted by the clients; every response is checked against its tenant's rows.
# Over equal time the direct phase serves only what Superset can answer, so the request goal is
# judged per view served (requestReduction); the raw counts are reported too.
#
# usage: scripts/bench.sh dashboard-load [--viewers N] [--think-ms N] [--direct-seconds N] [--cached-seconds N]
# Ends with one line: RESULT {json}. Needs the services of scripts/services.sh (not started here).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VIEWERS=200
THINK_MS=500
DIRECT_SECONDS=60
CACHED_SECONDS=150
while [[ $# -gt 0 ]]; do
  case "$1" in
    --viewers) VIEWERS="${2:-}"; shift 2 ;;
    --think-ms) THINK_MS="${2:-}"; shift 2 ;;
    --direct-seconds) DIRECT_SECONDS="${2:-}"; shift 2 ;;
    --cached-seconds) CACHED_SECONDS="${2:-}"; shift 2 ;;
    *) echo "dashboard-load: unknown option $1 (usage: [--viewers N] [--think-ms N] [--direct-seconds N] [--cached-seconds N])" >&2; exit 2 ;;
  esac
done
cd "$ROOT"
eval "$(scripts/services.sh env)"
if ! curl -fsS -m 5 "$SUPERSET_URL/health" >/dev/null; then
  echo "dashboard-load: Superset is not answering at $SUPERSET_URL; run scripts/services.sh up" >&2
  exit 1
fi
echo "[bench dashboard-load] building benchmarks.jar" >&2
./mvnw -B -q -o -pl benchmarks -am package -DskipTests >&2
exec java -Xmx1g -cp benchmarks/target/benchmarks.jar \
  io.github.supersetsdk.benchmarks.cache.DashboardLoadBench "$VIEWERS" "$THINK_MS" "$DIRECT_SECONDS" "$CACHED_SECONDS"
