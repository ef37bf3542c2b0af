#!/usr/bin/env node
// Browser test of the embedded-analytics example, in headless Debian chromium driven by
// playwright-core (no browser download: executablePath points at the system chromium).
//
// The example service must be running; EmbeddedAnalyticsBrowserIT starts it and runs this script
// (scripts/e2e-embedded.sh runs that IT alone). Input, from the environment:
//   E2E_BASE_URL        the example service, e.g. http://127.0.0.1:8090
//   E2E_TENANTS         JSON [{"user","tenantId","orders","netRevenue"}], the figures from SQL on the warehouse
//   E2E_TOKEN_SECONDS   the guest tokens' lifetime the service was started with
//   E2E_SCREENSHOT_DIR  where the screenshots go (target/e2e)
//   SUPERSET_SDK_NODE_MODULES  where scripts/services.sh installed playwright-core
//   CHROMIUM            the browser binary (default /usr/bin/chromium)
// Exits 0 only when every check held; prints one line per check and a closing "N passed, N failed".
'use strict';

const fs = require('fs');
const path = require('path');
const modules = process.env.SUPERSET_SDK_NODE_MODULES ||
  path.join(require('os').homedir(), '.cache', 'superset-sdk', 'node', 'node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));

const BASE = required('E2E_BASE_URL').replace(/\/+$/, '');
const TENANTS = JSON.parse(required('E2E_TENANTS'));
const TOKEN_SECONDS = Number(required('E2E_TOKEN_SECONDS'));
const SHOTS = required('E2E_SCREENSHOT_DIR');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let passed = 0;
let failed = 0;
function check(ok, what, detail) {
  if (ok) {
    passed++;
    console.log(`[e2e] ok   ${what}`);
  } else {
    failed++;
    console.log(`[e2e] FAIL ${what}${detail === undefined ? '' : ': ' + detail}`);
  }
  return ok;
}

function required(name) {
  const v = process.env[name];
  if (!v) {
    console.error(`[e2e] ${name} is not set`);
    process.exit(2);
  }
  return v;
}

const formatOrders = (n) => Number(n).toLocaleString('en-US', { maximumFractionDigits: 0 });
const formatRevenue = (n) => Number(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// The exp claim of a JWT (no verification: the test only needs to know which token it is looking at).
function expOf(token) {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).exp;
  } catch (e) {
    return undefined;
  }
}

async function openTenantPage(browser, tenant) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const state = { tenant, page, context, consoleErrors: [], tokenResponses: [], chartData: [], failedRequests: [] };
  page.on('console', (m) => { if (m.type() === 'error') state.consoleErrors.push(m.text().slice(0, 300)); });
  page.on('pageerror', (e) => state.consoleErrors.push('page error: ' + e.message.slice(0, 300)));
  page.on('response', async (r) => {
    const url = r.url();
    if (url.startsWith(BASE + '/guest-token')) {
      state.tokenResponses.push({ at: Date.now(), status: r.status() });
    } else if (url.includes('/api/v1/chart/data')) {
      // Which guest token the embedded dashboard sent: compared by its exp, never printed.
      const token = (await r.request().allHeaders())['x-guesttoken'];
      state.chartData.push({ at: Date.now(), status: r.status(), exp: token ? expOf(token) : undefined, token });
    }
    if (r.status() >= 400) {
      state.failedRequests.push(`${r.status()} ${r.request().method()} ${url.split('?')[0]}`);
    }
  });
  await page.goto(BASE + '/login');
  await page.selectOption('select[name=user]', tenant.user);
  await Promise.all([page.waitForURL(BASE + '/'), page.click('button[type=submit]')]);
  return state;
}

async function dashboardFrame(page) {
  const handle = await page.waitForSelector('#dashboard iframe', { timeout: 30000 });
  const frame = await handle.contentFrame();
  await frame.waitForSelector('[data-test-chart-name="Net revenue"] .header-line', { timeout: 60000 });
  await frame.waitForSelector('[data-test-chart-name="Tenants in view"] table tbody tr', { timeout: 60000 });
  return frame;
}

