// Hostile values in every place, in Chromium: nothing may run, and nothing
// may change the page's shape.
//
//   node tests/browser/xss.mjs DIR
//
// DIR is written by the ignored test `write_xss_cases` (tests/tests/xss.rs):
// for each payload of its list, `safe-N.html` (the generated page of every
// place, default output), `naive-N.html` (the same template with
// `output = "haml"`: HTML escaping only), `safe-contexts-N.html` and
// `naive-contexts-N.html` (the hand-written page of realistic uses), and
// `baseline.html` / `baseline-contexts.html`: the pages with a harmless
// value. `places.txt` names the sections (`#place-N`) of the generated page.
//
// Each page is loaded with scripts on and the network refused. Then:
// - every event-handler attribute of every element is called (in the page
//   and in its frames), and every element is hovered, focused and clicked
//   by dispatched events; any dialog (`alert`, `confirm`, `prompt`, from
//   the page or a frame) is a payload that ran;
// - the page's shape (every element of the document, of `template`
//   contents and of `srcdoc` frames: its namespace, its name and its
//   attributes' names) must be the baseline's: a value may change text and
//   attribute values, never add an element or an attribute;
// - no URL that a click, a submit, a frame, a refresh or an SVG animation
//   would open may be `javascript:` or `vbscript:` (or `data:` outside media).
// Zero safe pages may fail. Some naive pages must run a payload: that shows
// the harness can fail. XSS_MOUSE=1 also moves the real mouse over every
// visible element and clicks it (slower); XSS_VERBOSE=1 lists every page;
// XSS_JOBS sets how many browsers check pages at once (2); XSS_PAGES, a
// regular expression, picks the pages to check by file name; XSS_EVERY=N
// checks the generated page (about 2 s each) with every Nth payload only.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './compare.mjs';

// `--pairs DIR`: the conformance pages that write_browser_cases writes
// (NAME.haml.html, NAME.min.html), e.g. random templates with hostile
// values (tests/tools/random_templates.py --hostile): no minified page may
// run a dialog; the haml pages that do are counted.
const pairs = process.argv[2] === '--pairs';
const dir = process.argv[pairs ? 3 : 2];
if (!dir) {
  console.error('usage: node tests/browser/xss.mjs [--pairs] DIR');
  process.exit(2);
}

/// Runs in every page and frame before its scripts: only `javascript:`
/// navigations happen.
function guard() {
  const isScript = (url) => {
    try {
      return new URL(url, location.href).protocol === 'javascript:';
    } catch {
      return false;
    }
  };
  document.addEventListener(
    'click',
    (e) => {
      const link = e.target.closest && e.target.closest('a, area');
      if (!link) return;
      const href = link.href && typeof link.href === 'object' ? link.href.animVal : link.href;
      if (!isScript(href || '')) e.preventDefault();
    },
    true,
  );
  document.addEventListener(
    'submit',
    (e) => {
      const action = (e.submitter && e.submitter.formAction) || e.target.action;
      if (!isScript(action || '')) e.preventDefault();
    },
    true,
  );
}

/// Calls every event handler of every element (in the page and its
/// frames), and clicks and focuses every link, button and form field by
/// dispatched events. (What a click on a link or a submit would open is
/// checked in `inspect`: no script URL may be there.)
function poke() {
  const documents = [document];
  for (const frame of document.querySelectorAll('iframe')) {
    try {
      if (frame.contentDocument) documents.push(frame.contentDocument);
    } catch {
      // A cross-origin frame.
    }
  }
  for (const doc of documents) {
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (!name.startsWith('on')) continue;
        try {
          const handler = el[name];
          if (typeof handler === 'function') handler.call(el, new Event(name.slice(2)));
        } catch {
          // A handler that throws ran, and did not call alert.
        }
      }
    }
    for (const el of doc.querySelectorAll('a, area, button, input, select, textarea, [tabindex]')) {
      el.dispatchEvent(new FocusEvent('focus'));
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
  }
}

