#!/usr/bin/env bash
# Local services for superset-sdk's tests and demo: PostgreSQL (Superset metadata + dbt warehouse),
# Redis, Apache Superset 6.1.0 under gunicorn, a Celery worker for it, a second Superset with global
# async queries, and dbt building examples/dbt-project; the dbt venv also holds MetricFlow's `mf`
# (MF_BIN), the oracle of the metric compiler's tests.
#
#   scripts/services.sh up       install what is missing, start everything, build the dbt project
#   scripts/services.sh up node  only install the pinned npm packages (browser test, embedded SDK)
#   scripts/services.sh up promtool     only install promtool (checks examples/prometheus's rules)
#   scripts/services.sh up meta-reader  only apply the ops dashboard's read-only role on superset_meta
#   scripts/services.sh up redis-cluster  start only the local 3-master Redis Cluster (the cache's
#                                ITs), leaving the other services as they are
#   scripts/services.sh up worker|superset-async  start the Celery worker or the second Superset
#                                (global async queries, on $SUPERSET_ASYNC_PORT) without touching the others
#   scripts/services.sh stop worker|superset-async  stop the worker or superset-async alone
#   scripts/services.sh down     stop everything (the worker and both Supersets, Redis, the Redis
#                                Cluster, PostgreSQL)
#   scripts/services.sh down redis-cluster  stop only the Redis Cluster
#   scripts/services.sh status   one line per service
#   scripts/services.sh env      shell exports for tests and the CLI: eval "$(scripts/services.sh env)"
#   scripts/services.sh openapi  save the OpenAPI spec the running Superset serves into superset-sdk-core
#
# SUPERSET_VERSION selects the Superset release: 6.1.0 (the default; port 8088, venv `superset`,
# metadata database superset_meta, plus the Celery worker and the async Superset), or an older line
# for compatibility runs: 6.0.0 (port 8090), 5.0.0 (8091) or 4.1.4 (8092). Each older line has its own
# lock file (scripts/services/requirements-superset-<version>.txt), venv (venvs/superset-<version>),
# metadata database (superset_meta_<version with underscores>), home, pid and log files, and runs
# alongside the default one: `SUPERSET_VERSION=5.0.0 scripts/services.sh up` starts 5.0.0 and the shared
# services (PostgreSQL, Redis, the Redis Cluster, dbt) and leaves the 6.1.0 Superset as it is. `env`
# exports the selected version's URL, `down` with an older version selected stops only that Superset,
# and a plain `down` stops every version.
#
# Everything installed goes to $SUPERSET_SDK_HOME (default ~/.cache/superset-sdk), never into the
# repository. `up` is idempotent: each step is skipped when its result is already in place.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/scripts/services"
SDK_HOME="${SUPERSET_SDK_HOME:-$HOME/.cache/superset-sdk}"
SUPERSET_ASYNC_PORT="${SUPERSET_ASYNC_PORT:-8089}"
REDIS_PORT="${SUPERSET_SDK_REDIS_PORT:-6379}"
PG_PORT="${SUPERSET_SDK_PG_PORT:-5432}"
# Three masters, no replicas: enough for slots to spread over several nodes.
read -r -a CLUSTER_PORTS <<<"${SUPERSET_SDK_REDIS_CLUSTER_PORTS:-7001 7002 7003}"
ADMIN_USER="admin"
ADMIN_PASSWORD="admin"

VENVS="$SDK_HOME/venvs"
LOGS="$SDK_HOME/logs"
RUN="$SDK_HOME/run"
DBT_TARGET="$SDK_HOME/dbt/target"
DBT_LOGS="$SDK_HOME/dbt/logs"
DBT_PROJECT="$ROOT/examples/dbt-project"

log() { printf '[services %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------
# Superset versions: everything that differs between the default instance and an older line
# ---------------------------------------------------------------------------------------------------
DEFAULT_SUPERSET_VERSION="6.1.0"
COMPAT_VERSIONS=(6.0.0 5.0.0 4.1.4)

default_port_of() {
  case "$1" in
    6.1.0) echo 8088 ;;
    6.0.0) echo 8090 ;;
    5.0.0) echo 8091 ;;
    4.1.4) echo 8092 ;;
    *) die "unsupported SUPERSET_VERSION '$1' (supported: $DEFAULT_SUPERSET_VERSION ${COMPAT_VERSIONS[*]})" ;;
  esac
}

# Sets the SV_* variables (and SUPERSET_VERSION/SUPERSET_PORT) of one version. The default version keeps
# the names it always had, so the instance other people use is never restarted by a rename.
use_version() {
  local version="$1" port="${2:-}"
  [[ -n "$port" ]] || port="$(default_port_of "$version")"
  default_port_of "$version" >/dev/null
  SUPERSET_VERSION="$version"
  SUPERSET_PORT="$port"
  if [[ "$version" == "$DEFAULT_SUPERSET_VERSION" ]]; then
    SV_SUFFIX=""
    SV_META_DB="superset_meta"
    SV_CONFIG="$HERE/superset_config.py"
    SV_CONFIG_FILES=("$HERE/superset_config.py")
  else
    SV_SUFFIX="-$version"
    SV_META_DB="superset_meta_${version//./_}"
    # Older lines layer their own cache prefixes and Celery queue over the same settings.
    SV_CONFIG="$HERE/superset_config_compat.py"
    SV_CONFIG_FILES=("$HERE/superset_config.py" "$HERE/superset_config_compat.py")
  fi
  SV_VENV_NAME="superset$SV_SUFFIX"
  SV_VENV="$VENVS/$SV_VENV_NAME"
  SV_LOCK="$HERE/requirements-superset$SV_SUFFIX.txt"
  SV_HOME="$SDK_HOME/superset$SV_SUFFIX"
  SV_PIDFILE="$RUN/superset$SV_SUFFIX.pid"
  SV_CONFSTAMP="$RUN/superset$SV_SUFFIX.conf-stamp"
  SV_LOG="$LOGS/superset$SV_SUFFIX.log"
  SV_ACCESS_LOG="$LOGS/superset$SV_SUFFIX-access.log"
  SV_INIT_LOG="$LOGS/superset$SV_SUFFIX-init.log"
  SUPERSET_HOME_DIR="$SV_HOME"
}

