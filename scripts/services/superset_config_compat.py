"""Superset configuration of the older lines (6.0, 5.0, 4.1) that compatibility runs start next to 6.1.

The same settings as superset_config.py (admin user, CSRF on, guest tokens, Redis caches, 10 s access
tokens), read from that file, with what must not be shared between two servers on one Redis: each line
gets its own cache key prefixes (two metadata databases hand out the same ids, so a chart-data entry of
one server must never answer the other) and its own Celery queue (the default version's worker must not
run another version's tasks against the wrong metadata database). scripts/services.sh sets
SUPERSET_SDK_INSTANCE to the version.
"""

import os

_BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "superset_config.py")
with open(_BASE, encoding="utf-8") as _f:
    exec(compile(_f.read(), _BASE, "exec"))  # noqa: S102 - our own settings file, next to this one

_INSTANCE = os.environ.get("SUPERSET_SDK_INSTANCE", "compat").replace(".", "_")

for _cache in (CACHE_CONFIG, DATA_CACHE_CONFIG, FILTER_STATE_CACHE_CONFIG, EXPLORE_FORM_DATA_CACHE_CONFIG):  # noqa: F821
    _cache["CACHE_KEY_PREFIX"] = f"superset_{_INSTANCE}_{_cache['CACHE_KEY_PREFIX'][len('superset_'):]}"

CeleryConfig.task_default_queue = f"superset_{_INSTANCE}"  # noqa: F821

RESULTS_BACKEND = RedisCache(  # noqa: F821
    host=_REDIS_HOST, port=int(_REDIS_PORT or "6379"), db=4, key_prefix=f"superset_{_INSTANCE}_results_"  # noqa: F821
)

# Guest tokens on Superset 6.0.0. Flask-AppBuilder 5 (6.0.0 requires it; pip resolves 5.0.2) lets a
# request through only for a user whose `is_active` is true, and 6.0.0's GuestUser sets `active` only,
# so it inherits flask-login's anonymous `is_active = False`: every call made with a guest token
# (dashboard, its charts, chart data; the embedded page) is refused with 403. Superset 6.1 sets both.
# The same one-line fix here, through Superset's documented CUSTOM_SECURITY_MANAGER hook, and only
# where it is missing (the 5.0 and 4.1 lines run Flask-AppBuilder 4, which does not ask).
import flask_appbuilder as _fab  # noqa: E402
from superset.security import SupersetSecurityManager as _SecurityManager  # noqa: E402
from superset.security.guest_token import GuestUser as _GuestUser  # noqa: E402

if int(_fab.__version__.split(".")[0]) >= 5 and "is_active" not in vars(_GuestUser):

    class _ActiveGuestUser(_GuestUser):  # pylint: disable=too-few-public-methods
        is_active = True

    class _GuestActiveSecurityManager(_SecurityManager):  # pylint: disable=too-few-public-methods
        guest_user_cls = _ActiveGuestUser

    CUSTOM_SECURITY_MANAGER = _GuestActiveSecurityManager