/// The page's shape, and the script URLs in it. Each element is one line:
/// the section it stands in, its depth, its namespace and name, and its
/// attributes' names.
function inspect() {
  const shape = [];
  const scriptUrls = [];
  const media = new Set(['img', 'video', 'audio', 'source', 'track', 'image', 'input']);
  const urlAttributes = [
    'href', 'src', 'action', 'formaction', 'data', 'poster', 'cite', 'xlink:href',
    'background', 'codebase', 'longdesc', 'lowsrc', 'dynsrc', 'icon', 'manifest',
    'srcset', 'imagesrcset', 'archive',
  ];
  // (`ping` is not here: browsers ping only http(s) URLs, never run one.)
  const asciiTrim = (s) => s.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const bad = (url, el, list) => {
    // Browsers strip ASCII whitespace only (`trim()` would strip U+00A0
    // too, and see a script URL where the browser sees a relative one).
    const candidates = list
      ? url.split(',').map((c) => asciiTrim(c).split(/[\t\n\f\r ]+/)[0])
      : [url];
    for (const candidate of candidates) {
      let protocol;
      try {
        protocol = new URL(candidate, document.baseURI).protocol;
      } catch {
        continue;
      }
      if (protocol === 'javascript:' || protocol === 'vbscript:') return true;
      if (protocol === 'data:' && !media.has(el.localName)) return true;
    }
    return false;
  };
  const walk = (root, depth, where) => {
    for (const el of root.children) {
      const names = [...el.attributes].map((a) => a.name).sort();
      const place =
        el.localName === 'section' && el.id.startsWith('place-') ? el.id : where;
      shape.push(`${place}|${depth}|${el.namespaceURI}|${el.localName}|${names.join(' ')}`);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        const list = name === 'srcset' || name === 'imagesrcset';
        if (urlAttributes.includes(name) && bad(attr.value, el, list)) {
          scriptUrls.push(`${place} <${el.localName} ${attr.name}="${attr.value}">`);
        }
      }
      if (el.localName === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) {
        const m = /url\s*=\s*['"]?([^'"]*)/i.exec(el.getAttribute('content') || '');
        if (m && bad(asciiTrim(m[1]), el, false)) scriptUrls.push(`${place} <meta refresh ${m[1]}>`);
      }
      if (['animate', 'set'].includes(el.localName)) {
        const target = el.getAttribute('attributeName') || '';
        if (/href$/i.test(target)) {
          for (const a of ['values', 'to', 'from', 'by']) {
            for (const v of (el.getAttribute(a) || '').split(';')) {
              if (asciiTrim(v) && bad(asciiTrim(v), { localName: 'a' }, false)) {
                scriptUrls.push(`${place} <${el.localName} ${a}="${v}">`);
              }
            }
          }
        } else if (/^on/i.test(target)) {
          scriptUrls.push(`${place} <${el.localName} attributeName=${target}>`);
        }
      }
      if (el.localName === 'template' && el.content) walk(el.content, depth + 1, place);
      if (el.localName === 'iframe') {
        try {
          const doc = el.contentDocument;
          if (doc && doc.documentElement && el.hasAttribute('srcdoc')) {
            walk(doc, depth + 1, place);
          }
        } catch {
          // A cross-origin frame.
        }
      }
      walk(el, depth + 1, place);
    }
  };
  walk(document, 0, '');
  return { shape, scriptUrls };
}

/// The centres of the visible elements.
function centres() {
  return [...document.querySelectorAll('body *')]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.y < 3900)
    .map((r) => [r.x + r.width / 2, r.y + r.height / 2]);
}

/// Loads one page in a browser context of its own: what ran, its shape and
/// its script URLs. (A context per page costs about half a second, as does
/// a navigation away from the page before; reusing one tab for all pages
/// lets one page's late navigations break the next.)
async function run(browser, html) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 4000 } });
  // No network: requests fail at once (faster than intercepting each).
  await context.setOffline(true);
  await context.addInitScript(guard);
  const page = await context.newPage();
  const ran = [];
  page.on('dialog', (d) => {
    ran.push(`${d.type()}(${d.message()})`);
    d.dismiss().catch(() => {});
  });
  let found = { shape: [], scriptUrls: [] };
  try {
    await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 20000 });
    await page.waitForTimeout(100);
    found = await page.evaluate(inspect);
    if (process.env.XSS_MOUSE) {
      for (const [x, y] of await page.evaluate(centres)) {
        await page.mouse.move(x, y);
        await page.mouse.click(x, y, { delay: 0 });
      }
    }
    await page.evaluate(poke);
    await page.waitForTimeout(50);
  } catch (e) {
    // A page that breaks the harness (a navigation it could not stop)
    // is reported with what ran before.
    ran.push(`harness: ${e.message.split('\n')[0]}`);
  }
  await context.close();
  return { ran, ...found };
}