# SUPERSET_PORT from the environment applies to the selected version only.
use_version "${SUPERSET_VERSION:-$DEFAULT_SUPERSET_VERSION}" "${SUPERSET_PORT:-}"

# Runs a step and prints how long it took.
timed() {
  local name="$1"; shift
  local start=$SECONDS
  "$@"
  log "$name: $((SECONDS - start)) s"
}

# wait_for NAME TIMEOUT_SECONDS LOGFILE HINT -- command...
wait_for() {
  local name="$1" timeout="$2" logfile="$3" hint="$4"; shift 5
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      die "$name did not become healthy within ${timeout}s. Read $logfile. $hint"
    fi
    sleep 1
  done
}

file_hash() { cat "$@" | sha256sum | cut -c1-16; }

pick_python() {
  if [[ -n "${SUPERSET_SDK_PYTHON:-}" ]]; then echo "$SUPERSET_SDK_PYTHON"; return; fi
  # Superset 6.1 supports Python 3.10 to 3.12; prefer 3.11.
  local candidate
  for candidate in python3.11 "$HOME"/.pyenv/versions/3.11.*/bin/python python3.12 python3.10 python3; do
    if command -v "$candidate" >/dev/null 2>&1 || [[ -x "$candidate" ]]; then
      if "$candidate" -c 'import sys, venv; sys.exit(0 if (3, 10) <= sys.version_info[:2] <= (3, 12) else 1)' 2>/dev/null; then
        echo "$candidate"; return
      fi
    fi
  done
  die "no Python 3.10-3.12 with the venv module found; set SUPERSET_SDK_PYTHON to one"
}

# ---------------------------------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------------------------------
ensure_packages() {
  local missing=()
  command -v pg_ctlcluster >/dev/null 2>&1 && compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  # Headless Chromium screenshots dashboards in the recipe's integration test.
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  # Node.js runs the embedded-analytics browser test (playwright-core drives the chromium above).
  command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
  command -v node >/dev/null 2>&1 && ! command -v npm >/dev/null 2>&1 && missing+=(npm)
  if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    local aptlog="$LOGS/apt.log"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$aptlog" 2>&1; then
      die "apt-get install ${missing[*]} failed. Read $aptlog. Run as root (or with sudo) on a Debian-based machine."
    fi
  fi
}

# promtool checks examples/prometheus's alert rules in the ops module's tests. Only the binary is taken
# from Debian's prometheus package (no daemon, no service): downloaded once, pinned to the version below
# when the archive has it, else the archive's candidate, and unpacked into $SDK_HOME/prometheus.
PROMETHEUS_DEB_VERSION="2.42.0+ds-5+deb12u1"
ensure_promtool() {
  local dir="$SDK_HOME/prometheus"
  [[ -x "$dir/usr/bin/promtool" ]] && return
  local tmp
  tmp="$(mktemp -d)"
  log "downloading promtool (Debian package prometheus)"
  if ! (cd "$tmp" && { apt-get download -qq "prometheus=$PROMETHEUS_DEB_VERSION" || { apt-get update -qq && apt-get download -qq prometheus; }; }) \
      >"$LOGS/promtool.log" 2>&1; then
    rm -rf "$tmp"
    die "downloading Debian's prometheus package failed. Read $LOGS/promtool.log."
  fi
  mkdir -p "$dir"
  dpkg-deb -x "$tmp"/prometheus_*.deb "$tmp/x" && mv "$tmp/x/usr/bin/promtool" "$dir/promtool.tmp"
  mkdir -p "$dir/usr/bin" && mv "$dir/promtool.tmp" "$dir/usr/bin/promtool"
  rm -rf "$tmp"
}

# ---------------------------------------------------------------------------------------------------
# PostgreSQL: the Debian cluster, plus our roles and databases
# ---------------------------------------------------------------------------------------------------
pg_cluster() { pg_lsclusters -h | awk -v port="$PG_PORT" '$3 == port {print $1, $2; exit}'; }

pg_ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }

ensure_postgres() {
  local cluster
  cluster="$(pg_cluster)"
  if [[ -z "$cluster" ]]; then
    local version
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    log "creating PostgreSQL $version cluster 'superset_sdk' on port $PG_PORT"
    pg_createcluster "$version" superset_sdk -p "$PG_PORT" >"$LOGS/pg_createcluster.log" 2>&1 \
      || die "pg_createcluster failed. Read $LOGS/pg_createcluster.log."
    cluster="$version superset_sdk"
  fi
  read -r PG_VERSION PG_NAME <<<"$cluster"
  local pglog="/var/log/postgresql/postgresql-$PG_VERSION-$PG_NAME.log"
  if ! pg_ready; then
    log "starting PostgreSQL $PG_VERSION/$PG_NAME on port $PG_PORT"
    pg_ctlcluster "$PG_VERSION" "$PG_NAME" start >"$LOGS/postgres-start.log" 2>&1 \
      || die "PostgreSQL did not start. Read $LOGS/postgres-start.log and $pglog."
  fi
  wait_for PostgreSQL 60 "$pglog" "Try: pg_ctlcluster $PG_VERSION $PG_NAME restart" -- pg_ready
  # The SQL goes in on stdin: the postgres user may not be able to read a checkout (e.g. under a 0700 folder).
  (cd / && runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -q -f - <"$HERE/postgres-init.sql") \
    >"$LOGS/postgres-init.log" 2>&1 || die "creating roles/databases failed. Read $LOGS/postgres-init.log."
}

