// The server build: every non-test TypeScript file of apps/api, apps/cli and libs, compiled one to one by SWC
// into <out>/ with the same layout (apps/api/src/main.ts -> <out>/apps/api/src/main.js). `@regie/<lib>` imports
// become relative requires (jsc.paths), decorators and their metadata are emitted as tsc would for NestJS.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { copyFile } from 'node:fs/promises';
import { transformFile } from '@swc/core';

const SOURCE_ROOTS = ['apps/api/src', 'apps/cli/src', 'libs'];

/** Data a module imports (`import register from './register.json'`): copied as it is. */
const isAsset = (path) => path.endsWith('.json') && !/(^|\/)test\//.test(path);

/** Tests and their fixtures stay out of the build (as in tsconfig.build.json); JSON data goes in. */
export function isServerSource(path) {
  if (isAsset(path)) return true;
  return (
    path.endsWith('.ts') &&
    !path.endsWith('.d.ts') &&
    !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) &&
    !/(^|\/)test\//.test(path)
  );
}

function* sources(root, dir) {
  for (const entry of readdirSync(join(root, dir))) {
    const path = `${dir}/${entry}`;
    if (entry === 'node_modules') continue;
    if (statSync(join(root, path)).isDirectory()) yield* sources(root, path);
    else if (isServerSource(path)) yield path;
  }
}

function swcOptions(root, file, paths) {
  return {
    filename: file,
    cwd: root,
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths,
    },
    module: { type: 'commonjs', strict: true },
  };
}

/** Compiles into a clean <out>/apps and <out>/libs; returns the number of files. */
export async function compileServer(root, out) {
  for (const dir of ['apps', 'libs']) rmSync(join(out, dir), { recursive: true, force: true });
  const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
  const files = SOURCE_ROOTS.flatMap((dir) => [...sources(root, dir)]);
  await Promise.all(
    files.map(async (file) => {
      if (isAsset(file)) {
        mkdirSync(dirname(join(out, file)), { recursive: true });
        return copyFile(join(root, file), join(out, file));
      }
      const target = join(out, file.replace(/\.ts$/, '.js'));
      const { code, map } = await transformFile(join(root, file), swcOptions(root, join(root, file), paths));
      mkdirSync(dirname(target), { recursive: true });
      const mapName = `${target.split(sep).pop()}.map`;
      writeFileSync(target, `${code}\n//# sourceMappingURL=${mapName}\n`);
      if (map) {
        const sourceMap = JSON.parse(map);
        sourceMap.sources = [relative(dirname(target), join(root, file)).split(sep).join('/')];
        writeFileSync(`${target}.map`, JSON.stringify(sourceMap));
      }
    }),
  );
  return files.length;
}
