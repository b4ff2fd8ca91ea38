/** The embedded data directory is held by another process. */
export class DataDirectoryLockedError extends Error {
  override readonly name = 'DataDirectoryLockedError';
  constructor(readonly directory: string) {
    super(
      `The embedded database directory ${directory} is in use by another Regie process. ` +
        `Stop that process or set DATA_DIR to another directory (a crashed process's lock expires after a minute).`,
    );
  }
}
