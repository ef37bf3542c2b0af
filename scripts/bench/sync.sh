#!/usr/bin/env bash
# sync: the SDK's dbt -> Superset sync against preset-cli's `sync dbt-core`, side by side on the same
# Superset: a generated dbt project of N view models (about 10 documented columns each, 2 semantic
# models, 5 simple metrics) built into its own warehouse schema with the pinned dbt, then for each
# tool a first sync into a fresh database connection and a no-op re-sync. Every HTTP request goes
# through a counting proxy (one per tool), so request counts are counted, not estimated.
#
# The SDK reads the project's catalog.json (`dbt docs generate`, timed apart as catalogSec), which lets
# it create new datasets by bundle import; preset-cli is run as its docs say, on the manifest.
# With --repeat N the four timings run N times, alternating which tool goes first; RESULT holds the
# medians and every run's figures (`runs`), as the machine's load varies.
#
# usage: scripts/bench.sh sync [--models N] [--repeat N]
# Ends with one line: RESULT {json}. Files go to ~/.cache/superset-sdk/bench (or $SUPERSET_SDK_BENCH_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODELS=200
REPEAT=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --models) MODELS="${2:-}"; shift 2 ;;
    --models=*) MODELS="${1#--models=}"; shift ;;
    --repeat) REPEAT="${2:-}"; shift 2 ;;
    --repeat=*) REPEAT="${1#--repeat=}"; shift ;;
    *) echo "sync: unknown option $1 (usage: --models N --repeat N)" >&2; exit 2 ;;
  esac
done

eval "$("$ROOT/scripts/services.sh" env)"
SDK_HOME="${SUPERSET_SDK_HOME:-$HOME/.cache/superset-sdk}"
BENCH_DIR="${SUPERSET_SDK_BENCH_DIR:-$SDK_HOME/bench}"
PROJECT="$BENCH_DIR/sync-project"
PRESET_VENV="$SDK_HOME/venvs/preset-cli"
PRESET_VERSION=0.3.13
SCHEMA=bench_sync
SDK_DB=bench_sync_sdk
PRESET_DB=bench_sync_dev # preset-cli names the connection it imports <project>_<target>
log() { echo "sync-bench: $*" >&2; }

python_311() {
  for c in "${SUPERSET_SDK_PYTHON:-}" python3.11 "$HOME"/.pyenv/versions/3.11.*/bin/python; do
    [[ -n "$c" ]] && command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return; }
  done
  echo "sync-bench: preset-cli needs Python 3.11 (set SUPERSET_SDK_PYTHON)" >&2; exit 1
}
if ! "$PRESET_VENV/bin/python" -c "import importlib.metadata as m; assert m.version('preset-cli') == '$PRESET_VERSION'" 2>/dev/null; then
  log "installing preset-cli $PRESET_VERSION into $PRESET_VENV"
  "$(python_311)" -m venv "$PRESET_VENV"
  "$PRESET_VENV/bin/pip" install -q "preset-cli==$PRESET_VERSION" >&2
fi

log "generating and building a $MODELS-model dbt project in $PROJECT (schema $SCHEMA)"
python3 "$ROOT/scripts/bench/sync_project.py" "$PROJECT" "$MODELS" "$SCHEMA"
(cd "$PROJECT" && env -u DBT_PROJECT_DIR DBT_PROFILES_DIR="$PROJECT" "$DBT_BIN" build -q \
  --project-dir "$PROJECT" --target-path "$PROJECT/target" --log-path "$PROJECT/logs" >&2)
CAT_T0=$(date +%s.%N)
(cd "$PROJECT" && env -u DBT_PROJECT_DIR DBT_PROFILES_DIR="$PROJECT" "$DBT_BIN" docs generate -q \
  --project-dir "$PROJECT" --target-path "$PROJECT/target" --log-path "$PROJECT/logs" >&2)
CATALOG_SEC=$(echo "$(date +%s.%N) - $CAT_T0" | bc)

log "building the CLI"
"$ROOT/bin/superset-sdk" --version >/dev/null

