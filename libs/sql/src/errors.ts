import type { LockOwner } from './data-directory-lock';

/** The embedded data directory is held by another process (or already opened by this one). */
export class DataDirectoryLockedError extends Error {
  override readonly name = 'DataDirectoryLockedError';
  constructor(
    readonly directory: string,
    readonly owner?: LockOwner,
  ) {
    super(
      owner
        ? `data dir ${directory} in use by pid ${owner.pid} on host ${owner.host} since ${owner.since}: ` +
            `stop that process or set DATA_DIR to another directory`
        : `data dir ${directory} in use by another Regie process: stop it or set DATA_DIR to another directory`,
    );
  }
}
