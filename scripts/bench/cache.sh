#!/usr/bin/env bash
# scripts/bench.sh cache [--quick]: the two-tier cache's read paths against raw Caffeine, raw Lettuce
# and a hand-written cache-aside (Caffeine then Redis by hand), in one JMH run on the local Redis;
# then 1000 concurrent cold requests over two instances, for TieredCache and for the cache-aside.
# Ends with one line: RESULT {json}. Takes about two minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

JMH_ARGS=()
if [[ "${1:-}" == "--quick" ]]; then
  JMH_ARGS=(-wi 1 -w 1 -i 2 -r 1)
fi

eval "$(scripts/services.sh env)"
if [[ "$(redis-cli -u "$REDIS_URL" ping 2>/dev/null)" != "PONG" ]]; then
  echo "[bench cache] Redis at $REDIS_URL does not answer: run scripts/services.sh up" >&2
  exit 1
fi

echo "[bench cache] building benchmarks.jar" >&2
./mvnw -B -q -pl benchmarks -am package -DskipTests >&2

OUT="$SUPERSET_SDK_HOME/bench"
mkdir -p "$OUT"
RESULTS="$OUT/cache-jmh.json"
rm -f "$OUT"/cache-l1-stats.json "$OUT"/cache-l2-stats.json
java -jar benchmarks/target/benchmarks.jar 'cache.CacheBenchmark' -p redisUrl="$REDIS_URL" -p statsDir="$OUT" \
  -rf json -rff "$RESULTS" "${JMH_ARGS[@]}" >&2
echo "[bench cache] stampede: 1000 concurrent cold requests over 2 instances" >&2
STAMPEDE="$(java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.supersetsdk.benchmarks.cache.CacheStampede "$REDIS_URL" 1000)"

python3 - "$RESULTS" "$OUT/cache-l1-stats.json" "$OUT/cache-l2-stats.json" "$STAMPEDE" <<'PY'
import json, sys
runs = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[1]))}
l1, l2 = (json.load(open(p)) for p in sys.argv[2:4])
stampede = json.loads(sys.argv[4])

def avg(name):  # AverageTime, ns
    return runs[name]["primaryMetric"]["score"]

def median(name):  # SampleTime, us: the median resists the noise of a shared machine
    return runs[name]["primaryMetric"]["scorePercentiles"]["50.0"]

def ratio(hits, misses):
    return round(hits / (hits + misses), 4) if hits + misses else None

l1_hit, raw_caffeine = avg("tieredL1Hit"), avg("rawCaffeineGetIfPresent")
l2_hit, raw_get = median("tieredL2Hit"), median("rawLettuceGet")
result = {
    "l1HitNs": round(l1_hit, 1),
    "rawCaffeineNs": round(raw_caffeine, 1),
    "l1OverRawCaffeine": round(l1_hit / raw_caffeine, 2),
    "l1HitRatio": ratio(l1["l1Hits"], l1["l1Misses"]),
    "l2HitUs": round(l2_hit, 1),
    "rawLettuceGetUs": round(raw_get, 1),
    "l2OverRawLettuce": round(l2_hit / raw_get, 2),
    "l2HitRatio": ratio(l2["l2Hits"], l2["l2Misses"]),
    "l2MeanUs": round(runs["tieredL2Hit"]["primaryMetric"]["score"], 1),
    "rawLettuceGetMeanUs": round(runs["rawLettuceGet"]["primaryMetric"]["score"], 1),
    "naiveL1HitNs": round(avg("naiveL1Hit"), 1),
    "naiveL2HitUs": round(median("naiveL2Hit"), 1),
    "stampedeRequests": stampede["stampedeRequests"],
    "stampedeLoads": stampede["stampedeLoads"],
    "stampedeLeaseWaits": stampede["stampedeLeaseWaits"],
    "stampedeMs": stampede["stampedeMs"],
    "naiveStampedeLoads": stampede["naiveStampedeLoads"],
    "naiveStampedeMs": stampede["naiveStampedeMs"],
    "goals": {
        "l1HitWithin1.5xCaffeine": l1_hit <= 1.5 * raw_caffeine,
        "l2HitWithin1.2xLettuce": l2_hit <= 1.2 * raw_get,
        "stampedeOneLoad": stampede["stampedeLoads"] == 1,
    },
}
print("RESULT " + json.dumps(result))
PY
