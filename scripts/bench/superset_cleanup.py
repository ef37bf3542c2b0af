#!/usr/bin/env python3
"""Deletes the datasets of the named Superset database connections, then the connections, so that
each benchmark run starts from nothing. Only touches the connections it is given.

usage: superset_cleanup.py SUPERSET_URL USER PASSWORD DATABASE_NAME [DATABASE_NAME ...]
"""
import json
import sys

import requests

url, user, password, names = sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3], sys.argv[4:]
s = requests.Session()


def login():
    # Access tokens may live only seconds (10 s on the local services): log in again before each step.
    s.cookies.clear()
    s.headers.pop('Authorization', None)
    s.headers.pop('X-CSRFToken', None)
    token = s.post(f'{url}/api/v1/security/login',
                   json={'username': user, 'password': password, 'provider': 'db', 'refresh': False}).json()['access_token']
    s.headers['Authorization'] = f'Bearer {token}'
    s.headers['X-CSRFToken'] = s.get(f'{url}/api/v1/security/csrf_token/').json()['result']
    s.headers['Referer'] = url



def rison_eq(col, value):
    return f"(filters:!((col:{col},opr:eq,value:'{value}')),page_size:100)"


for name in names:
    login()
    dbs = s.get(f'{url}/api/v1/database/', params={'q': rison_eq('database_name', name)}).json()['result']
    for db in dbs:
        while True:
            login()
            q = f"(filters:!((col:database,opr:rel_o_m,value:{db['id']})),page_size:100,columns:!(id))"
            ids = [d['id'] for d in s.get(f'{url}/api/v1/dataset/', params={'q': q}).json()['result']]
            if not ids:
                break
            r = s.delete(f'{url}/api/v1/dataset/', params={'q': '!(' + ','.join(map(str, ids)) + ')'})
            r.raise_for_status()
        login()
        s.delete(f'{url}/api/v1/database/{db["id"]}').raise_for_status()
        print(f'cleanup: removed database {name} and its datasets', file=sys.stderr)
