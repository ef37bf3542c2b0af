#!/usr/bin/env bash
# dbt-parse: how fast superset-sdk-dbt reads large manifest.json files shaped like real ones,
# compared in one run, per input, with a raw Jackson token skim (the practical limit: reads every
# token, keeps nothing), Jackson readTree, Python json.load and dbt-artifacts-parser; and, cold
# from the command line, the whole `bin/superset-sdk dbt inspect --json FILE` process against
# `python3 -c "import json; json.load(open(FILE))"` on the same file.
#
# Inputs (each grown to --size by scripts/bench/grow_manifest.py, which clones every resource with
# new unique ids and rewrites depends_on, parent_map and child_map to match):
#   real-*      the public manifests dbt wrote in real projects (../shared/dbt-real, see SOURCE.md;
#               $SUPERSET_SDK_DBT_REAL overrides the directory; missing files are left out)
#   fixture-*   this project's own fixtures written by dbt 1.5 .. 1.11
#   synthetic   the generated manifest of earlier versions of this benchmark (SyntheticManifest)
#
# usage: scripts/bench.sh dbt-parse [--size 200MB|1GB|NMB] [--inputs all|NAME,NAME...] [--rounds N]
#   --inputs takes names or prefixes (real, fixture, synthetic, fixture-1.11 ...); default all.
#   --size 1GB reads each input with -Xmx512m only (the memory goal) plus the cold CLI.
# Ends with one line: RESULT {json}. Files go to ~/.cache/superset-sdk/bench (or $SUPERSET_SDK_BENCH_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SIZE=200MB
INPUTS=all
ROUNDS=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE="${2:-}"; shift 2 ;;
    --size=*) SIZE="${1#--size=}"; shift ;;
    --inputs) INPUTS="${2:-}"; shift 2 ;;
    --inputs=*) INPUTS="${1#--inputs=}"; shift ;;
    --rounds) ROUNDS="${2:-}"; shift 2 ;;
    --rounds=*) ROUNDS="${1#--rounds=}"; shift ;;
    *) echo "dbt-parse: unknown option $1 (usage: --size 200MB|1GB|NMB --inputs all|NAME,... --rounds N)" >&2; exit 2 ;;
  esac
done
case "$SIZE" in
  1GB) MB=1024 ;;
  *MB) MB="${SIZE%MB}" ;;
  *) echo "dbt-parse: --size is NMB or 1GB" >&2; exit 2 ;;
esac
if ! [[ "$MB" =~ ^[0-9]+$ ]] || (( MB < 8 )); then
  echo "dbt-parse: --size must be at least 8MB" >&2; exit 2
fi
BIG=$(( MB > 400 ? 1 : 0 ))
ROUNDS="${ROUNDS:-$(( BIG ? 1 : 3 ))}"

SDK_HOME="${SUPERSET_SDK_HOME:-$HOME/.cache/superset-sdk}"
BENCH_DIR="${SUPERSET_SDK_BENCH_DIR:-$SDK_HOME/bench}/dbt-parse"
PY_VENV="$SDK_HOME/venvs/bench-py"
REAL_DIR="${SUPERSET_SDK_DBT_REAL:-$ROOT/../shared/dbt-real}"
FIXTURES="$ROOT/superset-sdk-dbt/src/test/resources/fixtures"
GROW="$ROOT/scripts/bench/grow_manifest.py"
mkdir -p "$BENCH_DIR"

# name -> template
declare -A TEMPLATES=()
ORDER=()
for f in "$REAL_DIR"/manifest__*.json; do
  [[ -e "$f" ]] || continue
  base="$(basename "$f" .json)"           # manifest__v12__owner__repo
  name="real-${base#manifest__*__}"        # real-owner__repo
  name="${name//__/-}"
  TEMPLATES[$name]="$f"; ORDER+=("$name")
done
for f in "$FIXTURES"/manifest-v*-dbt-1.*.json; do
  [[ "$f" == *handwritten* ]] && continue
  version="$(basename "$f" .json)"; version="${version##*-dbt-}"
  TEMPLATES["fixture-$version"]="$f"; ORDER+=("fixture-$version")
done
ORDER+=(synthetic)

