#!/usr/bin/env bash
# The test command: brings the local services up, then runs every unit (*Test) and integration (*IT)
# test against Superset 6.1.0, then the ITs of core and sync against the older lines named in
# SUPERSET_SDK_COMPAT_VERSIONS (scripts/compat.sh; default 5.0.0, COMPAT_DEFAULT below: the older
# line that installs fastest, a wheel). SUPERSET_SDK_COMPAT_VERSIONS="" leaves them out,
# SUPERSET_SDK_COMPAT_VERSIONS="5.0.0 4.1.4" adds one. What the 5.0.0 step costs: docs/compatibility.md.
# The older lines are brought up in the background while the 6.1.0 build runs: on a fresh machine
# their venv and metadata take minutes, here they only start. Extra arguments go to Maven, e.g.
# scripts/test.sh -pl superset-sdk-core, and leave the older lines out.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

phase() { printf '[test %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

COMPAT_DEFAULT="5.0.0"
compat_versions=()
if (($# == 0)); then
  read -r -a compat_versions <<<"${SUPERSET_SDK_COMPAT_VERSIONS-$COMPAT_DEFAULT}"
fi

start=$SECONDS
phase "services up"
scripts/services.sh up
phase "services ready after $((SECONDS - start)) s"
eval "$(scripts/services.sh env)"

compat_up_pid=""
stop_compat_up() {
  if [[ -n "$compat_up_pid" ]]; then
    pkill -TERM -P "$compat_up_pid" 2>/dev/null || true
    kill "$compat_up_pid" 2>/dev/null || true
  fi
}
if ((${#compat_versions[@]})); then
  compat_up_log="${SUPERSET_SDK_HOME:-$HOME/.cache/superset-sdk}/logs/test-compat-up.log"
  mkdir -p "$(dirname "$compat_up_log")"
  phase "starting Superset ${compat_versions[*]} in the background (log: $compat_up_log)"
  (
    unset SUPERSET_URL SUPERSET_PORT
    for v in "${compat_versions[@]}"; do
      SUPERSET_VERSION="$v" scripts/services.sh up || exit 1
    done
  ) >"$compat_up_log" 2>&1 &
  compat_up_pid=$!
  trap stop_compat_up EXIT
fi

mvn_start=$SECONDS
phase "./mvnw -B verify"
./mvnw -B verify "$@"
phase "maven verify: $((SECONDS - mvn_start)) s; total: $((SECONDS - start)) s"

if ((${#compat_versions[@]})); then
  compat_start=$SECONDS
  if ! wait "$compat_up_pid"; then
    compat_up_pid=""
    cat "$compat_up_log" >&2
    echo "[test] starting Superset ${compat_versions[*]} failed (log above: $compat_up_log)" >&2
    exit 1
  fi
  compat_up_pid=""
  phase "compatibility: core and sync ITs on Superset ${compat_versions[*]}"
  COMPAT_SUITES="core sync" scripts/compat.sh "${compat_versions[@]}"
  phase "compatibility: $((SECONDS - compat_start)) s; total: $((SECONDS - start)) s"
fi
