// The example site in a real browser: start it, open the home page,
// follow links, submit the form with markup in it and check that the
// markup shows up as text and never runs.
//
//   node tests/browser/site.mjs path/to/target/debug/examples/site [--hot-reload home.haml]
//
// The site is started on a free port (PORT=0) and stopped at the end. With
// `--hot-reload` (a debug build with the `hot-reload` feature, as the
// README's first command builds it), the heading of the given home.haml is
// edited while the site runs: a reload a second later shows the new text,
// without a rebuild; the file is restored at the end.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from './compare.mjs';

const binary = process.argv[2];
if (!binary) {
  console.error('usage: node tests/browser/site.mjs path/to/examples/site');
  process.exit(2);
}

function fail(message) {
  throw new Error(message);
}

function check(condition, message) {
  if (!condition) fail(message);
}

/// Starts the site and resolves with its URL, read from its first line.
function start() {
  const child = spawn(binary, [], { env: { ...process.env, PORT: '0' } });
  child.stderr.on('data', (d) => process.stderr.write(d));
  const url = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/Listening on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`the site exited with ${code}: ${out}`)));
    setTimeout(() => reject(new Error('the site did not start in 30 s')), 30000);
  });
  return { child, url };
}

const PAYLOAD = '<script>window.__ran = "script"</script><img src=x onerror="window.__ran = \'img\'">&amp; "quotes"';
const NOTE = '</textarea><b onmouseover="window.__ran = \'note\'">bold?</b>';

const hotReload = process.argv[3] === '--hot-reload' ? process.argv[4] : null;
const original = hotReload ? readFileSync(hotReload, 'utf8') : null;