# The read-only role of the ops dashboard; needs Superset's tables, so it runs after Superset's init.
ensure_meta_reader() {
  (cd / && runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -q -f - <"$HERE/postgres-meta-reader.sql") \
    >"$LOGS/postgres-meta-reader.log" 2>&1 || die "creating the metadata reader role failed. Read $LOGS/postgres-meta-reader.log."
}

# ---------------------------------------------------------------------------------------------------
# Redis: our own instance, with its data and log in the cache folder
# ---------------------------------------------------------------------------------------------------
redis_ready() { [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == "PONG" ]]; }

ensure_redis() {
  if redis_ready; then return; fi
  mkdir -p "$SDK_HOME/redis"
  log "starting Redis on port $REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes \
    --dir "$SDK_HOME/redis" --pidfile "$RUN/redis.pid" --logfile "$LOGS/redis.log" \
    --save "" --appendonly no >"$LOGS/redis-start.log" 2>&1 \
    || die "Redis did not start. Read $LOGS/redis-start.log and $LOGS/redis.log."
  wait_for Redis 30 "$LOGS/redis.log" "Is port $REDIS_PORT taken? Set SUPERSET_SDK_REDIS_PORT." -- redis_ready
}

# ---------------------------------------------------------------------------------------------------
# Redis Cluster: three masters on CLUSTER_PORTS, data and node tables under the cache folder
# ---------------------------------------------------------------------------------------------------
cluster_node_ready() { [[ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" == "PONG" ]]; }

cluster_info() { redis-cli -h 127.0.0.1 -p "${CLUSTER_PORTS[0]}" cluster info 2>/dev/null | tr -d '\r'; }

redis_cluster_ok() {
  local info
  info="$(cluster_info)"
  grep -q '^cluster_state:ok' <<<"$info" && grep -q '^cluster_slots_assigned:16384' <<<"$info" \
    && grep -q "^cluster_known_nodes:${#CLUSTER_PORTS[@]}\$" <<<"$info"
}

ensure_redis_cluster() {
  if redis_cluster_ok; then return; fi
  local port running=0
  for port in "${CLUSTER_PORTS[@]}"; do
    if cluster_node_ready "$port"; then running=$((running + 1)); fi
  done
  if ((running == 0)); then
    # Nothing runs: start from empty node tables, so the create below always starts clean.
    rm -rf "$SDK_HOME/redis-cluster"
  fi
  for port in "${CLUSTER_PORTS[@]}"; do
    cluster_node_ready "$port" && continue
    local dir="$SDK_HOME/redis-cluster/$port"
    mkdir -p "$dir"
    log "starting Redis Cluster node on port $port"
    redis-server --port "$port" --bind 127.0.0.1 --daemonize yes \
      --cluster-enabled yes --cluster-config-file "$dir/nodes.conf" --cluster-node-timeout 5000 \
      --dir "$dir" --pidfile "$RUN/redis-cluster-$port.pid" --logfile "$LOGS/redis-cluster-$port.log" \
      --save "" --appendonly no >"$LOGS/redis-cluster-start.log" 2>&1 \
      || die "Redis Cluster node $port did not start. Read $LOGS/redis-cluster-start.log and $LOGS/redis-cluster-$port.log."
    wait_for "Redis Cluster node $port" 30 "$LOGS/redis-cluster-$port.log" \
      "Is port $port taken? Set SUPERSET_SDK_REDIS_CLUSTER_PORTS." -- cluster_node_ready "$port"
  done
  if grep -q '^cluster_slots_assigned:0$' <<<"$(cluster_info)"; then
    local nodes=() clog="$LOGS/redis-cluster-create.log"
    for port in "${CLUSTER_PORTS[@]}"; do nodes+=("127.0.0.1:$port"); done
    log "creating the Redis Cluster (${#nodes[@]} masters)"
    redis-cli --cluster create "${nodes[@]}" --cluster-replicas 0 --cluster-yes >"$clog" 2>&1 \
      || die "redis-cli --cluster create failed. Read $clog."
  fi
  wait_for "Redis Cluster" 30 "$LOGS/redis-cluster-${CLUSTER_PORTS[0]}.log" \
    "Run scripts/services.sh down redis-cluster, then up redis-cluster (it starts from empty nodes)." -- redis_cluster_ok
}

stop_redis_cluster() {
  local port stopped=0
  for port in "${CLUSTER_PORTS[@]}"; do
    if cluster_node_ready "$port"; then
      redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || true
      stopped=1
    fi
  done
  if ((stopped)); then log "Redis Cluster stopped"; fi
}

# ---------------------------------------------------------------------------------------------------
# Python virtual environments, pinned by lock files and rebuilt only when the lock changes
# ---------------------------------------------------------------------------------------------------
ensure_venv() {
  local name="$1" lock="$2"
  local venv="$VENVS/$name" stamp
  stamp="$(file_hash "$lock")"
  if [[ -f "$venv/.stamp" && "$(cat "$venv/.stamp")" == "$stamp" ]]; then return; fi
  local python pylog="$LOGS/pip-$name.log"
  python="$(pick_python)"
  log "creating the $name venv with $("$python" --version 2>&1) (a few minutes, once)"
  rm -rf "$venv"
  {
    "$python" -m venv "$venv" &&
      "$venv/bin/pip" install -q --disable-pip-version-check --upgrade pip &&
      "$venv/bin/pip" install -q --disable-pip-version-check -r "$lock"
  } >"$pylog" 2>&1 || die "installing the $name venv failed. Read $pylog."
  echo "$stamp" >"$venv/.stamp"
}

# ---------------------------------------------------------------------------------------------------
# Apache Superset
# ---------------------------------------------------------------------------------------------------
superset_env() {
  export SUPERSET_CONFIG_PATH="$SV_CONFIG"
  export SUPERSET_HOME="$SUPERSET_HOME_DIR"
  export SUPERSET_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  export SUPERSET_METADATA_URI="postgresql+psycopg2://superset:superset@127.0.0.1:$PG_PORT/$SV_META_DB"
  # Read by superset_config_compat.py: the older lines' cache key prefixes and Celery queue.
  export SUPERSET_SDK_INSTANCE="$SUPERSET_VERSION"
  export FLASK_APP="superset.app:create_app()"
  # Superset reads SUPERSET_PORT for its own CLI; keep ours out of its way.
  export PYTHONUNBUFFERED=1
}

superset_healthy() { curl -fsS -m 5 2>/dev/null "http://127.0.0.1:$SUPERSET_PORT/health" | grep -q OK; }

superset_pid() {
  local pidfile="$SV_PIDFILE" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile")"
  # A pid file can outlive its process (a reboot, a killed session) and its number be reused: only a
  # live gunicorn counts.
  [[ "$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" == *gunicorn* ]] && echo "$pid"
}

# An older line's own metadata database on the shared cluster (the default one comes from postgres-init.sql).
ensure_metadata_database() {
  [[ "$SV_META_DB" == "superset_meta" ]] && return
  (cd / && runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -q -f - <<SQL
SELECT 'CREATE DATABASE $SV_META_DB OWNER superset'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$SV_META_DB') \gexec
SQL
  ) >"$LOGS/postgres-$SV_META_DB.log" 2>&1 || die "creating database $SV_META_DB failed. Read $LOGS/postgres-$SV_META_DB.log."
}

ensure_superset_metadata() {
  # db upgrade + admin + init once per (Superset version, config); they take a minute and are idempotent.
  local stamp
  stamp="$SUPERSET_VERSION-$(file_hash "${SV_CONFIG_FILES[@]}" "$SV_LOCK")"
  local stampfile="$SUPERSET_HOME_DIR/.metadata-stamp"
  if [[ -f "$stampfile" && "$(cat "$stampfile")" == "$stamp" ]] \
    && runuser -u postgres -- psql -p "$PG_PORT" -tAq -d "$SV_META_DB" -c "select 1 from ab_user where username='$ADMIN_USER'" 2>/dev/null | grep -q 1; then
    return
  fi
  ensure_metadata_database
  local initlog="$SV_INIT_LOG"
  log "initialising Superset $SUPERSET_VERSION metadata in $SV_META_DB (db upgrade, admin user, init)"
  {
    "$SV_VENV/bin/superset" db upgrade &&
      { "$SV_VENV/bin/superset" fab list-users 2>/dev/null | grep -q "username:$ADMIN_USER" ||
        "$SV_VENV/bin/superset" fab create-admin --username "$ADMIN_USER" --firstname Admin \
          --lastname User --email admin@example.com --password "$ADMIN_PASSWORD"; } &&
      "$SV_VENV/bin/superset" init
  } >"$initlog" 2>&1 || die "Superset $SUPERSET_VERSION initialisation failed. Read $initlog."
  echo "$stamp" >"$stampfile"
}

ensure_superset() {
  mkdir -p "$SUPERSET_HOME_DIR"
  superset_env
  ensure_superset_metadata
  local running
  running="$(superset_pid || true)"
  # Restart when the config changed since the server started, so tests never see a stale config.
  local confstamp
  confstamp="$(file_hash "${SV_CONFIG_FILES[@]}")"
  if [[ -n "$running" && "$(cat "$SV_CONFSTAMP" 2>/dev/null)" != "$confstamp" ]]; then
    log "Superset $SUPERSET_VERSION config changed: restarting it"
    stop_superset
    running=""
  fi
  if [[ -z "$running" ]]; then
    if superset_healthy; then
      die "something else answers on port $SUPERSET_PORT. Stop it or set SUPERSET_PORT."
    fi
    # The default instance serves everyone's tests: two workers. An older line serves compatibility
    # runs, one suite at a time: one worker saves a core's worth of memory and start-up.
    local workers=2
    [[ -n "$SV_SUFFIX" ]] && workers=1
    log "starting Superset $SUPERSET_VERSION (gunicorn, $workers workers) on 127.0.0.1:$SUPERSET_PORT"
    (cd "$SUPERSET_HOME_DIR" && "$SV_VENV/bin/gunicorn" \
      --bind "127.0.0.1:$SUPERSET_PORT" --workers "$workers" --worker-class gthread --threads 8 \
      --timeout 120 --limit-request-line 0 --limit-request-field_size 0 \
      --pid "$SV_PIDFILE" --daemon \
      --access-logfile "$SV_ACCESS_LOG" --error-logfile "$SV_LOG" \
      "superset.app:create_app()") || die "gunicorn did not start. Read $SV_LOG."
    echo "$confstamp" >"$SV_CONFSTAMP"
  fi
  wait_for "Superset $SUPERSET_VERSION" 240 "$SV_LOG" "Check that PostgreSQL and Redis are up (scripts/services.sh status)." -- superset_healthy
}

stop_superset() {
  local pid
  pid="$(superset_pid || true)"
  [[ -z "$pid" ]] && return
  kill "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$SV_PIDFILE"
}

# ---------------------------------------------------------------------------------------------------
# The Celery worker: runs SQL Lab queries of connections with allow_run_async (for both Supersets) and
# the chart-data jobs of the async Superset. Broker and results on Redis database 4 (superset_config.py).
# It loads superset_config_async.py, since the chart-data jobs publish global-async-query events.
# ---------------------------------------------------------------------------------------------------
async_config_stamp() { file_hash "$HERE/superset_config.py" "$HERE/superset_config_async.py" "$HERE/superset_sdk_async.py"; }

worker_pid() {
  local pidfile="$RUN/superset-worker.pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(tr -d '[:space:]' <"$pidfile")"
  [[ "$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" == *celery* ]] && echo "$pid"
}

# Ready once the worker has logged its banner's "ready." line (its log is truncated at each start).
worker_ready() { [[ -n "$(worker_pid)" ]] && grep -q ' ready\.' "$LOGS/superset-worker.log" 2>/dev/null; }

ensure_worker() {
  superset_env
  export SUPERSET_CONFIG_PATH="$HERE/superset_config_async.py"
  local running stamp
  running="$(worker_pid || true)"
  stamp="$(async_config_stamp)"
  if [[ -n "$running" && "$(cat "$RUN/superset-worker.conf-stamp" 2>/dev/null)" != "$stamp" ]]; then
    log "Superset config changed: restarting the Celery worker"
    stop_worker
    running=""
  fi
  if [[ -z "$running" ]]; then
    log "starting the Celery worker (2 processes; broker redis://127.0.0.1:$REDIS_PORT/4)"
    : >"$LOGS/superset-worker.log"
    (cd "$SUPERSET_HOME_DIR" && "$VENVS/superset/bin/celery" --app=superset.tasks.celery_app:app worker \
      --pool=prefork --concurrency=2 -O fair --hostname "superset-sdk@%h" --loglevel=INFO \
      --pidfile "$RUN/superset-worker.pid" --logfile "$LOGS/superset-worker.log" --detach) \
      >"$LOGS/superset-worker-start.log" 2>&1 \
      || die "the Celery worker did not start. Read $LOGS/superset-worker-start.log and $LOGS/superset-worker.log."
    echo "$stamp" >"$RUN/superset-worker.conf-stamp"
  fi
  wait_for "Celery worker" 180 "$LOGS/superset-worker.log" "Is Redis up (scripts/services.sh status)?" -- worker_ready
}

stop_worker() {
  local pid
  pid="$(worker_pid || true)"
  [[ -z "$pid" ]] && return
  # A cold shutdown (QUIT) ends running tasks at once; a warm one (TERM) would wait for a pg_sleep.
  kill -QUIT "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 20))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    pkill -9 -P "$pid" 2>/dev/null || true
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/superset-worker.pid"
}

# ---------------------------------------------------------------------------------------------------
# The second Superset: same metadata, Redis and worker, configured with GLOBAL_ASYNC_QUERIES, so that
# tests compare chart data in both modes. Its own pid, log and port; never touches the main one.
# ---------------------------------------------------------------------------------------------------
superset_async_healthy() { curl -fsS -m 5 2>/dev/null "http://127.0.0.1:$SUPERSET_ASYNC_PORT/health" | grep -q OK; }

superset_async_pid() {
  local pidfile="$RUN/superset-async.pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile")"
  [[ "$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" == *gunicorn* ]] && echo "$pid"
}

ensure_superset_async() {
  mkdir -p "$SUPERSET_HOME_DIR"
  superset_env
  ensure_superset_metadata
  export SUPERSET_CONFIG_PATH="$HERE/superset_config_async.py"
  local running stamp
  running="$(superset_async_pid || true)"
  stamp="$(async_config_stamp)"
  if [[ -n "$running" && "$(cat "$RUN/superset-async.conf-stamp" 2>/dev/null)" != "$stamp" ]]; then
    log "Superset (async) config changed: restarting it"
    stop_superset_async
    running=""
  fi
  if [[ -z "$running" ]]; then
    if superset_async_healthy; then
      die "something else answers on port $SUPERSET_ASYNC_PORT. Stop it or set SUPERSET_ASYNC_PORT."
    fi
    log "starting Superset $SUPERSET_VERSION with global async queries (gunicorn, 1 worker) on 127.0.0.1:$SUPERSET_ASYNC_PORT"
    (cd "$SUPERSET_HOME_DIR" && "$VENVS/superset/bin/gunicorn" \
      --bind "127.0.0.1:$SUPERSET_ASYNC_PORT" --workers 1 --worker-class gthread --threads 8 \
      --timeout 120 --limit-request-line 0 --limit-request-field_size 0 \
      --pid "$RUN/superset-async.pid" --daemon \
      --access-logfile "$LOGS/superset-async-access.log" --error-logfile "$LOGS/superset-async.log" \
      "superset.app:create_app()") || die "gunicorn (async) did not start. Read $LOGS/superset-async.log."
    echo "$stamp" >"$RUN/superset-async.conf-stamp"
  fi
  wait_for "Superset (async)" 180 "$LOGS/superset-async.log" "Check that PostgreSQL and Redis are up (scripts/services.sh status)." -- superset_async_healthy
}

stop_superset_async() {
  local pid
  pid="$(superset_async_pid || true)"
  [[ -z "$pid" ]] && return
  kill "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$RUN/superset-async.pid"
}

# ---------------------------------------------------------------------------------------------------
# dbt: build the example project into the warehouse; skipped when nothing changed since the last build
# ---------------------------------------------------------------------------------------------------
dbt_env() {
  export DBT_PROFILES_DIR="$DBT_PROJECT"
  export DBT_TARGET_PATH="$DBT_TARGET"
  export DBT_LOG_PATH="$DBT_LOGS"
  export DBT_SEND_ANONYMOUS_USAGE_STATS=false
  export DBT_PG_PORT="$PG_PORT"
}

ensure_dbt_build() {
  [[ -f "$DBT_PROJECT/dbt_project.yml" ]] || die "no dbt project at $DBT_PROJECT"
  dbt_env
  mkdir -p "$DBT_TARGET" "$DBT_LOGS"
  local stamp stampfile="$SDK_HOME/dbt/.build-stamp"
  stamp="$(cd "$DBT_PROJECT" && find . \( -path ./logs -o -path ./target -o -path ./dbt_packages \) -prune -o -type f -not -name '.user.yml' -print | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-16)"
  local artifact complete=1
  for artifact in manifest.json semantic_manifest.json run_results.json catalog.json; do
    [[ -s "$DBT_TARGET/$artifact" ]] || complete=0
  done
  if ((complete)) && [[ -f "$stampfile" && "$(cat "$stampfile")" == "$stamp" ]] \
    && PGPASSWORD=superset_reader psql -h 127.0.0.1 -p "$PG_PORT" -U superset_reader -d warehouse -tAq \
      -c "select count(*) from information_schema.tables where table_schema = 'marts'" 2>/dev/null | grep -qv '^0$'; then
    return
  fi
  local dbtlog="$LOGS/dbt-build.log"
  log "building the example dbt project (seed, build, docs generate)"
  # docs generate --no-compile keeps the build's run_results.json instead of overwriting it with its own.
  (cd "$DBT_PROJECT" &&
    "$VENVS/dbt/bin/dbt" seed &&
    "$VENVS/dbt/bin/dbt" build &&
    "$VENVS/dbt/bin/dbt" docs generate --no-compile) >"$dbtlog" 2>&1 \
    || die "dbt failed. Read $dbtlog (and $DBT_LOGS/dbt.log)."
  echo "$stamp" >"$stampfile"
}

# ---------------------------------------------------------------------------------------------------
# npm packages: playwright-core (drives the Debian chromium; it downloads no browser) and Superset's
# embedded SDK, pinned by scripts/services/e2e/package-lock.json, installed into $SDK_HOME/node
# ---------------------------------------------------------------------------------------------------
NODE_DIR="$SDK_HOME/node"

ensure_node_packages() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || die "node and npm are missing; run scripts/services.sh up as root (it installs them)"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  ((major >= 20)) || die "Node.js $(node --version) is too old: playwright-core needs 20 or newer"
  local stamp stampfile="$NODE_DIR/.stamp"
  stamp="$(file_hash "$HERE/e2e/package.json" "$HERE/e2e/package-lock.json")"
  if [[ -f "$stampfile" && "$(cat "$stampfile")" == "$stamp" && -d "$NODE_DIR/node_modules/playwright-core" ]]; then
    return
  fi
  mkdir -p "$NODE_DIR"
  cp "$HERE/e2e/package.json" "$HERE/e2e/package-lock.json" "$NODE_DIR/"
  log "installing npm packages (playwright-core, @superset-ui/embedded-sdk) into $NODE_DIR"
  (cd "$NODE_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund) \
    >"$LOGS/npm-ci.log" 2>&1 || die "npm ci failed. Read $LOGS/npm-ci.log."
  echo "$stamp" >"$stampfile"
}

# ---------------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------------
cmd_up() {
  mkdir -p "$SDK_HOME" "$VENVS" "$LOGS" "$RUN"
  local start=$SECONDS
  case "${1:-}" in
    "") ;;
    node)
      timed "npm packages" ensure_node_packages
      return ;;
    promtool)
      timed "promtool" ensure_promtool
      return ;;
    meta-reader)
      timed "metadata reader" ensure_meta_reader
      return ;;
    redis-cluster)
      timed "packages" ensure_packages
      timed "redis cluster" ensure_redis_cluster
      return ;;
    worker | superset-async)
      # One service and what it needs; the running main Superset is left alone. Both belong to the
      # default version whatever SUPERSET_VERSION says.
      use_version "$DEFAULT_SUPERSET_VERSION"
      timed "packages" ensure_packages
      timed "postgresql" ensure_postgres
      timed "redis" ensure_redis
      timed "superset venv" ensure_venv superset "$HERE/requirements-superset.txt"
      if [[ "$1" == worker ]]; then timed "celery worker" ensure_worker; else timed "superset async" ensure_superset_async; fi
      log "$1 up in $((SECONDS - start)) s"
      return ;;
    *) die "unknown service '$1' (up takes nothing for everything, or: node, promtool, meta-reader, redis-cluster, worker, superset-async)" ;;
  esac
  if [[ "$SUPERSET_VERSION" != "$DEFAULT_SUPERSET_VERSION" ]]; then
    # An older line: the shared services and this version's Superset; the default Superset, its worker
    # and the async Superset are left exactly as they are.
    timed "packages" ensure_packages
    timed "promtool" ensure_promtool
    timed "postgresql" ensure_postgres
    timed "redis" ensure_redis
    timed "redis cluster" ensure_redis_cluster
    [[ -f "$SV_LOCK" ]] || die "no lock file $SV_LOCK for Superset $SUPERSET_VERSION"
    timed "superset $SUPERSET_VERSION venv" ensure_venv "$SV_VENV_NAME" "$SV_LOCK"
    timed "dbt venv" ensure_venv dbt "$HERE/requirements-dbt.txt"
    timed "superset $SUPERSET_VERSION" ensure_superset
    timed "dbt build" ensure_dbt_build
    timed "npm packages" ensure_node_packages
    log "Superset $SUPERSET_VERSION and the shared services up in $((SECONDS - start)) s; eval \"\$(SUPERSET_VERSION=$SUPERSET_VERSION scripts/services.sh env)\" to use them"
    return
  fi
  timed "packages" ensure_packages
  timed "promtool" ensure_promtool
  timed "postgresql" ensure_postgres
  timed "redis" ensure_redis
  timed "redis cluster" ensure_redis_cluster
  timed "superset venv" ensure_venv superset "$HERE/requirements-superset.txt"
  timed "dbt venv" ensure_venv dbt "$HERE/requirements-dbt.txt"
  timed "superset" ensure_superset
  timed "metadata reader" ensure_meta_reader
  timed "celery worker" ensure_worker
  timed "superset async" ensure_superset_async
  timed "dbt build" ensure_dbt_build
  timed "npm packages" ensure_node_packages
  log "all services up in $((SECONDS - start)) s; eval \"\$(scripts/services.sh env)\" to use them"
}

