#!/usr/bin/env node
// Builds what `npm start`, `regie` and the image run, and only what changed since the last build.
//
// Each step has inputs (files and folders) and a fingerprint of them (path, size, mtime) kept in
// <out>/.build/<step>.json; a step whose fingerprint is unchanged and whose outputs exist is skipped. Steps:
//   server  apps/api, apps/cli and libs compiled by SWC (no type check: `npm run typecheck` and `npm test` do that)
//   web     `npm run build:web` (apps/web: codegen from schema.graphql, then Vite into dist/web)
// A new step is one entry in STEPS below.
//
// Usage: node tools/build/build.mjs [--force] [--out <dir>] [--only server|web] [--quiet]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compileServer, isServerSource } from './compile-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Files every step depends on: a new lockfile or build tool means building again. */
const SHARED_INPUTS = ['package-lock.json', 'tools/build'];

export const STEPS = [
  {
    name: 'server',
    inputs: ['apps/api/src', 'apps/cli/src', 'libs', 'tsconfig.base.json'],
    include: isServerSource,
    outputs: (out) => [join(out, 'apps/api/src/main.js'), join(out, 'apps/cli/src/main.js')],
    run: async (out) => {
      const count = await compileServer(root, out);
      chmodSync(join(out, 'apps/cli/src/main.js'), 0o755);
      return `${count} files`;
    },
  },
  {
    name: 'web',
    enabled: () => Boolean(packageJson.scripts?.['build:web']),
    // The typed operations are generated from schema.graphql, so a schema change builds the web app again.
    inputs: ['apps/web', 'schema.graphql'],
    include: (path) => !/(^|\/)(node_modules|dist)\//.test(path),
    outputs: (out) => [join(out, 'web/index.html')],
    run: async (out) => {
      // The arguments reach `vite build`, the last command of the script: the web app goes where the server goes.
      const args = ['run', '-s', 'build:web', '--', '--outDir', join(out, 'web'), '--emptyOutDir'];
      // Always a production bundle: Vite keeps a NODE_ENV it inherits (test under Jest), and React's development
      // build is half again as large and slower.
      execFileSync('npm', args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
      return 'npm run build:web';
    },
  },
];

function* walk(path) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    yield [path, stat];
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    yield* walk(join(path, entry));
  }
}

/** What a step's result depends on: every input file's path, size and modification time. */
export function fingerprint(step) {
  const hash = createHash('sha256');
  for (const input of [...step.inputs, ...SHARED_INPUTS]) {
    for (const [path, stat] of walk(join(root, input))) {
      const name = relative(root, path).split(sep).join('/');
      if (step.inputs.includes(input) && step.include && !step.include(name)) continue;
      hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

export async function build({ out = join(root, 'dist'), force = false, only, log = () => {} } = {}) {
  const results = [];
  for (const step of STEPS) {
    if (only && step.name !== only) continue;
    if (step.enabled && !step.enabled()) continue;
    const stampFile = join(out, '.build', `${step.name}.json`);
    const print = fingerprint(step);
    const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : undefined;
    if (!force && stamp?.fingerprint === print && step.outputs(out).every((file) => existsSync(file))) {
      results.push({ step: step.name, built: false });
      continue;
    }
    const started = performance.now();
    rmSync(stampFile, { force: true });
    const what = await step.run(out);
    const seconds = (performance.now() - started) / 1000;
    mkdirSync(dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, JSON.stringify({ fingerprint: print, builtAt: new Date().toISOString() }));
    log(`regie build: ${step.name} built in ${seconds.toFixed(1)} s (${what})`);
    results.push({ step: step.name, built: true, seconds });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      out: { type: 'string' },
      only: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  try {
    const results = await build({
      out: values.out ? resolve(values.out) : undefined,
      force: values.force,
      only: values.only,
      log: values.quiet ? () => {} : (line) => process.stderr.write(`${line}\n`),
    });
    if (!values.quiet && results.every((result) => !result.built)) {
      process.stderr.write('regie build: up to date\n');
    }
  } catch (error) {
    process.stderr.write(`regie build: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