/// Where `shape` leaves `baseline`: the first element added, gone or with
/// an attribute the baseline's does not have.
function shapeChange(shape, baseline) {
  const n = Math.max(shape.length, baseline.length);
  for (let i = 0; i < n; i++) {
    const [a, b] = [shape[i], baseline[i]];
    if (a === b) continue;
    if (a && b) {
      const [pa, ...ra] = a.split('|');
      const [pb, ...rb] = b.split('|');
      // A value may take an attribute away (an `Option`), never add one.
      const [da, na, ta, attrsA] = ra;
      const [db, nb, tb, attrsB] = rb;
      const subset = attrsA.split(' ').filter(Boolean).every((x) => attrsB.split(' ').includes(x));
      if (pa === pb && da === db && na === nb && ta === tb && subset) continue;
    }
    return `element ${i}: ${a || 'none'} where the baseline has ${b || 'none'}`;
  }
  return null;
}

const payloads = pairs ? [] : readFileSync(join(dir, 'payloads.txt'), 'utf8').split('\n');
const places = pairs ? [] : readFileSync(join(dir, 'places.txt'), 'utf8').split('\n');
const placeName = (text) => {
  const m = /place-(\d+)/.exec(text || '');
  return m ? ` [${places[Number(m[1])]}]` : '';
};
const files = readdirSync(dir)
  .filter((f) => /^(safe|naive)-.*\d+\.html$/.test(f))
  .filter((f) => new RegExp(process.env.XSS_PAGES || '').test(f))
  // XSS_EVERY=N: the generated page (the slow one) with every Nth payload.
  .filter((f) => !/^safe-\d+\.html$/.test(f) || Number(f.match(/\d+/)[0]) % Number(process.env.XSS_EVERY || 1) === 0)
  .sort();

/// The browser of one worker, started again if a page takes it down (seen
/// with naive pages whose data: frames run a payload).
class Worker {
  async load(html) {
    let result = { ran: [], shape: [], scriptUrls: [] };
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!this.browser || !this.browser.isConnected()) {
        if (this.browser) await this.browser.close().catch(() => {});
        this.browser = await launch();
      }
      try {
        result = await run(this.browser, html);
      } catch (e) {
        result = { ran: [`harness: ${e.message.split('\n')[0]}`], shape: [], scriptUrls: [] };
      }
      if (this.browser.isConnected()) break;
    }
    return result;
  }

  /// The browser, started if it is not running.
  async browserReady() {
    if (!this.browser || !this.browser.isConnected()) this.browser = await launch();
    return this.browser;
  }

  async close() {
    if (this.browser) await this.browser.close().catch(() => {});
  }
}

if (pairs) {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.min.html'))
    .map((f) => f.slice(0, -'.min.html'.length))
    .sort();
  const worker = new Worker();
  const failed = [];
  let hamlRan = 0;
  for (const name of names) {
    const minified = await worker.load(readFileSync(join(dir, `${name}.min.html`), 'utf8'));
    const ran = minified.ran.filter((r) => !r.startsWith('harness:'));
    if (ran.length > 0 || minified.scriptUrls.length > 0) {
      failed.push(`${name}: ${[...ran, ...minified.scriptUrls].join(', ')}`);
    }
    const haml = await worker.load(readFileSync(join(dir, `${name}.haml.html`), 'utf8'));
    if (haml.ran.some((r) => !r.startsWith('harness:'))) hamlRan += 1;
  }
  await worker.close();
  for (const f of failed) console.log(`FAIL ${f}`);
  console.log(
    `xss: ${names.length - failed.length} of ${names.length} minified pages ran nothing; ` +
      `haml's output of ${hamlRan} of them ran a payload`,
  );
  process.exit(failed.length === 0 ? 0 : 1);
}

const first = new Worker();
const baselines = {};
for (const name of ['baseline', 'baseline-contexts']) {
  const result = await first.load(readFileSync(join(dir, `${name}.html`), 'utf8'));
  if (result.ran.length > 0 || result.scriptUrls.length > 0) {
    console.log(`xss: the ${name} page itself fails: ${[...result.ran, ...result.scriptUrls].join(', ')}`);
    process.exit(1);
  }
  baselines[name] = result.shape;
}
console.log(
  `xss: ${files.length} pages; the generated page has ${places.length} places ` +
    `and ${baselines.baseline.length} elements`,
);

