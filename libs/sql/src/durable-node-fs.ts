import { closeSync, fsyncSync, openSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { NodeFS as NodeFSClass } from '@electric-sql/pglite/dist/fs/nodefs';

// The package exports it as `@electric-sql/pglite/nodefs`, which this repository's `node` module resolution cannot
// type; the type comes from the file, the class from the export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NodeFS } = require('@electric-sql/pglite/nodefs') as { NodeFS: typeof NodeFSClass };

type PostgresMod = Parameters<NodeFSClass['init']>[1];

/** The part of Emscripten's NODEFS we touch: its stream operations and how it maps a node to a host path. */
interface EmscriptenNodeFs {
  stream_ops: { fsync?: (stream: { nfd?: number; node: unknown }) => number };
  realPath(node: unknown): string;
}

/**
 * PGlite's start parameters with fsync on. PGlite starts PostgreSQL with `-F` (fsync off); without it PostgreSQL
 * syncs the WAL at every commit and the data files and directories at every checkpoint, as a server does.
 * `wal_sync_method=fsync`, because Emscripten's `fdatasync` returns success without calling the host, while `fsync`
 * reaches the stream operation installed below.
 */
export const DURABLE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'wal_sync_method=fsync',
];

/**
 * PGlite's Node filesystem with a working fsync. Emscripten's NODEFS has no `fsync` stream operation, so every fsync
 * PostgreSQL asks for succeeds without touching the disk. This one calls the host's `fsync(2)` on the file (or on the
 * directory, which NODEFS opens without a host descriptor), synchronously, so PostgreSQL goes on only once the data
 * is on stable storage. PostgreSQL runs on one thread here: commits are serialised and each pays its own fsync.
 */
export class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: PostgresMod) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (mod) => installHostFsync((mod as unknown as { NODEFS: EmscriptenNodeFs }).NODEFS),
    ];
    return result;
  }
}

function installHostFsync(nodefs: EmscriptenNodeFs): void {
  nodefs.stream_ops.fsync = (stream) => {
    if (stream.nfd !== undefined) {
      fsyncSync(stream.nfd);
      return 0;
    }
    const fd = openSync(nodefs.realPath(stream.node), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return 0;
  };
}
