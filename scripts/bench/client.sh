#!/usr/bin/env bash
# scripts/bench.sh client [--quick]: one SDK call versus the same request through a bare
# java.net.http.HttpClient, against the real local Superset, single caller and 16 concurrent callers,
# in one JMH run. Ends with one line: RESULT {json}.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

JMH_ARGS=()
if [[ "${1:-}" == "--quick" ]]; then
  JMH_ARGS=(-wi 1 -w 2 -i 2 -r 2)
fi

scripts/services.sh up >&2
eval "$(scripts/services.sh env)"

echo "[bench client] building benchmarks.jar" >&2
./mvnw -B -q -pl benchmarks -am package -DskipTests >&2

OUT="$SUPERSET_SDK_HOME/bench"
mkdir -p "$OUT"
RESULTS="$OUT/client-jmh.json"
STUB_RESULTS="$OUT/client-stub-jmh.json"
BODY="$OUT/database-list-body.json"

# Record what the real server answers for the benchmarked request; the stub variant serves it.
TOKEN="$(curl -fsS -X POST "$SUPERSET_URL/api/v1/security/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$SUPERSET_USERNAME\",\"password\":\"$SUPERSET_PASSWORD\",\"provider\":\"db\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
curl -fsS -H "Authorization: Bearer $TOKEN" "$SUPERSET_URL/api/v1/database/?q=(page:0,page_size:20)" >"$BODY"

# Single caller: alternating calls in one loop (drift hits both sides alike); then JMH for 16 callers.
SIDE="$OUT/client-side-by-side.json"
PAIRS=1500
[[ "${1:-}" == "--quick" ]] && PAIRS=300
java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.supersetsdk.benchmarks.client.ClientSideBySide "$PAIRS" >"$SIDE"
java -jar benchmarks/target/benchmarks.jar 'ClientOverheadBenchmark' \
  -rf json -rff "$RESULTS" "${JMH_ARGS[@]}" >&2
java -jar benchmarks/target/benchmarks.jar 'StubOverheadBenchmark' -p bodyFile="$BODY" \
  -rf json -rff "$STUB_RESULTS" "${JMH_ARGS[@]}" >&2

python3 - "$SIDE" "$RESULTS" "$STUB_RESULTS" <<'PY'
import json, sys
side = json.load(open(sys.argv[1]))
runs = {}
for path in sys.argv[2:]:
    runs.update({r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(path))})

def median_us(name):
    return runs[name]["primaryMetric"]["scorePercentiles"]["50.0"]

def ops(name):
    return runs[name]["primaryMetric"]["score"]

sdk, bare = side["sdkMedianUs"], side["bareMedianUs"]
result = {
    "endpoint": "GET /api/v1/database/?q=(page:0,page_size:20)",
    "sdkMedianUs": round(sdk, 1),
    "bareMedianUs": round(bare, 1),
    "ratio": round(sdk / bare, 3),
    "pairs": side["pairs"],
    "sdkP90Us": side["sdkP90Us"],
    "bareP90Us": side["bareP90Us"],
    # The same single-caller comparison by JMH, one benchmark after the other (exposed to drift).
    "jmhSdkMedianUs": round(median_us("sdkSingle"), 1),
    "jmhBareMedianUs": round(median_us("bareSingle"), 1),
    "concurrentSdkOpsPerSec": round(ops("sdkConcurrent"), 1),
    "concurrentBareOpsPerSec": round(ops("bareConcurrent"), 1),
    "concurrentRatio": round(ops("bareConcurrent") / ops("sdkConcurrent"), 3),
    "concurrentCallers": 16,
    "goalRatio": 1.15,
    # Same request against a loopback stub serving the recorded body: the SDK's own cost per call.
    "stubSdkMedianUs": round(median_us("stubSdk"), 1),
    "stubBareMedianUs": round(median_us("stubBare"), 1),
    "stubRatio": round(median_us("stubSdk") / median_us("stubBare"), 3),
}
print("RESULT " + json.dumps(result))
PY