cmd_stop() {
  case "${1:-}" in
    worker) stop_worker; log "Celery worker stopped" ;;
    superset-async) stop_superset_async; log "Superset (async) stopped" ;;
    *) die "stop takes worker or superset-async (down stops everything)" ;;
  esac
}

stop_compat_versions() {
  local version
  for version in "${COMPAT_VERSIONS[@]}"; do
    use_version "$version"
    if [[ -n "$(superset_pid || true)" ]]; then
      stop_superset
      log "Superset $version stopped"
    fi
  done
  use_version "$DEFAULT_SUPERSET_VERSION"
}

cmd_down() {
  case "${1:-}" in
    "") ;;
    redis-cluster) stop_redis_cluster; return ;;
    superset-[0-9]*)
      use_version "${1#superset-}"
      stop_superset
      log "Superset $SUPERSET_VERSION stopped"
      return ;;
    *) die "down: unknown service '$1' (known: redis-cluster, superset-<version>)" ;;
  esac
  if [[ "$SUPERSET_VERSION" != "$DEFAULT_SUPERSET_VERSION" ]]; then
    # The shared services also serve the default Superset: only this version stops.
    stop_superset
    log "Superset $SUPERSET_VERSION stopped (the shared services keep running; a plain down stops everything)"
    return
  fi
  stop_compat_versions
  stop_redis_cluster
  stop_worker
  log "Celery worker stopped"
  stop_superset_async
  log "Superset (async) stopped"
  stop_superset
  log "Superset stopped"
  if [[ -f "$RUN/redis.pid" ]] && kill -0 "$(cat "$RUN/redis.pid")" 2>/dev/null; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$RUN/redis.pid")"
    log "Redis stopped"
  fi
  local cluster
  cluster="$(pg_cluster 2>/dev/null || true)"
  if [[ -n "$cluster" ]] && pg_ready; then
    read -r PG_VERSION PG_NAME <<<"$cluster"
    pg_ctlcluster "$PG_VERSION" "$PG_NAME" stop
    log "PostgreSQL stopped"
  fi
}

