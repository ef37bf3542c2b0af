"""Superset configuration for the local services that superset-sdk's tests run against.

Kept close to a production setup on purpose: metadata on PostgreSQL, caches on Redis, CSRF protection
on, embedding enabled. Values come from the environment that scripts/services.sh sets, with defaults
that match it. These secrets guard a loopback-only development server and nothing else.
"""

import os

from datetime import timedelta


def _env(name, default):
    return os.environ.get(name, default)


SECRET_KEY = _env("SUPERSET_SECRET_KEY", "superset-sdk-local-dev-secret-key-not-for-production")

# Metadata on PostgreSQL, as in production (not SQLite).
SQLALCHEMY_DATABASE_URI = _env(
    "SUPERSET_METADATA_URI",
    "postgresql+psycopg2://superset:superset@127.0.0.1:5432/superset_meta",
)

_REDIS = _env("SUPERSET_REDIS_URL", "redis://127.0.0.1:6379")

# Superset's own caches on Redis. Database numbers: 0 metadata cache, 1 chart data, 2 filter state,
# 3 explore form data, 4 Celery (broker, task results, SQL Lab results, async-query events). The SDK's
# shared tier uses 5 and up, so clearing one never touches the other.
CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 300,
    "CACHE_KEY_PREFIX": "superset_meta_",
    "CACHE_REDIS_URL": f"{_REDIS}/0",
}
DATA_CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 86400,
    "CACHE_KEY_PREFIX": "superset_data_",
    "CACHE_REDIS_URL": f"{_REDIS}/1",
}
FILTER_STATE_CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 86400,
    "CACHE_KEY_PREFIX": "superset_filter_",
    "CACHE_REDIS_URL": f"{_REDIS}/2",
}
EXPLORE_FORM_DATA_CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 86400,
    "CACHE_KEY_PREFIX": "superset_explore_",
    "CACHE_REDIS_URL": f"{_REDIS}/3",
}

# Record chart-data cache keys in the metadata database, so that POST /api/v1/cachekey/invalidate
# can find and evict them (off by default in Superset).
STORE_CACHE_KEYS_IN_METADATA_DB = True

FEATURE_FLAGS = {
    "EMBEDDED_SUPERSET": True,
    "TAGGING_SYSTEM": True,
    "ALERT_REPORTS": True,
    "DASHBOARD_RBAC": True,
}

# Guest tokens for embedded dashboards.
GUEST_TOKEN_JWT_SECRET = _env("SUPERSET_GUEST_TOKEN_SECRET", "superset-sdk-local-guest-token-secret")
GUEST_TOKEN_JWT_AUDIENCE = _env("SUPERSET_GUEST_TOKEN_AUDIENCE", "superset-sdk")
GUEST_TOKEN_JWT_EXP_SECONDS = 300
GUEST_ROLE_NAME = "Gamma"

# CSRF protection stays ON: the SDK must cope with it as it does in production.
WTF_CSRF_ENABLED = True

# A short access-token lifetime, so that every integration run exercises token refresh.
JWT_ACCESS_TOKEN_EXPIRES = timedelta(seconds=int(_env("SUPERSET_ACCESS_TOKEN_TTL_SECONDS", "10")))

# The security API (roles, users) is off by default in Superset; the SDK covers it.
FAB_ADD_SECURITY_API = True

# Login rate limiting is on by default (a few logins per 40 s per address). Test suites build many
# short-lived clients from one address, so it is relaxed here; 429 handling is tested with a fake server.
AUTH_RATE_LIMITED = False
RATELIMIT_ENABLED = False

# Plain HTTP on loopback: no HTTPS redirects or secure-only cookies.
TALISMAN_ENABLED = False
SESSION_COOKIE_SECURE = False

# Local development: connections to the warehouse on 127.0.0.1 are expected.
PREVENT_UNSAFE_DB_CONNECTIONS = False

SUPERSET_WEBSERVER_TIMEOUT = 120
SQLLAB_TIMEOUT = 120

# Celery: Redis is the broker and the task-result store, and SQL Lab keeps the results of queries
# run on connections with allow_run_async in RESULTS_BACKEND, where the client fetches them. Only
# such connections send work to the worker (scripts/services.sh up worker); everything else runs in
# the web process as before.
from cachelib.redis import RedisCache  # noqa: E402

_CELERY_REDIS = f"{_REDIS}/4"


class CeleryConfig:  # pylint: disable=too-few-public-methods
    broker_url = _CELERY_REDIS
    result_backend = _CELERY_REDIS
    imports = (
        "superset.sql_lab",
        "superset.tasks.async_queries",
        "superset.tasks.cache",
        "superset.tasks.thumbnails",
    )
    worker_prefetch_multiplier = 1
    task_acks_late = False
    # The local services run no beat scheduler; reports are tested against the API only.
    beat_schedule = {}


CELERY_CONFIG = CeleryConfig

_REDIS_HOST, _, _REDIS_PORT = _REDIS.split("://", 1)[1].rsplit("/", 1)[0].partition(":")
RESULTS_BACKEND = RedisCache(
    host=_REDIS_HOST, port=int(_REDIS_PORT or "6379"), db=4, key_prefix="superset_results_"
)
# A query left running past this is stopped by the worker (SQL Lab's default is 6 hours).
SQLLAB_ASYNC_TIME_LIMIT_SEC = int(_env("SUPERSET_SQLLAB_ASYNC_TIME_LIMIT_SEC", "300"))
