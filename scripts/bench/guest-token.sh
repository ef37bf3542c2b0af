#!/usr/bin/env bash
# scripts/bench.sh guest-token [--quick]: what one guest token costs, measured in one JVM and one run
# against the real local Superset: minted through Superset's API, signed locally with the server's
# secret (GuestTokenService with signing), and served from GuestTokenService's cache.
# Ends with one line: RESULT {json} (remoteMintP50Ms, remoteMintP95Ms, localSignP50Us, cachedP50Us).
# SUPERSET_SDK_SERVICES_UP=0 skips `scripts/services.sh up` when the services already run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

MINTS=500
[[ "${1:-}" == "--quick" ]] && MINTS=100

if [[ "${SUPERSET_SDK_SERVICES_UP:-1}" != "0" ]]; then
  scripts/services.sh up >&2
fi
eval "$(scripts/services.sh env)"

echo "[bench guest-token] building benchmarks.jar" >&2
./mvnw -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true >&2

OUT="$SUPERSET_SDK_HOME/bench"
mkdir -p "$OUT"
RAW="$OUT/guest-token.json"
java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.supersetsdk.benchmarks.embedding.GuestTokenBench "$MINTS" >"$RAW"

python3 - "$RAW" <<'PY'
import json, sys
raw = json.load(open(sys.argv[1]))
result = {
    "remoteMintP50Ms": round(raw["remoteMintP50Ms"], 2),
    "remoteMintP95Ms": round(raw["remoteMintP95Ms"], 2),
    "localSignP50Us": round(raw["localSignP50Us"], 2),
    "cachedP50Us": round(raw["cachedP50Us"], 3),
    "localSignP95Us": round(raw["localSignP95Us"], 2),
    "cachedP95Us": round(raw["cachedP95Us"], 3),
    "remoteMints": raw["remoteMints"],
    "localSigns": raw["localSigns"],
    "cachedCalls": raw["cachedCalls"],
    # The cached loop went through the remote service: mints it made (1: the rest came from the cache).
    "cachedLoopMints": raw["remoteMintsByService"],
    "speedupLocalVsRemote": round(raw["remoteMintP50Ms"] * 1000 / raw["localSignP50Us"], 1),
}
print("RESULT " + json.dumps(result))
PY