cmd_status() {
  local rc=0
  if pg_ready 2>/dev/null; then echo "postgresql: up (127.0.0.1:$PG_PORT)"; else echo "postgresql: down"; rc=1; fi
  if redis_ready; then echo "redis: up (127.0.0.1:$REDIS_PORT)"; else echo "redis: down"; rc=1; fi
  if redis_cluster_ok; then
    echo "redis-cluster: up (127.0.0.1 ports ${CLUSTER_PORTS[*]}, ${#CLUSTER_PORTS[@]} masters)"
  else
    echo "redis-cluster: down"; rc=1
  fi
  local selected="$SUPERSET_VERSION" selected_port="$SUPERSET_PORT" version
  use_version "$DEFAULT_SUPERSET_VERSION" "$([[ "$selected" == "$DEFAULT_SUPERSET_VERSION" ]] && echo "$selected_port")"
  if superset_healthy; then echo "superset: up (http://127.0.0.1:$SUPERSET_PORT, $SUPERSET_VERSION)"
  else echo "superset: down"; [[ "$selected" == "$DEFAULT_SUPERSET_VERSION" ]] && rc=1; fi
  # Older lines: listed when installed or selected; only the selected one counts towards the exit code.
  for version in "${COMPAT_VERSIONS[@]}"; do
    use_version "$version" "$([[ "$selected" == "$version" ]] && echo "$selected_port")"
    if superset_healthy; then
      echo "superset-$version: up (http://127.0.0.1:$SUPERSET_PORT, metadata $SV_META_DB, log $SV_LOG)"
    elif [[ "$selected" == "$version" ]]; then
      echo "superset-$version: down"; rc=1
    elif [[ -d "$SV_VENV" ]]; then
      echo "superset-$version: down (installed in $SV_VENV)"
    fi
  done
  use_version "$selected" "$selected_port"
  if [[ -x "$SDK_HOME/prometheus/usr/bin/promtool" ]]; then echo "promtool: $SDK_HOME/prometheus/usr/bin/promtool"; else echo "promtool: not installed"; rc=1; fi
  # The worker and the async Superset belong to the default version.
  local own=0
  [[ "$SUPERSET_VERSION" == "$DEFAULT_SUPERSET_VERSION" ]] && own=1
  if worker_ready; then echo "worker: up (Celery, pid $(worker_pid), log $LOGS/superset-worker.log)"; else echo "worker: down"; ((own)) && rc=1; fi
  if superset_async_healthy; then echo "superset-async: up (http://127.0.0.1:$SUPERSET_ASYNC_PORT, GLOBAL_ASYNC_QUERIES)"; else echo "superset-async: down"; ((own)) && rc=1; fi
  if [[ -s "$DBT_TARGET/manifest.json" ]]; then echo "dbt: artifacts in $DBT_TARGET"; else echo "dbt: not built"; rc=1; fi
  if [[ -d "$NODE_DIR/node_modules/playwright-core" ]]; then echo "npm packages: in $NODE_DIR/node_modules"; else echo "npm packages: not installed"; rc=1; fi
  return $rc
}

