// Shared by the browser tests: start `claimkb serve` on a free port over a
// temporary store, launch Debian's chromium through playwright-core, and
// clean both up. Exits 77 (ctest: skipped) when chromium or playwright-core is absent.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CLAIMKB_CHROMIUM || '/usr/bin/chromium';
export const SKIP = 77;

export function args(argv) {
  const out = {};
  for (let i = 2; i < argv.length; ++i) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true;
  }
  return out;
}

export function loadPlaywright() {
  const require = createRequire(path.join(SOURCE_DIR, 'tools', 'package.json'));
  try {
    return require('playwright-core');
  } catch (_) {
    console.log('SKIP: playwright-core is not installed (run tools/setup)');
    process.exit(SKIP);
  }
}

// Starts the server; resolves to {url, token, stop()} once it prints its address.
// With CLAIMKB_TEST_URL set, uses that running server (its token in CLAIMKB_TOKEN) instead.
export async function startServer(binary, { token = 'e2e-token', timeoutMs = 20000 } = {}) {
  if (process.env.CLAIMKB_TEST_URL) {
    return { url: process.env.CLAIMKB_TEST_URL.replace(/\/$/, ''), token: process.env.CLAIMKB_TOKEN || '', stop: async () => {}, log: () => '' };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimkb-web-'));
  const child = spawn(binary, ['serve', '--db', path.join(dir, 'db'), '--listen', '127.0.0.1:0'], {
    env: { ...process.env, CLAIMKB_TOKEN: token },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in ${timeoutMs} ms:\n${log}`)), timeoutMs);
    child.stderr.on('data', (d) => {
      log += d;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${log}`));
    });
  });
  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.on('exit', () => { if (child.exitCode === null) child.kill('SIGKILL'); fs.rmSync(dir, { recursive: true, force: true }); });
  return { url, token, stop, log: () => log };
}

export async function launchBrowser(playwright) {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`SKIP: ${CHROMIUM} is missing (tools/setup installs the chromium package)`);
    process.exit(SKIP);
  }
  // A fresh profile per run; playwright takes it as launchPersistentContext's
  // directory (it refuses --user-data-dir among the args).
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'claimkb-chromium-'));
  const context = await playwright.chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(userData, { recursive: true, force: true });
  };
  return { context, close };
}

// POSTs an article to the API (for setting up data without the page).
export async function ingest(server, body) {
  const res = await fetch(`${server.url}/v1/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`ingest failed: ${res.status} ${await res.text()}`);
  return res.json();
}
