#!/usr/bin/env python3
"""Generates the dbt project the sync benchmark builds: N view models over one seed (about 10
documented columns each), a daily time spine, 2 semantic models and 5 simple metrics, all in their
own warehouse schema. The shape follows the baseline it is compared with.

usage: sync_project.py OUT_DIR [MODELS] [SCHEMA]
"""
import os
import random
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
schema = sys.argv[3] if len(sys.argv) > 3 else 'bench_sync'
rnd = random.Random(42)
for d in ('models', 'seeds'):
    os.makedirs(os.path.join(out, d), exist_ok=True)


def write(rel, text):
    path = os.path.join(out, rel)
    if os.path.exists(path) and open(path).read() == text:
        return  # unchanged files keep their mtime, so dbt's partial parse stays valid
    with open(path, 'w') as fh:
        fh.write(text)


write('dbt_project.yml', f"""name: bench_sync
version: "1.0.0"
config-version: 2
profile: bench_sync
model-paths: ["models"]
seed-paths: ["seeds"]
flags:
  send_anonymous_usage_stats: false
  require_yaml_configuration_for_mf_time_spines: true
seeds:
  bench_sync:
    +quote_columns: false
models:
  bench_sync:
    +materialized: view
""")
write('profiles.yml', f"""bench_sync:
  target: dev
  outputs:
    dev:
      type: postgres
      host: "{{{{ env_var('DBT_PG_HOST', '127.0.0.1') }}}}"
      port: "{{{{ env_var('DBT_PG_PORT', '5432') | as_number }}}}"
      user: "{{{{ env_var('DBT_PG_USER', 'dbt') }}}}"
      password: "{{{{ env_var('DBT_PG_PASSWORD', 'dbt') }}}}"
      dbname: "{{{{ env_var('DBT_PG_DATABASE', 'warehouse') }}}}"
      schema: {schema}
      threads: 4
""")

COLUMNS = [
    ('order_id', 'Identifier of the order.'),
    ('customer_id', 'Customer who placed the order.'),
    ('tenant_id', 'Tenant the order belongs to.'),
    ('ordered_at', 'Day the order was placed.'),
    ('status', 'placed, shipped, completed or returned.'),
    ('channel', 'web, mobile_app or pop_up.'),
    ('amount', 'Order value after discounts, in EUR.'),
    ('discount', 'Discount granted, in EUR.'),
    ('quantity', 'Number of items.'),
    ('is_gift', 'Whether the order was sent as a gift.'),
]
rows = ['order_id,customer_id,tenant_id,ordered_at,status,channel,amount,discount,quantity,is_gift']
for i in range(1, 501):
    rows.append(','.join(str(v) for v in (
        i, rnd.randint(1, 80), rnd.randint(1, 4),
        f'2024-{rnd.randint(1, 6):02d}-{rnd.randint(1, 28):02d}',
        rnd.choice(['placed', 'shipped', 'completed', 'returned']),
        rnd.choice(['web', 'mobile_app', 'pop_up']),
        f'{rnd.uniform(5, 120):.2f}', f'{rnd.uniform(0, 10):.2f}', rnd.randint(1, 6),
        rnd.choice(['true', 'false']))))
write('seeds/bench_orders.csv', '\n'.join(rows) + '\n')

yml = ['version: 2', 'models:']
yml += ['  - name: metricflow_time_spine', '    description: One row per calendar day.',
        '    time_spine:', '      standard_granularity_column: date_day', '    columns:',
        '      - name: date_day', '        description: The calendar day.', '        granularity: day']
write('models/metricflow_time_spine.sql',
      "{{ config(materialized='table') }}\nselect cast(day as date) as date_day\n"
      "from generate_series(cast('2024-01-01' as date), cast('2024-12-31' as date), interval '1 day') as day\n")
for m in range(1, n + 1):
    name = f'bench_model_{m:03d}'
    write(f'models/{name}.sql',
          f"-- Model {m} of the sync benchmark.\nselect {', '.join(c for c, _ in COLUMNS)}\n"
          f"from {{{{ ref('bench_orders') }}}}\nwhere order_id % {m % 7 + 2} <> 0\n")
    yml += [f'  - name: {name}', f'    description: Orders slice {m} for the sync benchmark.', '    columns:']
    for c, desc in COLUMNS:
        yml += [f'      - name: {c}', f'        description: "{desc}"']
write('models/_models.yml', '\n'.join(yml) + '\n')

sem = ['semantic_models:']
for m in (1, 2):
    sem += [f'  - name: orders_{m}', f"    model: ref('bench_model_{m:03d}')",
            '    defaults:', '      agg_time_dimension: ordered_at',
            '    entities:', f'      - name: order_{m}', '        type: primary', '        expr: order_id',
            '    dimensions:', '      - name: ordered_at', '        type: time',
            '        type_params:', '          time_granularity: day',
            '      - name: channel', '        type: categorical',
            '    measures:',
            f'      - name: order_count_{m}', '        agg: sum', '        expr: "1"',
            f'      - name: amount_{m}', '        agg: sum', '        expr: amount']
sem += ['metrics:']
for name, measure in (('orders_1', 'order_count_1'), ('revenue_1', 'amount_1'), ('orders_2', 'order_count_2'),
                      ('revenue_2', 'amount_2'), ('revenue_total_2', 'amount_2')):
    sem += [f'  - name: {name}_metric', f'    label: {name.replace("_", " ").title()}', '    type: simple',
            '    type_params:', f'      measure: {measure}']
write('models/_semantic.yml', '\n'.join(sem) + '\n')
