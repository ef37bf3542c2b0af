#!/usr/bin/env python3
"""Times ways of creating N datasets of the bench_sync project (scripts/bench.sh sync builds it) on
one Superset, side by side, each into its own fresh connection, then deletes what it made.

usage: sync_paths.py SUPERSET_URL USER PASSWORD N MANIFEST MODES
MODES (comma-separated; REST with 4 in flight, POST+GET+PUT, always runs first and is the reference):
  rest2      POST + PUT ?override_columns=true with typed columns (no GET)
  bulkr      4 parallel dataset bundles without column types, then a refresh per dataset
  bulk       4 parallel dataset bundles (overwrite=false) with typed columns, then one list call;
             column types come from the REST run unless `meta` is also given
  meta       with bulk: column types from /datasource/external_metadata_by_name/ (form-login session)
  metacheck  compares /api/v1/database/{id}/table_metadata/ types with a created dataset's
Prints one line RESULT {json}.
"""
import io, json, sys, time, uuid, zipfile, random, string
from concurrent.futures import ThreadPoolExecutor
import requests, yaml

URL, USER, PW = sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3]
N = int(sys.argv[4]); MANIFEST = sys.argv[5]; MODES = sys.argv[6].split(',')
SCHEMA = 'bench_sync'
URI = 'postgresql+psycopg2://dbt:dbt@127.0.0.1:5432/warehouse'
suffix = ''.join(random.choices(string.ascii_lowercase, k=6))

def session(s=None):
    s = s or requests.Session()
    tok = s.post(f'{URL}/api/v1/security/login', json={'username': USER, 'password': PW, 'provider': 'db', 'refresh': False}).json()['access_token']
    s.headers['Authorization'] = f'Bearer {tok}'
    s.headers['X-CSRFToken'] = s.get(f'{URL}/api/v1/security/csrf_token/').json()['result']
    s.headers['Referer'] = URL
    return s
S = session()
m = json.load(open(MANIFEST))
models = sorted([n for n in m['nodes'].values() if n['resource_type'] == 'model' and n['schema'] == SCHEMA
                 and n['name'] != 'metricflow_time_spine'], key=lambda n: n['unique_id'])[:N]
counts = {}
def req(s, method, path, **kw):
    try:
        r = s.request(method, URL + path, **kw)
    except requests.ConnectionError:  # a worker restart under load; count and retry once
        counts['retry'] = counts.get('retry', 0) + 1
        r = s.request(method, URL + path, **kw)
    if r.status_code == 401:
        session(s); r = s.request(method, URL + path, **kw)
    counts[method] = counts.get(method, 0) + 1
    if r.status_code >= 400:
        raise RuntimeError(f'{method} {path} {r.status_code} {r.text[:300]}')
    return r

def mkdb(tag):
    r = req(S, 'POST', '/api/v1/database/', json={'database_name': f'fastsync_{tag}_{suffix}', 'sqlalchemy_uri': URI, 'expose_in_sqllab': True})
    return r.json()['id']

def dbinfo(dbid):
    return req(S, 'GET', f'/api/v1/database/{dbid}').json()['result']

def extra_for(n):
    return json.dumps({'superset_sdk': {'unique_id': n['unique_id'], 'hash': 'x'}})

def put_body(n, ds, with_ids=True):
    cols = []
    for c in ds['columns']:
        doc = n['columns'].get(c['column_name'], {})
        cc = {'id': c['id'], 'column_name': c['column_name'], 'description': doc.get('description')}
        cols.append(cc)
    return {'description': n.get('description') or None, 'extra': extra_for(n), 'columns': cols,
            'metrics': [{'metric_name': 'row_count', 'expression': 'COUNT(*)', 'verbose_name': 'Count'}]}

col_ref = {}
def rest_one(s, dbid, n):
    r = req(s, 'POST', '/api/v1/dataset/', json={'database': dbid, 'schema': SCHEMA, 'table_name': n['alias'] or n['name'], 'uuid': str(uuid.uuid4())})
    i = r.json()['id']
    ds = req(s, 'GET', f'/api/v1/dataset/{i}').json()['result']
    col_ref[n['unique_id']] = [{'column_name': c['column_name'], 'type': c['type'], 'is_dttm': c['is_dttm'], 'groupby': c['groupby'], 'filterable': c['filterable']} for c in ds['columns']]
    req(s, 'PUT', f'/api/v1/dataset/{i}', json=put_body(n, ds))