cmd_env() {
  local async_line
  if [[ "$SUPERSET_VERSION" == "$DEFAULT_SUPERSET_VERSION" ]]; then
    async_line="export SUPERSET_ASYNC_URL='http://127.0.0.1:$SUPERSET_ASYNC_PORT'"
  else
    # Only the default version runs an async Superset and a Celery worker.
    async_line="unset SUPERSET_ASYNC_URL"
  fi
  cat <<EOF
export SUPERSET_SDK_HOME='$SDK_HOME'
export SUPERSET_URL='http://127.0.0.1:$SUPERSET_PORT'
export SUPERSET_USERNAME='$ADMIN_USER'
# The second Superset: same metadata and users, with GLOBAL_ASYNC_QUERIES (chart data through the worker).
$async_line
# Stops and starts the Celery worker alone (tests of a missing worker): "\$SERVICES_SH stop worker".
export SERVICES_SH='$ROOT/scripts/services.sh'
export SUPERSET_PASSWORD='$ADMIN_PASSWORD'
export SUPERSET_VERSION='$SUPERSET_VERSION'
export REDIS_URL='redis://127.0.0.1:$REDIS_PORT'
# A seed node of the local Redis Cluster; clients discover the other masters from it.
export REDIS_CLUSTER_URL='redis://127.0.0.1:${CLUSTER_PORTS[0]}'
export WAREHOUSE_JDBC_URL='jdbc:postgresql://127.0.0.1:$PG_PORT/warehouse?user=superset_reader&password=superset_reader'
export WAREHOUSE_SQLALCHEMY_URI='postgresql+psycopg2://superset_reader:superset_reader@127.0.0.1:$PG_PORT/warehouse'
# The Superset connection to the example warehouse (read-only role); the dbt sync creates it with
# WAREHOUSE_SQLALCHEMY_URI when it is missing.
export SUPERSET_DATABASE='roastwise_warehouse'
# Superset's guest-token signing settings (superset_config.py reads the same variables, with these
# defaults): for applications and tests that sign guest tokens locally. A development secret only.
export SUPERSET_GUEST_TOKEN_SECRET='${SUPERSET_GUEST_TOKEN_SECRET:-superset-sdk-local-guest-token-secret}'
export SUPERSET_GUEST_TOKEN_AUDIENCE='${SUPERSET_GUEST_TOKEN_AUDIENCE:-superset-sdk}'
export SUPERSET_METADATA_JDBC_URL='jdbc:postgresql://127.0.0.1:$PG_PORT/$SV_META_DB?user=superset&password=superset'
export SUPERSET_META_READER_SQLALCHEMY_URI='postgresql+psycopg2://superset_meta_reader:superset_meta_reader@127.0.0.1:$PG_PORT/$SV_META_DB'
export PROMTOOL_BIN='$SDK_HOME/prometheus/usr/bin/promtool'
export WAREHOUSE_WRITER_JDBC_URL='jdbc:postgresql://127.0.0.1:$PG_PORT/warehouse?user=dbt&password=dbt'
# dbt itself reads DBT_PROJECT_DIR and DBT_PROFILES_DIR: a dbt or mf command in this shell runs the
# example project (unset both to work on another one).
export DBT_PROJECT_DIR='$DBT_PROJECT'
# playwright-core and @superset-ui/embedded-sdk (scripts/services/e2e/package.json)
export SUPERSET_SDK_NODE_MODULES='$NODE_DIR/node_modules'
export DBT_TARGET_DIR='$DBT_TARGET'
export DBT_BIN='$VENVS/dbt/bin/dbt'
export MF_BIN='$VENVS/dbt/bin/mf'
export DBT_PROFILES_DIR='$DBT_PROJECT'
# the example profiles.yml reads the warehouse port from here (dbt and mf alike)
export DBT_PG_PORT='$PG_PORT'
EOF
}

