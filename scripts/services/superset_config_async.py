"""Configuration of the second local Superset (scripts/services.sh up superset-async) and its worker.

It is superset_config.py plus GLOBAL_ASYNC_QUERIES: chart data answers 202 with a job that the Celery
worker runs, and clients read the job's event through the polling transport (/api/v1/async_event/).
It shares the metadata database, Redis and the worker with the main instance, so the same charts,
users and connections answer in both modes.
"""

import os

_BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "superset_config.py")
with open(_BASE, encoding="utf-8") as _f:
    exec(compile(_f.read(), _BASE, "exec"))  # noqa: S102  (our own file, next to this one)

FEATURE_FLAGS = {**FEATURE_FLAGS, "GLOBAL_ASYNC_QUERIES": True}  # noqa: F821

# The channel cookie is a JWT signed with this secret (at least 32 bytes).
GLOBAL_ASYNC_QUERIES_JWT_SECRET = _env(  # noqa: F821
    "SUPERSET_ASYNC_QUERIES_JWT_SECRET", "superset-sdk-local-async-queries-jwt-secret-0123456789"
)
GLOBAL_ASYNC_QUERIES_TRANSPORT = "polling"
# Guests' channel cookies carry no subject, which Superset 6.1 cannot read back with PyJWT >= 2.10;
# superset_sdk_async.py (next to this file) reads them (see its docstring).
import sys  # noqa: E402

if os.path.dirname(_BASE) not in sys.path:
    sys.path.insert(0, os.path.dirname(_BASE))
GLOBAL_ASYNC_QUERY_MANAGER_CLASS = "superset_sdk_async.GuestChannelAsyncQueryManager"
GLOBAL_ASYNC_QUERIES_CACHE_BACKEND = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_REDIS_HOST": _REDIS_HOST,  # noqa: F821
    "CACHE_REDIS_PORT": int(_REDIS_PORT or "6379"),  # noqa: F821
    "CACHE_REDIS_DB": 4,
    "CACHE_DEFAULT_TIMEOUT": 300,
}

# The async-query tests hold a query in the warehouse with pg_sleep, which Superset refuses by default.
# Only this file (the worker and the async Superset) allows it; the main instance keeps the default.
# superset.config is the module loading this file; its defaults above this point are already set.
from superset.config import DISALLOWED_SQL_FUNCTIONS as _DEFAULT_DISALLOWED  # noqa: E402

DISALLOWED_SQL_FUNCTIONS = {
    engine: (functions - {"pg_sleep"} if engine == "postgresql" else functions)
    for engine, functions in _DEFAULT_DISALLOWED.items()
}
