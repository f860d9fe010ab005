// Browser equivalence: for each case, load haml 6.1.1's output and our
// minified output in headless Chromium and compare what a user sees:
// the document mode (standards or quirks), `document.body.innerText`, every
// element's tag, attributes (class as a set, URLs as the browser resolves
// them) and bounding box, and the text of script, style, pre, textarea and
// title.
//
//   node tests/browser/compare.mjs DIR
//   node tests/browser/compare.mjs DIR --minify-html tests/minify-html-in-chromium.txt
//
// DIR holds NAME.haml.html and NAME.min.html pairs (written by
// `HAML_BROWSER_CASES=DIR cargo test -p tests --test conformance
// write_browser_cases -- --ignored`, or `write_browser_fragments` for the
// fragments of every case). Before the cases, a self-test feeds
// pairs that differ in one significant detail (a space, a class, the
// doctype, a title) and checks that they are reported: the comparison can
// fail.
//
// With `--minify-html FILE`, the same comparison is made between haml's
// output and minify-html's minification of it (`NAME.mh.html`), as a
// report for the size table: FILE gets one line per case, `same NAME` or
// `different NAME: why`, and the exit status is 0 either way.
//
// Pages are loaded with JavaScript off (scripts stay in the DOM but do not
// run) and every network request refused, at a fixed viewport.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
}

/// What a user sees of a page.
function snapshot() {
  const round = (v) => Math.round(v * 100) / 100;
  const classSet = (v) => [...new Set(v.split(/[ \t\n\f\r]+/).filter(Boolean))].sort().join(' ');
  const raw = { SCRIPT: 1, STYLE: 1, PRE: 1, TEXTAREA: 1, TITLE: 1 };
  // URL attributes are compared as the URL the browser resolves (the
  // minified output percent-encodes what the URL parser would encode).
  const url = { href: 1, src: 1, action: 1, formaction: 1, poster: 1, cite: 1 };
  const resolve = (v) => {
    try {
      return new URL(v, 'https://base.invalid/dir/page').href;
    } catch {
      return v;
    }
  };
  return {
    // Standards or quirks mode: a doctype the minifier gets wrong changes
    // layout rules even where no box moves in this case.
    mode: document.compatMode,
    innerText: document.body ? document.body.innerText : null,
    elements: [...document.querySelectorAll('*')].map((e) => {
      const r = e.getBoundingClientRect();
      return {
        tag: e.tagName,
        attributes: [...e.attributes]
          .map((a) => [a.name, a.name === 'class' ? classSet(a.value) : url[a.name] ? resolve(a.value) : a.value])
          .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
        box: [r.x, r.y, r.width, r.height].map(round),
        text: raw[e.tagName] ? (e.tagName === 'TEXTAREA' ? e.value : e.textContent) : undefined,
      };
    }),
  };
}

export async function newPage(browser) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1024, height: 768 },
  });
  const page = await context.newPage();
  await page.route('**/*', (route) => route.abort());
  return page;
}

export async function see(page, html) {
  await page.setContent(html, { waitUntil: 'load' });
  return page.evaluate(snapshot);
}

/// JavaScript string escapes decoded (`\/`, `\'`, `\"`, `\\`, `\xHH`,
/// `\uHHHH`): what a script reads from a string literal either way.
function jsUnescape(text) {
  return text.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\/'"\\])/g, (_, e) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e);
}

/// An element's attributes, event handlers' values with their JavaScript
/// string escapes decoded.
function handlersUnescaped(attributes) {
  return attributes.map(([name, value]) => [name, name.startsWith('on') ? jsUnescape(value) : value]);
}

/// The first difference between two snapshots, as a sentence, or null;
/// `contextual`: the text of script and style elements is not compared,
/// and event handlers are compared with their JavaScript string escapes
/// decoded (a value in a handler is escaped for JavaScript on purpose).
export function difference(a, b, contextual = false) {
  if (a.mode !== b.mode) {
    return `document mode differs: ${a.mode} vs ${b.mode}`;
  }
  if (a.innerText !== b.innerText) {
    return `innerText differs:\n  reference: ${JSON.stringify(a.innerText)}\n  minified:  ${JSON.stringify(b.innerText)}`;
  }
  if (a.elements.length !== b.elements.length) {
    return `element count differs: ${a.elements.length} vs ${b.elements.length}\n  reference: ${a.elements.map((e) => e.tag).join(' ')}\n  minified:  ${b.elements.map((e) => e.tag).join(' ')}`;
  }
  for (let i = 0; i < a.elements.length; i++) {
    const x = a.elements[i];
    const y = b.elements[i];
    for (const key of ['tag', 'attributes', 'box', 'text']) {
      if (contextual && key === 'text' && (x.tag === 'SCRIPT' || x.tag === 'STYLE')) continue;
      const [u, v] = contextual && key === 'attributes'
        ? [handlersUnescaped(x[key]), handlersUnescaped(y[key])]
        : [x[key], y[key]];
      if (JSON.stringify(u) !== JSON.stringify(v)) {
        return `element ${i} (${x.tag}) ${key} differs:\n  reference: ${JSON.stringify(x[key])}\n  minified:  ${JSON.stringify(y[key])}`;
      }
    }
  }
  return null;
}

