#!/usr/bin/env python3
"""A counting HTTP reverse proxy for benchmarks: forwards every request to one upstream and appends
`METHOD PATH STATUS` to a log file, so the requests a tool makes are counted, not estimated.

usage: count_proxy.py LISTEN_PORT UPSTREAM_HOST:PORT LOG_FILE
Loopback only. Bodies are passed through unchanged; hop-by-hop headers are dropped.
"""
import http.client
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LISTEN_PORT = int(sys.argv[1])
UP_HOST, UP_PORT = sys.argv[2].rsplit(':', 1)
LOG = open(sys.argv[3], 'a', buffering=1)
LOCK = threading.Lock()
HOP = {'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers',
       'transfer-encoding', 'upgrade', 'content-length'}
LOCAL = threading.local()


def upstream():
    conn = getattr(LOCAL, 'conn', None)
    if conn is None:
        conn = http.client.HTTPConnection(UP_HOST, int(UP_PORT), timeout=300)
        LOCAL.conn = conn
    return conn


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def forward(self):
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP and k.lower() != 'host'}
        headers['Host'] = f'{UP_HOST}:{UP_PORT}'
        for attempt in (1, 2):
            conn = upstream()
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                break
            except (http.client.HTTPException, ConnectionError, OSError):
                conn.close()
                LOCAL.conn = None
                if attempt == 2:
                    self.send_error(502)
                    return
        with LOCK:
            LOG.write(f'{self.command} {self.path.split("?")[0]} {resp.status}\n')
        self.send_response(resp.status)
        for k, v in resp.getheaders():
            if k.lower() not in HOP:
                self.send_header(k, v)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = forward


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # Clients that close idle keep-alive connections are normal here, not errors.
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


Server(('127.0.0.1', LISTEN_PORT), Handler).serve_forever()