# Saves the spec the running Superset serves: the contract superset-sdk-core is built against.
cmd_openapi() {
  superset_healthy || die "Superset $SUPERSET_VERSION is not running on port $SUPERSET_PORT; run scripts/services.sh up first"
  local out="$ROOT/superset-sdk-core/src/main/resources/io/github/supersetsdk/client/superset-openapi-$SUPERSET_VERSION.json"
  mkdir -p "$(dirname "$out")"
  "$SV_VENV/bin/python" - "$SUPERSET_PORT" "$ADMIN_USER" "$ADMIN_PASSWORD" "$SUPERSET_VERSION" "$out" <<'PY'
import json, sys, urllib.request
port, user, password, version, out = sys.argv[1:]
base = f"http://127.0.0.1:{port}"
login = urllib.request.Request(f"{base}/api/v1/security/login", method="POST",
    data=json.dumps({"username": user, "password": password, "provider": "db"}).encode(),
    headers={"Content-Type": "application/json"})
token = json.load(urllib.request.urlopen(login))["access_token"]
spec = json.load(urllib.request.urlopen(urllib.request.Request(
    f"{base}/api/v1/_openapi", headers={"Authorization": f"Bearer {token}"})))
# Record which server the spec came from; the rest is exactly what the server served.
spec["info"]["x-superset-version"] = version
with open(out, "w") as f:
    json.dump(spec, f, indent=2, sort_keys=True)
    f.write("\n")
PY
  log "saved $out"
}

case "${1:-}" in
  up) cmd_up "${2:-}" ;;
  stop) cmd_stop "${2:-}" ;;
  openapi) cmd_openapi ;;
  down) cmd_down "${2:-}" ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *) echo "usage: [SUPERSET_VERSION=6.1.0|6.0.0|5.0.0|4.1.4] scripts/services.sh up [node|promtool|meta-reader|redis-cluster|worker|superset-async]|stop worker|superset-async|down [redis-cluster|superset-<version>]|status|env|openapi" >&2; exit 2 ;;
esac