def rest(dbid, inflight=4):
    sessions = [session() for _ in range(inflight)]
    t = time.time()
    with ThreadPoolExecutor(inflight) as ex:
        list(ex.map(lambda k: rest_one(sessions[k % inflight], dbid, models[k]), range(len(models))))
    return time.time() - t

def rest2_one(s, dbid, n):
    r = req(s, 'POST', '/api/v1/dataset/', json={'database': dbid, 'schema': SCHEMA, 'table_name': n['alias'] or n['name'], 'uuid': str(uuid.uuid4())})
    i = r.json()['id']
    cols = [dict(c, description=n['columns'].get(c['column_name'], {}).get('description')) for c in col_ref[n['unique_id']]]
    body = {'description': n.get('description') or None, 'extra': extra_for(n), 'columns': cols,
            'metrics': [{'metric_name': 'row_count', 'expression': 'COUNT(*)', 'verbose_name': 'Count'}]}
    req(s, 'PUT', f'/api/v1/dataset/{i}?override_columns=true', json=body)

def rest2(dbid, inflight=4):
    sessions = [session() for _ in range(inflight)]
    t = time.time()
    with ThreadPoolExecutor(inflight) as ex:
        list(ex.map(lambda k: rest2_one(sessions[k % inflight], dbid, models[k]), range(len(models))))
    return time.time() - t

meta_ref = {}
def web_session():
    # The /datasource/ view wants a browser session (form login), not a bearer token.
    import re
    w = requests.Session()
    page = w.get(f'{URL}/login/').text
    tok = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    w.post(f'{URL}/login/', data={'username': USER, 'password': PW, 'csrf_token': tok}, allow_redirects=False)
    return w

def fetch_meta(w, dbname, n):
    q = f"(datasource_type:table,database_name:{dbname},schema_name:{SCHEMA},table_name:{n['alias'] or n['name']},normalize_columns:!f,always_filter_main_dttm:!f)"
    cols = req(w, 'GET', '/datasource/external_metadata_by_name/', params={'q': q}).json()
    meta_ref[n['unique_id']] = [{'column_name': c['column_name'], 'type': c['type'], 'is_dttm': bool(c['is_dttm']), 'groupby': True, 'filterable': True} for c in cols]

def ds_yaml(n, db_uuid, typed=True):
    cols = []
    src = (meta_ref.get(n['unique_id']) or col_ref[n['unique_id']]) if typed else [{'column_name': k, 'type': None, 'is_dttm': False, 'groupby': True, 'filterable': True} for k in n['columns']]
    for c in src:
        doc = n['columns'].get(c['column_name'], {})
        cols.append({'column_name': c['column_name'], 'verbose_name': None, 'is_dttm': c['is_dttm'], 'is_active': True,
                     'type': c['type'], 'advanced_data_type': None, 'groupby': c['groupby'], 'filterable': c['filterable'],
                     'expression': None, 'description': doc.get('description'), 'python_date_format': None, 'extra': None})
    return {'table_name': n['alias'] or n['name'], 'main_dttm_col': None, 'description': n.get('description') or None,
            'default_endpoint': None, 'offset': 0, 'cache_timeout': None, 'schema': SCHEMA, 'catalog': 'warehouse', 'currency_code_column': None, 'folders': None, 'sql': None,
            'params': None, 'template_params': None, 'filter_select_enabled': True, 'fetch_values_predicate': None,
            'extra': json.loads(extra_for(n)), 'normalize_columns': False, 'always_filter_main_dttm': False,
            'uuid': str(uuid.uuid4()), 'metrics': [{'metric_name': 'row_count', 'verbose_name': 'Count', 'metric_type': None,
            'expression': 'COUNT(*)', 'description': None, 'd3format': None, 'currency': None, 'extra': None, 'warning_text': None}],
            'columns': cols, 'version': '1.0.0', 'database_uuid': db_uuid}

