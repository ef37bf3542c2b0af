#!/usr/bin/env bash
# scripts/bench.sh cache [--quick]: the two-tier cache's read paths against raw Caffeine, raw Lettuce
# and a hand-written cache-aside (Caffeine then Redis by hand), on the local Redis: first interleaved
# in one JVM (CacheSideBySide: the headline figures are each read's fastest interleaved batch, the
# least disturbed by other processes on a shared machine; medians alongside),
# then each in its own JMH fork (the jmh* figures); then 1000 concurrent cold requests over two
# instances, for TieredCache and for the cache-aside. Ends with one line: RESULT {json}. Takes about
# two to three minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

JMH_ARGS=()
SIDE_ARGS=(300 600)
if [[ "${1:-}" == "--quick" ]]; then
  JMH_ARGS=(-wi 1 -w 1 -i 2 -r 1)
  SIDE_ARGS=(60 150)
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
echo "[bench cache] side by side (interleaved, one JVM)" >&2
SIDE="$(java -Xms512m -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.supersetsdk.benchmarks.cache.CacheSideBySide \
  "$REDIS_URL" "${SIDE_ARGS[@]}")"
echo "[bench cache] JMH" >&2
java -jar benchmarks/target/benchmarks.jar 'cache.CacheBenchmark' -p redisUrl="$REDIS_URL" \
  -rf json -rff "$RESULTS" "${JMH_ARGS[@]}" >&2
echo "[bench cache] stampede: 1000 concurrent cold requests over 2 instances" >&2
STAMPEDE="$(java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.supersetsdk.benchmarks.cache.CacheStampede "$REDIS_URL" 1000)"

python3 - "$RESULTS" "$SIDE" "$STAMPEDE" <<'PY'
import json, sys
runs = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[1]))}
side = json.loads(sys.argv[2])
stampede = json.loads(sys.argv[3])

def avg(name):  # AverageTime, ns
    return runs[name]["primaryMetric"]["score"]

def median(name):  # SampleTime, us: the median resists the noise of a shared machine
    return runs[name]["primaryMetric"]["scorePercentiles"]["50.0"]

l1_hit, raw_caffeine = side["l1HitNs"], side["rawCaffeineNs"]
l2_hit, raw_get = side["l2HitUs"], side["rawLettuceGetUs"]
result = {
    "l1HitNs": l1_hit,
    "rawCaffeineNs": raw_caffeine,
    "l1OverRawCaffeine": round(l1_hit / raw_caffeine, 2),
    "l1HitRatio": side["l1HitRatio"],
    "l2HitUs": l2_hit,
    "rawLettuceGetUs": raw_get,
    "l2OverRawLettuce": round(l2_hit / raw_get, 2),
    "l2HitRatio": side["l2HitRatio"],
    # Per round, the measured batch over the raw batch run beside it; the median of those ratios.
    "l1PairedRatio": side["l1PairedRatio"],
    "l2PairedRatio": side["l2PairedRatio"],
    "naiveL1PairedRatio": side["naiveL1PairedRatio"],
    "naiveL2PairedRatio": side["naiveL2PairedRatio"],
    "naiveL1HitNs": side["naiveL1HitNs"],
    "naiveL2HitUs": side["naiveL2HitUs"],
    # The same interleaved batches, median instead of fastest:
    "medianL1HitNs": side["medianL1HitNs"],
    "medianRawCaffeineNs": side["medianRawCaffeineNs"],
    "medianNaiveL1HitNs": side["medianNaiveL1HitNs"],
    "medianL2HitUs": side["medianL2HitUs"],
    "medianRawLettuceGetUs": side["medianRawLettuceGetUs"],
    "medianNaiveL2HitUs": side["medianNaiveL2HitUs"],
    "stampedeRequests": stampede["stampedeRequests"],
    "stampedeLoads": stampede["stampedeLoads"],
    "stampedeLeaseWaits": stampede["stampedeLeaseWaits"],
    "stampedeMs": stampede["stampedeMs"],
    "naiveStampedeLoads": stampede["naiveStampedeLoads"],
    "naiveStampedeMs": stampede["naiveStampedeMs"],
    # Each JMH method in its own fork, run one after the other (L1: mean ns; L2: median us).
    "jmhL1HitNs": round(avg("tieredL1Hit"), 1),
    "jmhRawCaffeineNs": round(avg("rawCaffeineGetIfPresent"), 1),
    "jmhNaiveL1HitNs": round(avg("naiveL1Hit"), 1),
    "jmhL2HitUs": round(median("tieredL2Hit"), 1),
    "jmhRawLettuceGetUs": round(median("rawLettuceGet"), 1),
    "jmhNaiveL2HitUs": round(median("naiveL2Hit"), 1),
    "loadAverage": round(__import__("os").getloadavg()[0], 1),
    "goals": {
        # Judged on the fastest batches and on the paired ratio alike: both must hold.
        "l1HitWithin1.5xCaffeine": l1_hit <= 1.5 * raw_caffeine and side["l1PairedRatio"] <= 1.5,
        "l2HitWithin1.2xLettuce": l2_hit <= 1.2 * raw_get and side["l2PairedRatio"] <= 1.2,
        "stampedeOneLoad": stampede["stampedeLoads"] == 1,
    },
}
print("RESULT " + json.dumps(result))
PY