async function figures(frame) {
  return frame.evaluate(() => {
    const text = (chart, sel) => {
      const el = document.querySelector(`[data-test-chart-name="${chart}"] ${sel}`);
      return el ? el.innerText.trim() : null;
    };
    const tenantIds = Array.from(document.querySelectorAll('[data-test-chart-name="Tenants in view"] table tbody tr'))
      .map((tr) => tr.querySelector('td').innerText.trim());
    return { orders: text('Orders', '.header-line'), netRevenue: text('Net revenue', '.header-line'), tenantIds };
  });
}

function checkFigures(label, seen, tenant, others) {
  check(seen.orders === formatOrders(tenant.orders),
    `${label}: Orders shows tenant ${tenant.tenantId}'s ${formatOrders(tenant.orders)} (SQL)`, `saw ${seen.orders}`);
  check(seen.netRevenue === formatRevenue(tenant.netRevenue),
    `${label}: Net revenue shows tenant ${tenant.tenantId}'s ${formatRevenue(tenant.netRevenue)} (SQL)`,
    `saw ${seen.netRevenue}`);
  for (const other of others) {
    check(seen.orders !== formatOrders(other.orders) && seen.netRevenue !== formatRevenue(other.netRevenue),
      `${label}: not tenant ${other.tenantId}'s figures (${formatOrders(other.orders)}, ${formatRevenue(other.netRevenue)})`,
      `saw ${seen.orders}, ${seen.netRevenue}`);
  }
  check(JSON.stringify(seen.tenantIds) === JSON.stringify([String(tenant.tenantId)]),
    `${label}: "Tenants in view" lists only tenant ${tenant.tenantId}`, `saw ${JSON.stringify(seen.tenantIds)}`);
}