/// Pairs that differ in what a user sees, to prove the comparison fails.
const MUST_DIFFER = [
  ['<p><b>a</b> <b>b</b></p>', '<p><b>a</b><b>b</b></p>'],
  ['<p>a\n<span>b</span></p>', '<p>a<span>b</span></p>'],
  ['<pre>a\n b</pre>', '<pre>a\nb</pre>'],
  ['<p class="x y">a</p>', '<p class="x">a</p>'],
  ['<!DOCTYPE html><p>a</p>', '<p>a</p>'],
  ['<title>a &lt;b></title><p>x', '<title>a &lt;c></title><p>x'],
];

/// Pairs that differ only in bytes, to prove the comparison is fair.
const MUST_MATCH = [
  ["<div>\n<p>a</p>\n</div>\n", '<div><p>a</div>'],
  ["<p class='b a'>x</p>", '<p class="a b">x'],
  ['<!DOCTYPE html>\n<p>a</p>', '<!doctype html><p>a'],
];

export async function selfTest(page) {
  for (const [a, b] of MUST_DIFFER) {
    if (difference(await see(page, a), await see(page, b)) === null) {
      throw new Error(`self-test: the harness found no difference between ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    }
  }
  for (const [a, b] of MUST_MATCH) {
    const d = difference(await see(page, a), await see(page, b));
    if (d !== null) {
      throw new Error(`self-test: ${JSON.stringify(a)} and ${JSON.stringify(b)} should look the same: ${d}`);
    }
  }
}

async function main() {
  const dir = process.argv[2];
  const report = process.argv[3] === '--minify-html' ? process.argv[4] : null;
  if (!dir || (process.argv.length > 3 && !report)) {
    console.error('usage: node compare.mjs DIR [--minify-html FILE]');
    process.exit(2);
  }
  const suffix = report ? 'mh' : 'min';
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.haml.html'))
    .map((f) => f.slice(0, -'.haml.html'.length))
    .sort();
  const browser = await launch();
  const page = await newPage(browser);
  await selfTest(page);
  console.log(`self-test passed: ${MUST_DIFFER.length} differing pairs reported, ${MUST_MATCH.length} equal pairs accepted`);
  // Cases whose script or style text differs on purpose (contextual
  // escaping); each must still differ there, or the list is stale.
  const listed = new Set(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'contextual-differences.txt'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
  // Real-world cases known to look different, to be fixed (issue notes);
  // each must still differ, so the list only shrinks.
  const known = new Set(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'realworld', 'known-browser-differences.txt'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
  const knownSeen = [];
  const failures = [];
  const verdicts = [];
  for (const name of names) {
    const reference = readFileSync(join(dir, `${name}.haml.html`), 'utf8');
    const minified = readFileSync(join(dir, `${name}.${suffix}.html`), 'utf8');
    const [a, b] = [await see(page, reference), await see(page, minified)];
    // A fragment (`fragment_CASE__ID`, written by write_browser_fragments)
    // shares its case's entries in the two lists; it need not hold the
    // part of the page that differs, so it is not held to still differ.
    const fragment = name.startsWith('fragment_');
    const listName = fragment ? name.slice('fragment_'.length, name.indexOf('__')) : name;
    // (minify-html escapes nothing for its place: its output is compared
    // whole.)
    const contextual = !report && listed.has(listName);
    const d = difference(a, b, contextual);
    if (report) {
      verdicts.push(d === null ? `same ${name}` : `different ${name}: ${d.split('\n')[0]}`);
    } else if (d !== null && known.has(listName)) {
      knownSeen.push(name);
    } else if (d !== null) {
      failures.push(`${name}: ${d}`);
    } else if (fragment) {
      // The same, as it should be.
    } else if (known.has(name)) {
      failures.push(`${name}: listed in realworld/known-browser-differences.txt but looks the same now: take it off the list`);
    } else if (contextual && difference(a, b) === null) {
      failures.push(`${name}: listed in contextual-differences.txt but its script and style text is the same`);
    }
  }
  await browser.close();
  if (report) {
    const header =
      '# minify-html 0.16 on haml 6.1.1\'s output of each conformance case, compared with\n' +
      '# haml\'s output in Chromium by tests/browser/compare.mjs (same rules as the minified\n' +
      '# output). Written by: node tests/browser/compare.mjs DIR --minify-html FILE\n';
    writeFileSync(report, header + verdicts.join('\n') + '\n');
    const different = verdicts.filter((v) => v.startsWith('different')).length;
    console.log(`minify-html: ${names.length - different} of ${names.length} cases look the same in Chromium; written to ${report}`);
    return;
  }
  for (const f of failures) {
    console.log(`DIFFERENT ${f}\n`);
  }
  console.log(
    `${names.length - failures.length - knownSeen.length} of ${names.length} cases look the same in Chromium ` +
      `(${listed.size} of them apart from values escaped for JavaScript or CSS); ` +
      `${knownSeen.length} known to differ (tests/realworld/known-browser-differences.txt)`,
  );
  process.exit(failures.length === 0 ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
