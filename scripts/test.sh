#!/usr/bin/env bash
# The test command: brings the local services up, then runs every unit (*Test) and integration (*IT)
# test against Superset 6.1.0, then the ITs of core and sync against the older lines named in
# SUPERSET_SDK_COMPAT_VERSIONS (scripts/compat.sh; default 5.0.0, COMPAT_DEFAULT below: the older
# line that installs fastest, a wheel). SUPERSET_SDK_COMPAT_VERSIONS="" leaves them out,
# SUPERSET_SDK_COMPAT_VERSIONS="5.0.0 4.1.4" adds one. What the 5.0.0 step costs: docs/compatibility.md.
# Extra arguments go to Maven, e.g. scripts/test.sh -pl superset-sdk-core, and leave the older lines out.
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

COMPAT_DEFAULT="5.0.0"
if (($# == 0)) && [[ -n "${SUPERSET_SDK_COMPAT_VERSIONS-$COMPAT_DEFAULT}" ]]; then
  compat_start=$SECONDS
  read -r -a compat_versions <<<"${SUPERSET_SDK_COMPAT_VERSIONS-$COMPAT_DEFAULT}"
  phase "compatibility: core and sync ITs on Superset ${compat_versions[*]}"
  COMPAT_SUITES="core sync" scripts/compat.sh "${compat_versions[@]}"
  phase "compatibility: $((SECONDS - compat_start)) s; total: $((SECONDS - start)) s"
fi