def bundle(db, chunk, typed=True):
    buf = io.BytesIO()
    root = 'bundle'
    with zipfile.ZipFile(buf, 'w') as z:
        z.writestr(f'{root}/metadata.yaml', yaml.safe_dump({'version': '1.0.0', 'type': 'SqlaTable', 'timestamp': '2026-12-06T00:00:00+00:00'}))
        z.writestr(f'{root}/databases/{db["database_name"]}.yaml', yaml.safe_dump({
            'database_name': db['database_name'], 'sqlalchemy_uri': 'postgresql+psycopg2://dbt:XXXXXXXXXX@127.0.0.1:5432/warehouse',
            'cache_timeout': None, 'expose_in_sqllab': True, 'allow_run_async': False, 'allow_ctas': False, 'allow_cvas': False,
            'allow_dml': True, 'allow_file_upload': False, 'extra': {'metadata_params': {}, 'engine_params': {}, 'metadata_cache_timeout': {}, 'schemas_allowed_for_file_upload': []}, 'impersonate_user': False, 'configuration_method': 'sqlalchemy_form', 'uuid': db['uuid'], 'version': '1.0.0'}))
        for n in chunk:
            z.writestr(f'{root}/datasets/{db["database_name"]}/{n["name"]}.yaml', yaml.safe_dump(ds_yaml(n, db['uuid'], typed), sort_keys=False))
    return buf.getvalue()

def imp(s, data):
    req(s, 'POST', '/api/v1/dataset/import/', files={'formData': ('bundle.zip', data, 'application/zip')}, data={'overwrite': 'false'})

def bulk(dbid, parts=4, typed=True):
    db = dbinfo(dbid)
    size = (len(models) + parts - 1) // parts
    chunks = [models[i:i + size] for i in range(0, len(models), size)]
    sessions = [session() for _ in chunks]
    t = time.time()
    if USE_META:
        ws = [web_session() for _ in range(parts)]
        with ThreadPoolExecutor(parts) as ex:
            list(ex.map(lambda k: fetch_meta(ws[k % parts], db['database_name'], models[k]), range(len(models))))
        out['bulkMetaPhaseSec'] = round(time.time() - t, 2)
    datas = [bundle(db, c, typed) for c in chunks]
    with ThreadPoolExecutor(len(chunks)) as ex:
        list(ex.map(lambda k: imp(sessions[k], datas[k]), range(len(chunks))))
    # one list to learn ids
    q = f"(filters:!((col:database,opr:rel_o_m,value:{dbid})),page_size:100,columns:!(id,uuid,table_name))"
    ids = []
    page = 0
    while True:
        r = req(S, 'GET', '/api/v1/dataset/', params={'q': q.replace('page_size:100', f'page:{page},page_size:100')}).json()['result']
        ids += r
        if len(r) < 100: break
        page += 1
    if not typed:
        rs = [session() for _ in range(parts)]
        with ThreadPoolExecutor(parts) as ex:
            list(ex.map(lambda k: req(rs[k % parts], 'PUT', f"/api/v1/dataset/{ids[k]['id']}/refresh"), range(len(ids))))
    return time.time() - t, len(ids), db