/// The CSP page (`csp.html`), served with the policy its template computed
/// (`csp-policy.txt`) or without: what ran and what the page looks like.
async function cspRun(browser, name, policy) {
  const context = await browser.newContext();
  const url = 'http://haml.test/';
  const html = readFileSync(join(dir, `${name}.html`), 'utf8');
  await context.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: policy ? { 'Content-Security-Policy': policy } : {},
          body: html,
        })
      : route.fulfill({ status: 404, body: '' }),
  );
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.violations = 0;
    document.addEventListener('securitypolicyviolation', () => (window.violations += 1));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.click('#own');
  await page.click('#injected').catch(() => {});
  await page.waitForTimeout(200);
  const found = await page.evaluate(() => ({
    ran: window.ran || [],
    violations: window.violations,
    colors: ['own', 'filter', 'injected'].map(
      (c) => getComputedStyle(document.querySelector(`p.${c}`)).color,
    ),
  }));
  await context.close();
  return { dialogs, ...found };
}

// Under the template's policy (with a nonce, and with hashes alone) its own
// scripts, handlers and styles work and the injected markup is stopped;
// without the policy the injected markup runs (the check can fail).
for (const name of ['csp', 'csp-hashes']) {
  const policy = readFileSync(join(dir, `${name}-policy.txt`), 'utf8').trim();
  const withPolicy = await cspRun(await first.browserReady(), name, policy);
  const without = await cspRun(await first.browserReady(), name, null);
  const own = ['static script', 'filter script', 'static handler'];
  const problems = [
    ...withPolicy.dialogs.map((d) => `injected markup ran alert(${d}) under the policy`),
    ...own.filter((r) => !withPolicy.ran.includes(r)).map((r) => `the template's ${r} did not run`),
    ...(withPolicy.colors[0] !== 'rgb(1, 2, 3)' ? ["the template's style was blocked"] : []),
    ...(withPolicy.colors[1] !== 'rgb(4, 5, 6)' ? ["the template's :css was blocked"] : []),
    ...(withPolicy.colors[2] === 'rgb(7, 8, 9)' ? ['the injected style applied'] : []),
    ...(withPolicy.violations === 0 ? ['no violation was reported'] : []),
    ...(without.dialogs.length === 0 ? ['without the policy nothing injected ran: the check cannot fail'] : []),
  ];
  if (problems.length > 0) {
    console.log(`xss: ${name}.html: ${problems.join('; ')}\n  policy: ${policy}`);
    process.exit(1);
  }
  console.log(
    `xss: ${name}.html: under the template's policy its ${own.length} scripts and handlers and ` +
      `2 styles work and the injected markup is stopped (${withPolicy.violations} violations); ` +
      `without it ${without.dialogs.length} injected scripts ran`,
  );
}

const failures = [];
const naive = { pages: 0, ran: 0, changed: 0 };

/// Checks one page.
async function check(worker, file) {
  const result = await worker.load(readFileSync(join(dir, file), 'utf8'));
  const index = Number(file.match(/-(\d+)\.html$/)[1]);
  const payload = payloads[index];
  const baseline = file.includes('contexts') ? baselines['baseline-contexts'] : baselines.baseline;
  const change = shapeChange(result.shape, baseline);
  if (process.env.XSS_VERBOSE) {
    console.log(`${file} ${payload}: ${result.ran.join(', ') || 'nothing ran'}${change ? '; ' + change : ''}`);
  }
  if (file.startsWith('safe-')) {
    const problems = [
      ...result.ran.map((r) => `ran ${r}`),
      ...result.scriptUrls.map((u) => `script URL ${u}${placeName(u)}`),
      ...(change ? [`shape: ${change}${placeName(change)}`] : []),
    ];
    if (problems.length > 0) failures.push(`${file} ${payload}: ${problems.join('; ')}`);
  } else {
    naive.pages += 1;
    if (result.ran.some((r) => !r.startsWith('harness:'))) naive.ran += 1;
    if (change || result.scriptUrls.length > 0) naive.changed += 1;
  }
}

// Pages in parallel: XSS_JOBS browsers (2 by default).
const queue = [...files];
const workers = [first];
for (let i = 1; i < Number(process.env.XSS_JOBS || 2); i++) workers.push(new Worker());
await Promise.all(
  workers.map(async (worker) => {
    for (let file = queue.shift(); file; file = queue.shift()) await check(worker, file);
    await worker.close();
  }),
);

for (const f of failures.sort()) console.log(`FAIL ${f}`);
const safePages = files.length - naive.pages;
console.log(
  `xss: ${safePages - failures.length} of ${safePages} default-output pages kept every payload inert ` +
    `(${payloads.length} payloads); in the HTML-escaping-only output, ${naive.ran} of ${naive.pages} pages ` +
    `ran a payload and ${naive.changed} changed shape or held a script URL`,
);
if (naive.ran === 0) {
  console.log('xss: no payload ran in the naive output either: the harness cannot tell');
  process.exit(1);
}
process.exit(failures.length === 0 ? 0 : 1);
