// Real WebKit and real Firefox, driven the same way, for the scenarios in engines.test.mjs.
// WebKit: Debian's WebKitWebDriver, which starts MiniBrowser (WebKitGTK) under Xvfb, over
// classic W3C WebDriver (webdriverio). Firefox: Debian's Firefox ESR over WebDriver BiDi
// (puppeteer-core). Playwright cannot download its own builds of either here.
import { Key, remote } from 'webdriverio';
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free TCP port on localhost. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something listens on `port`. */
async function listening(port) {
  for (let tries = 0; tries < 100; tries++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on port ${port}`);
}

/** Collects errors and console errors in the page; neither WebKitWebDriver nor classic
 * WebDriver reports them, so the page keeps them for the test to read. */
function watchProblems() {
  if (window.__problems) return;
  window.__problems = [];
  addEventListener('error', (event) => window.__problems.push(`page error: ${event.message}`));
  addEventListener('unhandledrejection', (event) => window.__problems.push(`unhandled rejection: ${event.reason}`));
  const error = console.error;
  console.error = (...args) => {
    window.__problems.push(`console: ${args.join(' ')}`);
    error.apply(console, args);
  };
}

/** WebKit (MiniBrowser) through WebKitWebDriver; needs a display (run under xvfb-run). */
export async function webkit() {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  await listening(port);
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  const earlier = [];
  const harvest = async () => {
    earlier.push(...((await browser.execute(() => window.__problems ?? []).catch(() => [])) ?? []));
  };
  const watch = () => browser.execute(watchProblems);
  return {
    name: 'WebKit',
    async goto(url) {
      await harvest();
      await browser.url(url);
      await watch();
    },
    evaluate: (fn, ...args) => browser.execute(fn, ...args),
    click: async (selector) => (await browser.$(selector)).click(),
    type: async (selector, text) => (await browser.$(selector)).addValue(text),
    async clear(selector) {
      await (await browser.$(selector)).click();
      await browser.keys([Key.Ctrl, 'a']);
      await browser.keys(Key.Backspace);
    },
    url: () => browser.getUrl(),
    back: () => browser.back(),
    forward: () => browser.forward(),
    async problems() {
      await harvest();
      return earlier.splice(0);
    },
    async close() {
      await browser.deleteSession().catch(() => {});
      driver.kill();
      await exited;
    },
  };
}

/** Firefox ESR, headless, over WebDriver BiDi. Firefox's automation switches its history-call
 * limit off unless the profile sets it; the limit is set here as Firefox ships it. */
export async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'dom.navigation.navigationRateLimit.count': 200 },
  });
  const page = await browser.newPage();
  const problems = [];
  // Firefox fetches a page's icons (favicon.ico, the touch icon) after the page has loaded and
  // abandons the requests when the test moves on to the next page; when the service worker is
  // handling one, Firefox reports the abandoned request as the page's error (not the message
  // it gives for a worker's own failure, "passed a promise … that rejected"). It is the
  // browser's, not the site's: left out, for the icons only.
  const abandonedIcon = /^Failed to load ‘[^’]*\/(favicon\.ico|icon-\d+\.png)’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;
  page.on('pageerror', (error) => {
    const message = error.message ?? String(error);
    if (!abandonedIcon.test(message)) problems.push(`page error: ${message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    name: 'Firefox',
    goto: (url) => page.goto(url),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    async clear(selector) {
      await page.click(selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
    },
    url: async () => page.url(),
    back: () => page.goBack(),
    forward: () => page.goForward(),
    problems: async () => problems.splice(0),
    close: () => browser.close(),
  };
}
