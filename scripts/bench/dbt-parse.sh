#!/usr/bin/env bash
# dbt-parse: how fast superset-sdk-dbt reads a large manifest.json, compared in one run with
# Jackson readTree, a raw Jackson token skim (the practical limit: reads every token, keeps
# nothing) and Python json.load + dbt-artifacts-parser, all on the same synthetic file.
#
# usage: scripts/bench.sh dbt-parse [--size 100MB|1GB]
# Ends with one line: RESULT {json}. Files go to ~/.cache/superset-sdk/bench (or $SUPERSET_SDK_BENCH_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SIZE=100MB
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE="${2:-}"; shift 2 ;;
    --size=*) SIZE="${1#--size=}"; shift ;;
    *) echo "dbt-parse: unknown option $1 (usage: --size 100MB|1GB)" >&2; exit 2 ;;
  esac
done
case "$SIZE" in
  100MB) MB=100;  ITER=5; SMALL_ITER=3; BIG_HEAP=4g;  PY_ITER=2 ;;
  1GB)   MB=1024; ITER=2; SMALL_ITER=1; BIG_HEAP=16g; PY_ITER=1 ;;
  *) echo "dbt-parse: --size is 100MB or 1GB" >&2; exit 2 ;;
esac

SDK_HOME="${SUPERSET_SDK_HOME:-$HOME/.cache/superset-sdk}"
BENCH_DIR="${SUPERSET_SDK_BENCH_DIR:-$SDK_HOME/bench}"
PY_VENV="$SDK_HOME/venvs/bench-py"
FILE="$BENCH_DIR/manifest-$SIZE.json"
TEMPLATE="$ROOT/superset-sdk-dbt/src/test/resources/fixtures/manifest-v12-dbt-1.11.16.json"
mkdir -p "$BENCH_DIR"

echo "dbt-parse: building benchmarks.jar" >&2
(cd "$ROOT" && ./mvnw -B -q -pl benchmarks -am package -DskipTests >&2)
JAR="$ROOT/benchmarks/target/benchmarks.jar"
MAIN=io.github.supersetsdk.benchmarks.dbt

if [[ ! -s "$FILE" || "$TEMPLATE" -nt "$FILE" ]]; then
  echo "dbt-parse: generating $FILE" >&2
  java -Xmx1g -cp "$JAR" "$MAIN.SyntheticManifest" "$TEMPLATE" "$FILE" "$MB" >&2
fi

if [[ ! -x "$PY_VENV/bin/python" ]] || ! "$PY_VENV/bin/python" -c 'import dbt_artifacts_parser' 2>/dev/null; then
  echo "dbt-parse: installing dbt-artifacts-parser into $PY_VENV" >&2
  python3 -m venv "$PY_VENV"
  "$PY_VENV/bin/pip" install -q 'dbt-artifacts-parser==0.15.0' >&2
fi

run_java() { # heap mode iterations
  echo "dbt-parse: java -Xmx$1 $2" >&2
  java "-Xmx$1" -cp "$JAR" "$MAIN.DbtParseBench" "$2" "$FILE" "$3" | tail -n 1
}
# Throughput: skim, parser (default: several threads), parser on one thread and readTree
# interleaved in one JVM (best round of each), so a busy machine slows them alike.
# Memory: the parser alone in a 512 MB heap.
COMPARE="$(run_java "$BIG_HEAP" compare "$ITER")"
SMALL="$(run_java 512m parser "$SMALL_ITER" || echo '{"mode":"parser","mbPerSec":null,"peakHeapMb":null}')"

echo "dbt-parse: python json.load + dbt-artifacts-parser" >&2
PYTHON="$("$PY_VENV/bin/python" - "$FILE" "$PY_ITER" <<'PY'
import json, os, sys, time
from dbt_artifacts_parser.parser import parse_manifest
path, iterations = sys.argv[1], int(sys.argv[2])
mb = os.path.getsize(path) / (1024 * 1024)
best = None
for _ in range(iterations):
    start = time.perf_counter()
    with open(path) as f:
        manifest = parse_manifest(manifest=json.load(f))
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
    del manifest
print(json.dumps({"mode": "python", "mbPerSec": round(mb / best, 1)}))
PY
)" || PYTHON='{"mode":"python","mbPerSec":null}'

python3 - "$COMPARE" "$SMALL" "$PYTHON" <<'PY'
import json, sys
compare, small, py = (json.loads(a) for a in sys.argv[1:4])
def ratio(a, b):
    return round(a / b, 2) if a and b else None
parser = compare["parserMbPerSec"]
result = {
    "fileMb": compare["fileMb"],
    "parserMbPerSec": parser,
    "tokenSkimMbPerSec": compare["skimMbPerSec"],
    "readTreeMbPerSec": compare["readTreeMbPerSec"],
    "pythonParserMbPerSec": py.get("mbPerSec"),
    "ratioToTokenSkim": ratio(parser, compare["skimMbPerSec"]),
    "speedupVsReadTree": ratio(parser, compare["readTreeMbPerSec"]),
    "speedupVsDbtArtifactsParser": ratio(parser, py.get("mbPerSec")),
    # The default reader splits a large file over min(4, processors) threads; the same parser
    # on the calling thread alone, for comparison with the single-threaded skim:
    "parserThreads": compare["parserThreads"],
    "parserOneThreadMbPerSec": compare["parserOneThreadMbPerSec"],
    "ratioToTokenSkimOneThread": ratio(compare["parserOneThreadMbPerSec"], compare["skimMbPerSec"]),
    "speedupVsReadTreeOneThread": ratio(compare["parserOneThreadMbPerSec"], compare["readTreeMbPerSec"]),
    "peakHeapMb": small.get("peakHeapMb"),
    "parsedWithXmx512m": small.get("mbPerSec") is not None,
    "parserMbPerSecXmx512m": small.get("mbPerSec"),
    "retainedHeapMb": small.get("retainedHeapMb"),
    "javaHeapForThroughputMb": compare["maxHeapMb"],
}
print("RESULT " + json.dumps(result))
PY