out = {'n': len(models)}
USE_META = 'meta' in sys.argv[6]
dbs = []
try:
    a = mkdb('rest'); dbs.append(a)
    c0 = dict(counts); out['rest4Sec'] = round(rest(a), 2); out['rest4Requests'] = sum(counts.values()) - sum(c0.values())
    if 'metacheck' in MODES:
        diffs = 0
        for n in models[:10]:
            md = req(S, 'GET', f'/api/v1/database/{a}/table_metadata/', params={'name': n['alias'] or n['name'], 'schema': SCHEMA}).json()
            got = {c['column_name'] if 'column_name' in c else c['name']: c.get('type') for c in md.get('columns', [])}
            want = {c['column_name']: c['type'] for c in col_ref[n['unique_id']]}
            if got != want: diffs += 1; out.setdefault('metaSample', [got, want])
        out['metaTypeMismatches'] = diffs
    if 'rest2' in MODES:
        b2 = mkdb('restb'); dbs.append(b2)
        c0 = dict(counts); out['rest2Sec'] = round(rest2(b2), 2); out['rest2Requests'] = sum(counts.values()) - sum(c0.values())
        ds = req(S, 'GET', f'/api/v1/dataset/?q=(filters:!((col:database,opr:rel_o_m,value:{b2})),page_size:1)').json()['result'][0]
        full = req(S, 'GET', f'/api/v1/dataset/{ds["id"]}').json()['result']
        out['rest2Sample'] = {'cols': len(full['columns']), 'metrics': [x['metric_name'] for x in full['metrics']], 'colDescs': sum(1 for c in full['columns'] if c['description'])}
    if 'bulkr' in MODES:
        b3 = mkdb('bulkr'); dbs.append(b3)
        c0 = dict(counts); secs, nlisted, db = bulk(b3, typed=False); out['bulkRefreshSec'] = round(secs, 2)
        out['bulkRefreshRequests'] = sum(counts.values()) - sum(c0.values())
        ds = req(S, 'GET', f'/api/v1/dataset/?q=(filters:!((col:database,opr:rel_o_m,value:{b3})),page_size:1)').json()['result'][0]
        full = req(S, 'GET', f'/api/v1/dataset/{ds["id"]}').json()['result']
        want = {c['column_name']: (c['type'], c['is_dttm']) for c in col_ref[[n for n in models if (n['alias'] or n['name']) == full['table_name']][0]['unique_id']]}
        got = {c['column_name']: (c['type'], c['is_dttm']) for c in full['columns']}
        out['bulkRefreshColsMatchRest'] = want == got
        out['bulkRefreshColDiff'] = {k: [want.get(k), got.get(k)] for k in set(want) | set(got) if want.get(k) != got.get(k)}
        out['bulkRefreshSample'] = {'cols': len(full['columns']), 'metrics': [x['metric_name'] for x in full['metrics']], 'colDescs': sum(1 for c in full['columns'] if c['description'])}
    if 'bulk' in MODES:
        b = mkdb('bulk'); dbs.append(b)
        before = dbinfo(b)
        c0 = dict(counts); secs, nlisted, db = bulk(b); out['bulkSec'] = round(secs, 2); out['bulkListed'] = nlisted
        out['bulkRequests'] = sum(counts.values()) - sum(c0.values())
        after = dbinfo(b)
        ds1 = req(S, 'GET', f'/api/v1/dataset/?q=(filters:!((col:database,opr:rel_o_m,value:{b})),page_size:100,columns:!(id,table_name))').json()['result']
        mism = 0
        for d1 in ds1[:20]:
            f1 = req(S, 'GET', f"/api/v1/dataset/{d1['id']}").json()['result']
            n1 = [n for n in models if (n['alias'] or n['name']) == f1['table_name']][0]
            want = {c['column_name']: (c['type'], c['is_dttm'], c['groupby'], c['filterable']) for c in col_ref[n1['unique_id']]}
            got = {c['column_name']: (c['type'], c['is_dttm'], c['groupby'], c['filterable']) for c in f1['columns']}
            mism += want != got
        out['bulkColumnMismatchesOf20'] = mism
        out['dbUnchanged'] = {k: before.get(k) == after.get(k) for k in ('changed_on', 'sqlalchemy_uri', 'allow_dml', 'allow_ctas', 'expose_in_sqllab')}
        # datasets equal?
        ds = req(S, 'GET', f'/api/v1/dataset/?q=(filters:!((col:database,opr:rel_o_m,value:{b})),page_size:1)').json()['result'][0]
        full = req(S, 'GET', f'/api/v1/dataset/{ds["id"]}').json()['result']
        out['bulkSample'] = {'table': full['table_name'], 'cols': len(full['columns']), 'metrics': [x['metric_name'] for x in full['metrics']],
                             'desc': bool(full['description']), 'extra': full['extra'], 'colDescs': sum(1 for c in full['columns'] if c['description'])}
        # connection still works: run a query via the bulk db
        r = S.post(f'{URL}/api/v1/sqllab/execute/', json={'database_id': b, 'sql': 'select 1', 'runAsync': False})
        out['dbStillQueries'] = r.status_code
finally:
    print('RESULT ' + json.dumps(out))
    import subprocess
    subprocess.run([sys.executable, __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), 'superset_cleanup.py'), URL, USER, PW] + [f'fastsync_{t}_{suffix}' for t in ('rest', 'bulk', 'restb', 'bulkr')])