selected() { # name
  [[ "$INPUTS" == all ]] && return 0
  local IFS=, want
  for want in $INPUTS; do
    [[ "$1" == "$want" || "$1" == "$want"-* || "$1" == "$want"* ]] && return 0
  done
  return 1
}
NAMES=()
for n in "${ORDER[@]}"; do selected "$n" && NAMES+=("$n"); done
if [[ ${#NAMES[@]} -eq 0 ]]; then
  echo "dbt-parse: no input matches --inputs $INPUTS (inputs: ${ORDER[*]})" >&2; exit 2
fi

echo "dbt-parse: building benchmarks.jar and the CLI" >&2
(cd "$ROOT" && ./mvnw -B -q -pl benchmarks,superset-sdk-cli -am package -DskipTests >&2)
JAR="$ROOT/benchmarks/target/benchmarks.jar"
MAIN=io.github.supersetsdk.benchmarks.dbt
CLI="$ROOT/bin/superset-sdk"
"$CLI" --version >/dev/null  # builds nothing now, but creates the class-data archive once

if [[ ! -x "$PY_VENV/bin/python" ]] || ! "$PY_VENV/bin/python" -c 'import dbt_artifacts_parser' 2>/dev/null; then
  echo "dbt-parse: installing dbt-artifacts-parser into $PY_VENV" >&2
  python3 -m venv "$PY_VENV"
  "$PY_VENV/bin/pip" install -q 'dbt-artifacts-parser==0.15.0' >&2
fi

file_for() { # name -> path, generated when missing or older than its template or generator
  local name="$1" file="$BENCH_DIR/$1-${SIZE}.json"
  if [[ "$name" == synthetic ]]; then
    local template="$FIXTURES/manifest-v12-dbt-1.11.16.json"
    if [[ ! -s "$file" || "$template" -nt "$file" ]]; then
      echo "dbt-parse: generating $file" >&2
      java -Xmx1g -cp "$JAR" "$MAIN.SyntheticManifest" "$template" "$file" "$MB" >&2
    fi
  else
    local template="${TEMPLATES[$name]}"
    if [[ ! -s "$file" || "$template" -nt "$file" || "$GROW" -nt "$file" ]]; then
      echo "dbt-parse: growing $template to $file" >&2
      python3 "$GROW" "$template" "$file" "$MB"
    fi
  fi
  echo "$file"
}

# Seconds of one whole process, wall clock.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print(round($end - $start, 3))"
}

run_java() { # heap mode iterations file
  echo "dbt-parse:   java -Xmx$1 $2" >&2
  java "-Xmx$1" -cp "$JAR" "$MAIN.DbtParseBench" "$2" "$4" "$3" | tail -n 1
}

python_figures() { # file iterations
  "$PY_VENV/bin/python" - "$1" "$2" <<'PY'
import gc, json, os, sys, time
path, iterations = sys.argv[1], int(sys.argv[2])
mb = os.path.getsize(path) / (1024 * 1024)
out = {"jsonLoadMbPerSec": None, "dbtArtifactsParserMbPerSec": None, "dbtArtifactsParserError": None}
best_load = best_parse = None
for _ in range(iterations):
    start = time.perf_counter()
    with open(path) as f:
        data = json.load(f)
    loaded = time.perf_counter()
    best_load = min(best_load or 1e9, loaded - start)
    if out["dbtArtifactsParserError"] is None:
        try:
            from dbt_artifacts_parser.parser import parse_manifest
            manifest = parse_manifest(manifest=data)
            best_parse = min(best_parse or 1e9, time.perf_counter() - start)
            del manifest
        except Exception as e:  # a version or shape the library does not read
            msg = str(e).strip().splitlines()
            out["dbtArtifactsParserError"] = (type(e).__name__ + ": " + (msg[0] if msg else ""))[:300]
    del data
    gc.collect()
out["jsonLoadMbPerSec"] = round(mb / best_load, 1)
if best_parse:
    out["dbtArtifactsParserMbPerSec"] = round(mb / best_parse, 1)
print(json.dumps(out))
PY
}

ROWS=()
for name in "${NAMES[@]}"; do
  FILE="$(file_for "$name")"
  echo "dbt-parse: $name ($FILE)" >&2
  if (( BIG )); then
    COMPARE='{}'
    PY='{}'
  else
    # skim, parser (all cores), parser on one thread and readTree interleaved in one JVM (best
    # round of each), so a busy machine slows them alike.
    COMPARE="$(run_java 4g compare "$ROUNDS" "$FILE")"
    PY="$(python_figures "$FILE" "$(( ROUNDS > 1 ? 2 : 1 ))" || echo '{"dbtArtifactsParserError":"python failed"}')"
  fi
  SMALL="$(run_java 512m parser 1 "$FILE" 2>/dev/null || echo '{"mode":"parser","mbPerSec":null}')"
  # Cold: whole processes, alternated, best of each.
  CLI_BEST="" PY_BEST=""
  for _ in $(seq "$ROUNDS"); do
    c="$(seconds "$CLI" dbt inspect --json "$FILE")"
    p="$(seconds python3 -c "import json; json.load(open('$FILE'))")"
    CLI_BEST="$(python3 -c "print(min(x for x in ($c, ${CLI_BEST:-1e9})))")"
    PY_BEST="$(python3 -c "print(min(x for x in ($p, ${PY_BEST:-1e9})))")"
  done
  ROWS+=("$(python3 - "$name" "$FILE" "$COMPARE" "$SMALL" "$PY" "$CLI_BEST" "$PY_BEST" <<'PY'
import json, os, sys
name, path = sys.argv[1], sys.argv[2]
compare, small, py = (json.loads(a) for a in sys.argv[3:6])
cli, pyload = float(sys.argv[6]), float(sys.argv[7])
def ratio(a, b):
    return round(a / b, 2) if a and b else None
parser = compare.get("parserMbPerSec")
row = {
    "name": name,
    "fileMb": round(os.path.getsize(path) / 1048576, 1),
    "dbtVersion": None,
    "parserMbPerSec": parser,
    "parserOneThreadMbPerSec": compare.get("parserOneThreadMbPerSec"),
    "skimMbPerSec": compare.get("skimMbPerSec"),
    "readTreeMbPerSec": compare.get("readTreeMbPerSec"),
    "pythonJsonLoadMbPerSec": py.get("jsonLoadMbPerSec"),
    "dbtArtifactsParserMbPerSec": py.get("dbtArtifactsParserMbPerSec"),
    "ratioToSkim": ratio(parser, compare.get("skimMbPerSec")),
    "speedupVsReadTree": ratio(parser, compare.get("readTreeMbPerSec")),
    "coldCliSec": cli,
    "pythonJsonLoadSec": pyload,
    "coldCliSpeedupVsPython": ratio(pyload, cli),
    "parsedWithXmx512m": small.get("mbPerSec") is not None,
    "peakHeapMbXmx512m": small.get("peakHeapMb"),
    "retainedHeapMb": small.get("retainedHeapMb"),
}
if py.get("dbtArtifactsParserError"):
    row["dbtArtifactsParserError"] = py["dbtArtifactsParserError"]
with open(path, "rb") as f:
    head = f.read(4096).decode("utf-8", "replace")
import re
m = re.search(r'"dbt_version":\s*"([^"]+)"', head)
row["dbtVersion"] = m.group(1) if m else None
print(json.dumps(row))
PY
)")
  echo "dbt-parse:   ${ROWS[-1]}" >&2
done

python3 - "$SIZE" "$(nproc)" "${ROWS[@]}" <<'PY'
import json, sys
size, cores, rows = sys.argv[1], int(sys.argv[2]), [json.loads(r) for r in sys.argv[3:]]
real = [r for r in rows if r["name"] != "synthetic"]
def every(key, limit):
    vals = [r.get(key) for r in real]
    return all(v is not None and v >= limit for v in vals) if vals else None
goals = {
    "parserAtLeast0.7xSkim": every("ratioToSkim", 0.7),
    "parserAtLeast3xReadTree": every("speedupVsReadTree", 3.0),
    "coldCliAtLeast3xPythonJsonLoad": every("coldCliSpeedupVsPython", 3.0),
    "parsedWithXmx512m": all(r["parsedWithXmx512m"] for r in real) if real else None,
}
print("RESULT " + json.dumps({"size": size, "cores": cores, "inputs": rows, "goalsOnRealShapes": goals}))
PY
