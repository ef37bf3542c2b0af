#!/usr/bin/env bash
# Runs one benchmark: scripts/bench.sh NAME [options]. Each benchmark is scripts/bench/NAME.sh and
# ends with one line `RESULT {json}` carrying the figures its issue names.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAME="${1:-}"
if [[ -z "$NAME" || "$NAME" == "-h" || "$NAME" == "--help" ]]; then
  echo "usage: scripts/bench.sh NAME [options]" >&2
  echo "benchmarks:" >&2
  for f in "$ROOT"/scripts/bench/*.sh; do [[ -e "$f" ]] && echo "  $(basename "$f" .sh)" >&2; done
  exit 2
fi
shift
SCRIPT="$ROOT/scripts/bench/$NAME.sh"
if [[ ! -f "$SCRIPT" ]]; then
  echo "bench: no benchmark named '$NAME' (looked for scripts/bench/$NAME.sh)" >&2
  exit 2
fi
exec bash "$SCRIPT" "$@"
