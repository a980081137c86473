import { spawn } from 'node:child_process';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStaticServer } from './serve-static.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A copy of the project's server and a tiny built site, in a folder a file:// URL escapes. */
function projectWithSpaces(page: string): string {
  const temp = mkdtempSync(path.join(tmpdir(), 'chronologie '));
  cleanups.push(() => rmSync(temp, { recursive: true, force: true }));
  const project = path.join(temp, 'un été à Séoul');
  mkdirSync(path.join(project, 'scripts'), { recursive: true });
  mkdirSync(path.join(project, 'build'));
  copyFileSync('scripts/serve-static.js', path.join(project, 'scripts', 'serve-static.js'));
  writeFileSync(path.join(project, 'build', 'index.html'), page);
  return project;
}

/** Runs `npm run preview`'s command in `project`; resolves to the address the server gives. */
function preview(project: string): Promise<string> {
  // Port 0: a free port of the system's choice, which the server then says.
  const server = spawn(process.execPath, ['scripts/serve-static.js', 'build', '0'], {
    cwd: project
  });
  cleanups.push(() => server.kill());
  let stdout = '';
  let stderr = '';
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const port = /http:\/\/localhost:(\d+)\//.exec(stdout)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}/`);
    });
    server.on('exit', (code) =>
      reject(new Error(`the server exited (code ${code}) without serving: ${stdout}${stderr}`))
    );
  });
}

describe('npm run preview', () => {
  it('serves the built site from a folder whose path has a space and an accent', async () => {
    const page = '<!doctype html><title>Chronologie</title><p>La frise</p>\n';
    const url = await preview(projectWithSpaces(page));
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(page);
  });
});

describe('the benchmarks’ server, gzip on', () => {
  /** Serves `files` from a temporary folder; resolves to its origin. */
  async function serve(files: Record<string, string | Buffer>, gzip: boolean) {
    const dir = mkdtempSync(path.join(tmpdir(), 'serve-gzip-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
    const server = createStaticServer(dir, { gzip });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => server.close());
    const { port } = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }
  /** The raw response: its headers and its body's bytes as sent, not decoded. */
  const get = (url: string, acceptEncoding?: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      httpGet(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  const page = '<!doctype html><title>Chronologie</title>' + '<p>La frise</p>'.repeat(500);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

  it('sends text gzipped to a browser that accepts it, as a static host does', async () => {
    const origin = await serve({ 'index.html': page, 'a.png': png }, true);
    const html = await get(`${origin}/`, 'gzip, deflate, br');
    expect(html.headers['content-encoding']).toBe('gzip');
    expect(html.body.length).toBeLessThan(page.length / 10);
    expect(gunzipSync(html.body).toString('utf8')).toBe(page);
    // Images are compressed already; a client that asks for no encoding gets the file.
    expect((await get(`${origin}/a.png`, 'gzip')).headers['content-encoding']).toBeUndefined();
    const plain = await get(`${origin}/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(page);
  });

  it('sends the files as they are by default (the tests’ server)', async () => {
    const origin = await serve({ 'index.html': page }, false);
    const html = await get(`${origin}/`, 'gzip');
    expect(html.headers['content-encoding']).toBeUndefined();
    expect(html.headers['content-length']).toBe(String(Buffer.byteLength(page)));
  });
});
