#!/usr/bin/env node
/**
 * A plain static file server, as a static host serves build/: a path is a file or a folder
 * with an index.html, a folder without its trailing slash is redirected to it, nothing adds
 * ".html", and anything else gets 404.html with status 404.
 *
 * Usage: node scripts/serve-static.js [dir=build] [port=4173]
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json'
};

/** The types a static host compresses: text, not images that are compressed already. */
const COMPRESSED = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * @param {string} dir
 * @param {{ gzip?: boolean }} [options] gzip: compress text for a client that accepts it, as a
 *   static host does (the benchmarks' Lighthouse runs, whose simulated network counts the bytes
 *   sent; the tests get the files as they are).
 */
export function createStaticServer(dir, { gzip = false } = {}) {
  const root = path.resolve(dir);
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} file
   */
  const send = (req, res, status, file) => {
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const compress =
      gzip && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(
      status,
      compress
        ? { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }
        : { 'content-type': type, 'content-length': statSync(file).size }
    );
    if (req.method === 'HEAD') res.end();
    else if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/\0'; // undecodable: served as not found
    }
    const file = path.join(root, pathname);
    const inside = file === root || file.startsWith(root + path.sep);
    if (inside && !pathname.includes('\0') && existsSync(file)) {
      const stat = statSync(file);
      if (stat.isFile()) return send(req, res, 200, file);
      if (stat.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        const index = path.join(file, 'index.html');
        if (existsSync(index)) return send(req, res, 200, index);
      }
    }
    const notFound = path.join(root, '404.html');
    if (existsSync(notFound)) return send(req, res, 404, notFound);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
}

// Run as a command, not imported: compared as file URLs, which escape a space or an accent in
// the path (and with symlinks resolved, as Node resolves the script it runs).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const dir = process.argv[2] ?? 'build';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}/: run "npm run build" first.`);
    process.exit(1);
  }
  const server = createStaticServer(dir);
  server.listen(port, '127.0.0.1', () => {
    // The port listened on: the system's choice when asked for port 0.
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(`Serving ${dir}/ on http://localhost:${address.port}/`);
  });
}