PROXY_LOGS="$BENCH_DIR/sync-requests"
mkdir -p "$PROXY_LOGS"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start_proxy() { # port log
  : >"$2"
  python3 "$ROOT/scripts/bench/count_proxy.py" "$1" "127.0.0.1:${SUPERSET_PORT:-8088}" "$2" &
  PIDS+=($!)
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$1/health" && return; sleep 0.1; done
  echo "sync-bench: proxy on port $1 did not start" >&2; exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SDK_PORT=$(free_port); PRESET_PORT=$(free_port)
start_proxy "$SDK_PORT" "$PROXY_LOGS/sdk.log"
start_proxy "$PRESET_PORT" "$PROXY_LOGS/preset.log"

"$PRESET_VENV/bin/python" "$ROOT/scripts/bench/superset_cleanup.py" "$SUPERSET_URL" "$SUPERSET_USERNAME" \
  "$SUPERSET_PASSWORD" "$SDK_DB" "$PRESET_DB"

now() { date +%s.%N; }
count() { wc -l <"$1" | tr -d ' '; }
writes_no_login() { grep -E '^(POST|PUT|DELETE|PATCH) ' "$1" | grep -vc '/api/v1/security/login' || true; }

# The SDK connects Superset with the reader-style credentials from the profile's target; the bench
# schema is dbt's own, so it uses dbt's user (the bench is not about the read-only role).
sdk_sync() { # log-file
  : >"$PROXY_LOGS/sdk.log"
  local t0; t0=$(now)
  SUPERSET_URL="http://127.0.0.1:$SDK_PORT" "$ROOT/bin/superset-sdk" dbt sync \
    --manifest "$PROJECT/target/manifest.json" --semantic-manifest "$PROJECT/target/semantic_manifest.json" \
    --catalog "$PROJECT/target/catalog.json" \
    --profiles-dir "$PROJECT" --target dev --database "$SDK_DB" --json >"$1"
  echo "$(now) - $t0" | bc
}
preset_sync() { # log-file
  : >"$PROXY_LOGS/preset.log"
  local t0; t0=$(now)
  PATH="$(dirname "$DBT_BIN"):$PATH" "$PRESET_VENV/bin/superset-cli" -u "$SUPERSET_USERNAME" -p "$SUPERSET_PASSWORD" \
    "http://127.0.0.1:$PRESET_PORT" sync dbt-core "$PROJECT/target/manifest.json" --project bench_sync \
    --target dev --profiles "$PROJECT/profiles.yml" --import-db >"$1" 2>&1
  echo "$(now) - $t0" | bc
}

cleanup_dbs() {
  "$PRESET_VENV/bin/python" "$ROOT/scripts/bench/superset_cleanup.py" "$SUPERSET_URL" "$SUPERSET_USERNAME" \
    "$SUPERSET_PASSWORD" "$SDK_DB" "$PRESET_DB" >&2
}
RUNS="$PROXY_LOGS/runs.jsonl"
: >"$RUNS"
for run in $(seq "$REPEAT"); do
  [[ "$run" -gt 1 ]] && cleanup_dbs
  sdk_pair() {
    log "run $run: SDK first sync"; SDK_FIRST=$(sdk_sync "$PROXY_LOGS/sdk-first.json"); SDK_FIRST_REQ=$(count "$PROXY_LOGS/sdk.log"); SDK_FIRST_W=$(writes_no_login "$PROXY_LOGS/sdk.log")
    log "run $run: SDK re-sync";    SDK_RE=$(sdk_sync "$PROXY_LOGS/sdk-resync.json");   SDK_RE_REQ=$(count "$PROXY_LOGS/sdk.log");   SDK_RE_W=$(writes_no_login "$PROXY_LOGS/sdk.log")
  }
  preset_pair() {
    log "run $run: preset-cli first sync"; P_FIRST=$(preset_sync "$PROXY_LOGS/preset-first.log"); P_FIRST_REQ=$(count "$PROXY_LOGS/preset.log"); P_FIRST_W=$(writes_no_login "$PROXY_LOGS/preset.log")
    log "run $run: preset-cli re-sync";    P_RE=$(preset_sync "$PROXY_LOGS/preset-resync.log");   P_RE_REQ=$(count "$PROXY_LOGS/preset.log");   P_RE_W=$(writes_no_login "$PROXY_LOGS/preset.log")
  }
  if (( run % 2 == 1 )); then sdk_pair; preset_pair; else preset_pair; sdk_pair; fi
  python3 - "$SDK_FIRST" "$P_FIRST" "$SDK_RE" "$P_RE" "$SDK_FIRST_REQ" "$P_FIRST_REQ" "$SDK_RE_REQ" \
    "$P_RE_REQ" "$SDK_RE_W" "$SDK_FIRST_W" "$P_FIRST_W" "$P_RE_W" "$PROXY_LOGS/sdk-first.json" "$(cut -d' ' -f1 /proc/loadavg)" >>"$RUNS" <<'PY'
import json, sys
a = sys.argv[1:]
f, pf, r, pr = map(float, a[0:4]); fq, pfq, rq, prq, rw, fw, pfw, prw = map(int, a[4:12])
report = json.load(open(a[12]))
print(json.dumps({'firstSyncSec': round(f, 2), 'presetFirstSyncSec': round(pf, 2),
    'firstSyncSpeedup': round(pf / f, 2), 'resyncSec': round(r, 2), 'presetResyncSec': round(pr, 2),
    'resyncSpeedup': round(pr / r, 2), 'firstSyncRequests': fq, 'presetFirstSyncRequests': pfq,
    'resyncRequests': rq, 'presetResyncRequests': prq, 'resyncWrites': rw, 'firstSyncWrites': fw,
    'presetFirstSyncWrites': pfw, 'presetResyncWrites': prw, 'datasetsCreated': report.get('created'),
    'sdkReportedWrites': report.get('httpWrites'), 'loadAvg1m': float(a[13])}))
PY
done
cleanup_dbs

python3 - "$MODELS" "$CATALOG_SEC" "$RUNS" <<'PY'
import json, statistics, sys
models, catalog_sec, runs = int(sys.argv[1]), float(sys.argv[2]), [json.loads(l) for l in open(sys.argv[3])]
med = lambda k: statistics.median(r[k] for r in runs)
out = {'models': models, 'repeats': len(runs)}
for k in ('firstSyncSec', 'presetFirstSyncSec', 'firstSyncSpeedup', 'resyncSec', 'presetResyncSec',
          'resyncSpeedup', 'firstSyncRequests', 'presetFirstSyncRequests', 'resyncRequests',
          'presetResyncRequests', 'resyncWrites', 'firstSyncWrites', 'presetFirstSyncWrites',
          'presetResyncWrites', 'datasetsCreated', 'sdkReportedWrites'):
    v = med(k)
    out[k] = round(v, 2) if isinstance(v, float) else v
out['resyncWrites'] = max(r['resyncWrites'] for r in runs)  # the goal is zero in every run
out['catalogSec'] = round(catalog_sec, 2)
out['runs'] = runs
print('RESULT ' + json.dumps(out))
PY
