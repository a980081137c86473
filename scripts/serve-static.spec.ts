import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

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
