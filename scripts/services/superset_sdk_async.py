"""Server-side fix for the async Superset of the local services (loaded by superset_config_async.py).

Superset 6.1 signs the async channel cookie of users without an id (guests of embedded dashboards,
anonymous requests) with "sub": null, and PyJWT 2.10 and later refuse such a token ("Subject must be a
string"), so every async chart-data request of a guest answers 401 (apache/superset#34696, fixed
upstream by apache/superset#41397 after 6.1.0). This manager reads the channel without the subject
check; the signature is still verified.
"""

import jwt
from superset.async_events.async_query_manager import AsyncQueryManager, AsyncQueryTokenException


class GuestChannelAsyncQueryManager(AsyncQueryManager):
    def parse_channel_id_from_request(self, req):  # noqa: D102
        token = req.cookies.get(self._jwt_cookie_name)
        if not token:
            raise AsyncQueryTokenException("Token not preset")
        try:
            claims = jwt.decode(
                token, self._jwt_secret, algorithms=["HS256"], options={"verify_sub": False}
            )
            return claims["channel"]
        except Exception as ex:  # noqa: BLE001  (as Superset's own method)
            raise AsyncQueryTokenException("Failed to parse token") from ex
