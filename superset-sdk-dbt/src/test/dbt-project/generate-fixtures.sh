#!/usr/bin/env bash
# Regenerates the dbt-written fixtures under src/test/resources/fixtures/ with real dbt releases.
# usage: generate-fixtures.sh VENV_ROOT VERSION...   (VENV_ROOT/dbtVERSION/bin/dbt must exist)
# Each version runs against its own schema (fixture_dbtNN), which is dropped afterwards.
# Macros and docs of dbt's own packages are trimmed to keep the files small; every kept object is
# byte-for-byte what dbt wrote, re-serialised by Python's json module.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/../resources/fixtures"
VENVS="$1"; shift
export DO_NOT_TRACK=1 DBT_SEND_ANONYMOUS_USAGE_STATS=false
for v in "$@"; do
  dbt="$VENVS/dbt$v/bin/dbt"
  full="$("$VENVS/dbt$v/bin/python" -c 'from importlib.metadata import version; print(version("dbt-core"))')"
  schema="fixture_dbt${v//./}"
  work="$(mktemp -d)"
  cp -r "$HERE/." "$work/"
  rm -f "$work/generate-fixtures.sh" "$work/trim.py"
  minor="${v#1.}"
  if (( minor < 6 )); then rm "$work/models/marts/semantic.yml"; cp "$work/extras/legacy_metrics.yml" "$work/models/marts/"; fi
  if (( minor < 7 )); then rm "$work/models/marts/saved_queries.yml"; fi
  if (( minor < 8 )); then rm "$work/models/marts/unit_tests.yml"; fi
  rm -rf "$work/extras"
  export DBT_SCHEMA="$schema"
  ( cd "$work" && "$dbt" seed --profiles-dir . --target-path "$work/target" --log-path "$work/logs" >/dev/null \
      && "$dbt" run --profiles-dir . --target-path "$work/target" --log-path "$work/logs" > "$work/run.log" || true
    cp "$work/target/run_results.json" "$work/run_results.run.json" 2>/dev/null || true
    "$dbt" snapshot --profiles-dir . --target-path "$work/target" --log-path "$work/logs" >/dev/null || true
    "$dbt" test --profiles-dir . --target-path "$work/target" --log-path "$work/logs" >/dev/null || true
    cp "$work/target/run_results.json" "$work/run_results.test.json" 2>/dev/null || true
    "$dbt" source freshness --profiles-dir . --target-path "$work/target" --log-path "$work/logs" >/dev/null || true
    "$dbt" docs generate --profiles-dir . --target-path "$work/target" --log-path "$work/logs" >/dev/null )
  python3 "$HERE/trim.py" "$work/target/manifest.json" "$OUT/manifest-v@-dbt-$full.json"
  [[ -f "$work/target/semantic_manifest.json" ]] && python3 "$HERE/trim.py" "$work/target/semantic_manifest.json" "$OUT/semantic_manifest-dbt-$full.json"
  python3 "$HERE/trim.py" "$work/run_results.run.json" "$OUT/run_results-v@-dbt-$full.json"
  python3 "$HERE/trim.py" "$work/run_results.test.json" "$OUT/run_results-v@-dbt-$full-test.json"
  python3 "$HERE/trim.py" "$work/target/catalog.json" "$OUT/catalog-v@-dbt-$full.json"
  [[ -f "$work/target/sources.json" ]] && python3 "$HERE/trim.py" "$work/target/sources.json" "$OUT/sources-v@-dbt-$full.json"
  PGPASSWORD=dbt psql -h 127.0.0.1 -U dbt -d warehouse -qc "drop schema if exists $schema cascade" >/dev/null 2>&1 || \
    "$VENVS/dbt$v/bin/python" -c "import psycopg2; c=psycopg2.connect(host='127.0.0.1',user='dbt',password='dbt',dbname='warehouse'); c.autocommit=True; c.cursor().execute('drop schema if exists $schema cascade')"
  rm -rf "$work"
  echo "dbt $full done"
done