const { child, url: started } = start();
let browser;
try {
  const base = await started;
  browser = await launch();
  const page = await browser.newPage();
  // A payload that runs sets `window.__ran`; the setter reports it to this
  // script, on every page the test visits.
  const ran = [];
  await page.exposeFunction('__report', (v) => ran.push(v));
  await page.addInitScript(() => {
    Object.defineProperty(window, '__ran', {
      set(v) { window.__report(String(v)); },
      get() { return undefined; },
    });
  });
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });

  // Home page: the layout, the navigation partial, the task partials.
  const home = await page.goto(base + '/');
  check(home.status() === 200, `home: status ${home.status()}`);
  check((await home.headerValue('content-type')) === 'text/html; charset=utf-8', 'home: content type');
  check((await page.title()) === 'Tasks · Tasks', `home: title ${await page.title()}`);
  check((await page.textContent('nav a.current')) === 'Tasks', 'home: current link');
  const seeded = await page.locator('ul.tasks li').count();
  check(seeded === 2, `home: ${seeded} tasks`);
  // The seeded task's title holds markup: it is text.
  const second = await page.textContent('#task-2 a.title');
  check(second === 'Add a task called <script>alert(1)</script>', `seeded title: ${second}`);

  // Follow a link to the about page and back.
  await page.click('nav >> text=About');
  await page.waitForURL(base + '/about');
  check((await page.textContent('main h1')) === 'About', 'about: heading');
  check((await page.textContent('nav a.current')) === 'About', 'about: current link');
  await page.click('nav >> text=Tasks');
  await page.waitForURL(base + '/');

  // Submit the form with markup: it comes back as text on the task's page.
  await page.fill('input[name=title]', PAYLOAD);
  await page.fill('textarea[name=note]', NOTE);
  await page.click('form.add button[type=submit]');
  await page.waitForURL(/\/tasks\/3$/);
  const heading = await page.textContent('main h1');
  check(heading === PAYLOAD, `task page: heading ${JSON.stringify(heading)}`);
  const note = await page.textContent('main p.note');
  check(note === NOTE, `task page: note ${JSON.stringify(note)}`);
  check((await page.locator('main script, main img, main b').count()) === 0, 'task page: markup was parsed');
  await page.hover('main p.note');

  // Back on the list, the new task's title is text too.
  await page.click('a.back');
  await page.waitForURL(base + '/');
  const listed = await page.textContent('#task-3 a.title');
  check(listed === PAYLOAD, `list: ${JSON.stringify(listed)}`);
  await page.hover('#task-3 a.title');

  // An empty title is refused, and the typed note is kept, as text.
  await page.fill('input[name=title]', '   ');
  await page.fill('textarea[name=note]', NOTE);
  await page.click('form.add button[type=submit]');
  check((await page.textContent('p.error')) === 'A task needs a title.', 'empty title: message');
  check((await page.inputValue('textarea[name=note]')) === NOTE, 'empty title: note kept');

  // Toggle a task done: the page's `fetch` asks for the `task-list`
  // fragment and swaps it in, without a page load (the marker survives).
  await page.evaluate(() => { window.__stayed = 'yes'; });
  check((await page.textContent('#task-list p.summary')) === '3 open of 3', 'toggle: summary before');
  await page.click('#task-1 form.toggle button');
  await page.waitForSelector('#task-1.done');
  check((await page.textContent('#task-list p.summary')) === '2 open of 3', 'toggle: summary after');
  check((await page.textContent('#task-1 form.toggle button')) === 'Reopen', 'toggle: button after');
  check((await page.evaluate(() => window.__stayed)) === 'yes', 'toggle: the page was loaded again');
  check((await page.locator('#task-list').count()) === 1, 'toggle: one list after the swap');
  check((await page.textContent('#task-3 a.title')) === PAYLOAD, 'toggle: swapped titles are text');
  // The swapped list works again (its forms are new elements).
  await page.click('#task-1 form.toggle button');
  await page.waitForSelector('#task-1:not(.done)');
  await page.click('#task-1 form.toggle button');
  await page.waitForSelector('#task-1.done');
  // The fragment alone, and the plain form post without JavaScript.
  const fragment = await page.request.post(base + '/tasks/2/toggle', { headers: { 'X-Fragment': 'task-list' } });
  const body = await fragment.text();
  check(fragment.status() === 200 && body.startsWith('<div id=task-list>') && body.endsWith('</div>'),
    `fragment response: ${fragment.status()} ${body.slice(0, 80)}`);
  check(!body.includes('<html') && !body.includes('<nav') && !body.includes('form class=add'), 'fragment: only the list');
  const plain = await page.request.post(base + '/tasks/2/toggle', { maxRedirects: 0 });
  check(plain.status() === 303, `plain toggle: status ${plain.status()}`);

  const missing = await page.goto(base + '/tasks/99');
  check(missing.status() === 404, `missing task: status ${missing.status()}`);
  // Nothing ran, on any page; and the hook works: a script that sets
  // the flag is reported.
  check(ran.length === 0, `a payload ran: ${ran}`);
  check(dialogs.length === 0, `dialogs opened: ${dialogs}`);
  await page.evaluate(() => { window.__ran = 'self-test'; });
  await page.waitForTimeout(100);
  check(ran.length === 1 && ran[0] === 'self-test', `the hook does not report: ${ran}`);
  console.log('site: home, links, form with markup, validation, toggle by fragment swap and 404 work; no payload ran');

  if (hotReload) {
    check(original.includes('\n%h1 Tasks\n') || original.startsWith('%h1 Tasks\n'), 'home.haml has `%h1 Tasks`');
    await page.goto(base + '/');
    check((await page.textContent('main h1')) === 'Tasks', 'hot reload: heading before');
    writeFileSync(hotReload, original.replace('%h1 Tasks\n', '%h1 Tasks, edited live\n%p.live A paragraph added\n'));
    await page.waitForTimeout(1000);
    await page.reload();
    const heading = await page.textContent('main h1');
    check(heading === 'Tasks, edited live', `hot reload: heading after the edit: ${heading}`);
    check((await page.textContent('main p.live')) === 'A paragraph added', 'hot reload: the added paragraph');
    check((await page.locator('ul.tasks li').count()) > 0, 'hot reload: the tasks still render');
    writeFileSync(hotReload, original);
    await page.waitForTimeout(1000);
    await page.reload();
    check((await page.textContent('main h1')) === 'Tasks', 'hot reload: heading restored');
    console.log('site: an edit of home.haml shows on reload within a second, without a rebuild');
  }
} finally {
  if (hotReload) writeFileSync(hotReload, original);
  if (browser) await browser.close();
  child.kill();
}