// Prometheus text exposition format 0.0.4: comments, HELP/TYPE lines, and samples.
function parsePrometheus(text) {
  const samples = [];
  const errors = [];
  const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})?[ \t]+(\S+)(?:[ \t]+(-?\d+))?$/;
  const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\.)*)"/g;
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    if (line.startsWith('#')) {
      if (/^# (HELP|TYPE) /.test(line)) {
        if (line.startsWith('# TYPE ') && !/^# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped)$/.test(line)) {
          errors.push(`line ${i + 1}: bad TYPE: ${line}`);
        }
      }
      return;
    }
    const m = sample.exec(line);
    const value = m ? Number(m[3].replace(/^\+Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity')) : NaN;
    if (!m || (Number.isNaN(value) && m[3] !== 'NaN')) {
      errors.push(`line ${i + 1}: not a sample: ${line.slice(0, 120)}`);
      return;
    }
    const labels = {};
    for (const l of (m[2] || '').matchAll(label)) labels[l[1]] = l[2];
    samples.push({ name: m[1], labels, value });
  });
  return { samples, errors };
}

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const started = Date.now();
  try {
    const states = [];
    for (const tenant of TENANTS) {
      states.push(await openTenantPage(browser, tenant));
    }
    const a = TENANTS[0];
    const b = TENANTS[1];
    check(a.orders !== b.orders && a.netRevenue !== b.netRevenue,
      `the two tenants' figures differ in the warehouse (${a.orders}/${a.netRevenue} vs ${b.orders}/${b.netRevenue})`);

    // 1. Each tenant sees its own numbers and not the other's.
    for (const s of states) {
      const frame = await dashboardFrame(s.page);
      s.frame = frame;
      s.firstToken = s.chartData.find((c) => c.status === 200);
      const others = TENANTS.filter((t) => t !== s.tenant);
      checkFigures(`${s.tenant.user}'s page`, await figures(frame), s.tenant, others);
      const shot = path.join(SHOTS, `tenant-${s.tenant.tenantId}.png`);
      await s.page.screenshot({ path: shot, fullPage: true });
      check(fs.statSync(shot).size > 10000, `screenshot ${shot}`);
    }

    // 1b. The backend's summary (GET /api/summary, through the chart-data cache as the tenant's guest)
    //     shows the tenant's own figures, from SQL, and not the other's; reading it again is answered
    //     by the cache.
    for (const s of states) {
      const label = `${s.tenant.user}'s summary`;
      await s.page.waitForSelector('#summary[data-tenant]', { timeout: 30000 });
      const seen = await s.page.evaluate(() => ({
        tenant: document.getElementById('summary').dataset.tenant,
        orders: document.getElementById('summary-orders').textContent.trim(),
        netRevenue: document.getElementById('summary-revenue').textContent.trim(),
      }));
      check(seen.tenant === String(s.tenant.tenantId), `${label}: is for tenant ${s.tenant.tenantId}`, `saw ${seen.tenant}`);
      check(seen.orders === formatOrders(s.tenant.orders),
        `${label}: orders ${formatOrders(s.tenant.orders)} (SQL)`, `saw ${seen.orders}`);
      check(seen.netRevenue === formatRevenue(s.tenant.netRevenue),
        `${label}: net revenue ${formatRevenue(s.tenant.netRevenue)} (SQL)`, `saw ${seen.netRevenue}`);
      for (const other of TENANTS.filter((t) => t !== s.tenant)) {
        check(seen.orders !== formatOrders(other.orders) && seen.netRevenue !== formatRevenue(other.netRevenue),
          `${label}: not tenant ${other.tenantId}'s figures`, `saw ${seen.orders}, ${seen.netRevenue}`);
      }
      const again = await s.page.evaluate(async () => {
        const r = await fetch('/api/summary', { credentials: 'same-origin' });
        return { status: r.status, body: await r.json() };
      });
      check(again.status === 200 && again.body.tenant === s.tenant.tenantId
          && formatOrders(again.body.orders) === seen.orders && formatRevenue(again.body.netRevenue) === seen.netRevenue,
        `${label}: read again, the same figures`, JSON.stringify(again));
    }
    const anonymous = await fetch(BASE + '/api/summary');
    check(anonymous.status === 401, 'GET /api/summary without a session answers 401', `${anonymous.status}`);

    // 2. Past the first token's expiry the dashboard keeps working: the embedded SDK fetched a new
    //    token from the service, and a refresh of the dashboard queries Superset with it.
    const firstTokenAt = Math.min(...states.map((s) => s.tokenResponses[0].at));
    const waitMs = firstTokenAt + (TOKEN_SECONDS + 3) * 1000 - Date.now();
    console.log(`[e2e] waiting ${Math.max(0, Math.round(waitMs / 1000))} s for the first guest tokens (${TOKEN_SECONDS} s) to expire`);
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
    for (const s of states) {
      const label = `${s.tenant.user}'s page after expiry`;
      check(s.tokenResponses.filter((t) => t.status === 200).length >= 2,
        `${label}: fetchGuestToken called the service again before the token expired`,
        `${s.tokenResponses.length} calls`);
      const clickedAt = Date.now();
      await s.frame.click('[data-test="refresh-button"]');
      await s.frame.waitForFunction(() => document.querySelectorAll('.header-line').length === 2, null, { timeout: 30000 });
      // Wait until all four charts have answered again.
      const deadline = Date.now() + 60000;
      while (s.chartData.filter((c) => c.at >= clickedAt).length < 4 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
      }
      const after = s.chartData.filter((c) => c.at >= clickedAt);
      const nowSeconds = Date.now() / 1000;
      check(after.length >= 4 && after.every((c) => c.status === 200),
        `${label}: every chart's data request succeeded`, JSON.stringify(after.map((c) => c.status)));
      check(after.length > 0 && after.every((c) => c.token && c.token !== s.firstToken.token && c.exp > nowSeconds),
        `${label}: the charts used a newer, unexpired guest token (first token expired at ${s.firstToken.exp})`,
        JSON.stringify(after.map((c) => c.exp)));
      check(s.firstToken.exp < nowSeconds, `${label}: the first token has indeed expired`);
      await s.frame.waitForSelector('[data-test-chart-name="Net revenue"] .header-line', { timeout: 30000 });
      checkFigures(label, await figures(s.frame), s.tenant, TENANTS.filter((t) => t !== s.tenant));
      const shot = path.join(SHOTS, `tenant-${s.tenant.tenantId}-after-expiry.png`);
      await s.page.screenshot({ path: shot, fullPage: true });
      check(fs.statSync(shot).size > 10000, `screenshot ${shot}`);
    }

    // 3. No console errors, no failed requests.
    for (const s of states) {
      check(s.consoleErrors.length === 0, `${s.tenant.user}'s page: no console errors`, JSON.stringify(s.consoleErrors));
      check(s.failedRequests.length === 0, `${s.tenant.user}'s page: no failed requests`, JSON.stringify(s.failedRequests));
    }

    // 4. /metrics is Prometheus text and counts the guest-token calls the pages made.
    const response = await fetch(BASE + '/metrics');
    const body = await response.text();
    check(response.status === 200 && (response.headers.get('content-type') || '').startsWith('text/plain'),
      '/metrics answers 200 text/plain', `${response.status} ${response.headers.get('content-type')}`);
    const { samples, errors } = parsePrometheus(body);
    check(errors.length === 0 && samples.length > 0, `/metrics parses as Prometheus text (${samples.length} samples)`,
      errors.slice(0, 5).join('; '));
    const value = (name, labels) => samples
      .filter((x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v))
      .reduce((sum, x) => sum + x.value, 0);
    for (const s of states) {
      const made = s.tokenResponses.filter((t) => t.status === 200).length;
      const counted = value('embedded_guest_token_requests_total', { tenant: String(s.tenant.tenantId), outcome: 'success' });
      check(counted === made, `/metrics counts tenant ${s.tenant.tenantId}'s ${made} guest-token calls`, `counted ${counted}`);
    }
    const allCalls = value('embedded_guest_token_requests_total', {});
    check(value('embedded_guest_token_cache_hits_total', {}) + value('embedded_guest_token_mints_total', {}) === allCalls,
      `/metrics: token cache hits + mints = ${allCalls} calls`);
    check(value('superset_client_requests_seconds_count', { operation: 'POST /api/v1/dashboard/{id_or_slug}/embedded' }) >= 1,
      "/metrics has the SDK client's request timer (embedding enabled through the SDK)");
    // The chart-data cache behind the summary: reads per tier, and the repeated reads were L1 hits.
    const gets = samples.filter((x) => x.name === 'superset_sdk_cache_gets_total' && x.labels.cache === 'chart-data');
    for (const tier of ['l1', 'l2']) {
      check(gets.some((x) => x.labels.tier === tier && x.labels.result === 'hit')
          && gets.some((x) => x.labels.tier === tier && x.labels.result === 'miss'),
        `/metrics has superset_sdk_cache_gets_total hit and miss series for tier ${tier}`,
        JSON.stringify(gets.map((x) => x.labels)));
    }
    const cacheValue = (labels) => value('superset_sdk_cache_gets_total', { cache: 'chart-data', ...labels });
    const reads = 2 * 2 * TENANTS.length; // two charts, read twice per tenant
    check(cacheValue({ tier: 'l1', result: 'hit' }) + cacheValue({ tier: 'l1', result: 'miss' }) === reads,
      `/metrics: ${reads} chart-data cache reads (2 charts x 2 reads x ${TENANTS.length} tenants)`,
      `l1 hits ${cacheValue({ tier: 'l1', result: 'hit' })}, misses ${cacheValue({ tier: 'l1', result: 'miss' })}`);
    check(cacheValue({ tier: 'l1', result: 'hit' }) >= 1, '/metrics: at least one L1 hit (the repeated summary reads)',
      `l1 hits ${cacheValue({ tier: 'l1', result: 'hit' })}`);
    check(cacheValue({ tier: 'l1', result: 'miss' }) === cacheValue({ tier: 'l2', result: 'hit' }) + cacheValue({ tier: 'l2', result: 'miss' }),
      '/metrics: every L1 miss was looked up in L2',
      `l1 misses ${cacheValue({ tier: 'l1', result: 'miss' })}, l2 hits ${cacheValue({ tier: 'l2', result: 'hit' })}, l2 misses ${cacheValue({ tier: 'l2', result: 'miss' })}`);
    const loads = value('superset_sdk_cache_loads_total', { cache: 'chart-data', result: 'success' });
    check(loads >= 1 && value('embedded_summary_superset_requests_total', {}) === loads + value('superset_sdk_cache_loads_total', { cache: 'chart-data', result: 'failure' }),
      `/metrics: the cache's ${loads} loads are its chart-data requests to Superset`);
  } catch (e) {
    check(false, 'the browser test ran to its end', e && e.stack ? e.stack.split('\n').slice(0, 4).join(' | ') : String(e));
  } finally {
    await browser.close();
  }
  console.log(`[e2e] finished in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
})();
