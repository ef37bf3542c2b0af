#!/usr/bin/env bash
# The embedded-analytics browser test alone: brings the local services up (including the pinned npm
# packages: playwright-core and @superset-ui/embedded-sdk), then runs EmbeddedAnalyticsBrowserIT,
# which starts the example service (examples/embedded-analytics) and drives headless Debian
# chromium through e2e/embedded-analytics.test.cjs. Exit status 0 only when every check held.
# Screenshots: examples/embedded-analytics/target/e2e/. Extra arguments go to Maven.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# SUPERSET_SDK_SERVICES_UP=0 when the services already run (e.g. shared ones): installs only the npm packages.
if [[ "${SUPERSET_SDK_SERVICES_UP:-1}" == "0" ]]; then
  scripts/services.sh up node
else
  scripts/services.sh up
fi
eval "$(scripts/services.sh env)"

./mvnw -B verify -pl examples/embedded-analytics -am \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=EmbeddedAnalyticsBrowserIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dmaven.javadoc.skip=true "$@"
echo "[e2e-embedded] screenshots: $ROOT/examples/embedded-analytics/target/e2e/"
