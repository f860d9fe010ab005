// Hostile values in every context, in Chromium: nothing may run.
//
//   node tests/browser/xss.mjs DIR
//
// DIR holds safe-N.html (the default output) and naive-N.html (the same
// template with `output = "haml"`: HTML escaping only) for each payload of
// tests/tests/xss.rs, written by its ignored test `write_xss_cases`. Each
// page is loaded with scripts on and the network refused; then every
// element is hovered, focused and clicked (for real where it is visible,
// by dispatched events everywhere), every form is submitted, and any
// dialog (`alert`, `confirm`, `prompt`, from the page or any frame) is
// recorded as a payload that ran. Links and forms go nowhere unless their
// URL is `javascript:` (so the page stays to be clicked on).
//
// Zero safe pages may run a payload. The naive pages must run some: that
// shows the harness can fail.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './compare.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tests/browser/xss.mjs DIR');
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

/// Hovers, focuses and clicks every element by dispatched events, and
/// submits every form.
function poke() {
  for (const el of document.querySelectorAll('*')) {
    for (const type of ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup']) {
      el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    }
    el.dispatchEvent(new FocusEvent('focus'));
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    if (el.focus) el.focus();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }
  for (const form of document.forms) {
    try {
      form.requestSubmit();
    } catch {
      // A form without a submit button.
    }
  }
}

/// The centres of the visible elements.
function centres() {
  return [...document.querySelectorAll('body *')]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.y < 3900)
    .map((r) => [r.x + r.width / 2, r.y + r.height / 2]);
}

/// The payloads that ran on one page.
async function run(browser, html) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 4000 } });
  const page = await context.newPage();
  const ran = [];
  page.on('dialog', (d) => {
    ran.push(`${d.type()}(${d.message()})`);
    d.dismiss().catch(() => {});
  });
  await page.route('**/*', (route) => route.abort());
  await context.addInitScript(guard);
  try {
    await page.setContent(html, { waitUntil: 'load', timeout: 10000 });
    await page.waitForTimeout(150);
    for (const [x, y] of await page.evaluate(centres)) {
      await page.mouse.move(x, y);
      await page.mouse.click(x, y, { delay: 0 });
    }
    await page.keyboard.press('Tab');
    await page.evaluate(poke);
    await page.waitForTimeout(150);
  } catch (e) {
    // A page that breaks the harness (a navigation it could not stop)
    // is reported with what ran before.
    ran.push(`harness: ${e.message.split('\n')[0]}`);
  }
  await context.close();
  return ran;
}

const payloads = readFileSync(join(dir, 'payloads.txt'), 'utf8').split('\n');
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
let browser = await launch();
const failures = [];
let naiveRan = 0;
let naivePages = 0;
for (const file of files) {
  const html = readFileSync(join(dir, file), 'utf8');
  if (process.env.XSS_VERBOSE) console.log(file);
  let ran = [];
  // A page can take the browser down (seen with naive pages whose data:
  // frames run a payload): start another and load the page again.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!browser.isConnected()) {
      await browser.close().catch(() => {});
      browser = await launch();
    }
    try {
      ran = await run(browser, html);
    } catch (e) {
      ran = [`harness: ${e.message.split('\n')[0]}`];
    }
    if (browser.isConnected()) break;
  }
  const index = Number(file.match(/-(\d+)\.html$/)[1]);
  if (file.startsWith('safe-')) {
    if (ran.length > 0) failures.push(`${file} ${payloads[index]}: ${ran.join(', ')}`);
  } else {
    naivePages += 1;
    if (ran.some((r) => !r.startsWith('harness:'))) naiveRan += 1;
    if (process.env.XSS_VERBOSE) console.log(`  ${payloads[index]}: ${ran.join(', ') || 'nothing ran'}`);
  }
}
await browser.close();
for (const f of failures) console.log(`RAN ${f}`);
const safePages = files.length - naivePages;
console.log(
  `xss: ${safePages - failures.length} of ${safePages} payloads ran nowhere in the default output; ` +
    `${naiveRan} of ${naivePages} ran in the HTML-escaping-only output`,
);
if (naiveRan === 0) {
  console.log('xss: no payload ran in the naive output either: the harness cannot tell');
  process.exit(1);
}
process.exit(failures.length === 0 ? 0 : 1);
