import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { DataDirectoryLockedError } from './errors';

/**
 * A lock on another host cannot be checked by its process id; it counts as abandoned once its holder has not touched
 * it for this long (the holder touches it every REFRESH_MS). On this host a dead holder is seen at once.
 */
export const STALE_FOREIGN_LOCK_MS = 60_000;
const REFRESH_MS = 5_000;

/** Who holds a data directory: written into `<directory>.lock` as JSON. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** Linux boot id: the same pid after a reboot is another process. */
  readonly bootId: string | null;
  /** Start time of the process in clock ticks since boot (Linux): the same pid reused later is another process. */
  readonly startTicks: string | null;
  readonly since: string;
}

export interface HeldDirectoryLock {
  /** True while the lock file still names this process (false if someone removed or replaced it). */
  stillHeld(): boolean;
  release(): void;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces, so count from its closing paren. */
function startTicksOf(pid: number | 'self'): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (!stat) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

export function currentOwner(): LockOwner {
  return {
    pid: process.pid,
    host: hostname(),
    bootId: readOrNull('/proc/sys/kernel/random/boot_id'),
    startTicks: startTicksOf('self'),
    since: new Date().toISOString(),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the recorded holder is certainly gone: a dead or reused pid on this host, or an old lock elsewhere. */
export function holderIsGone(owner: LockOwner, lockAgeMs: number, me: LockOwner = currentOwner()): boolean {
  if (owner.host !== me.host) return lockAgeMs > STALE_FOREIGN_LOCK_MS;
  if (owner.bootId && me.bootId && owner.bootId !== me.bootId) return true;
  if (owner.pid === me.pid) {
    // This process under another path to the directory, or an earlier process that had our pid (pid 1 in a
    // restarted container): only the start time tells them apart; without it, refuse.
    return owner.startTicks !== null && me.startTicks !== null && owner.startTicks !== me.startTicks;
  }
  if (!isAlive(owner.pid)) return true;
  const ticks = startTicksOf(owner.pid);
  return owner.startTicks !== null && ticks !== null && ticks !== owner.startTicks;
}

function parseOwner(text: string | null): LockOwner | undefined {
  if (!text) return undefined;
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return undefined;
    return {
      pid: owner.pid,
      host: owner.host,
      bootId: owner.bootId ?? null,
      startTicks: owner.startTicks ?? null,
      since: owner.since ?? 'an unknown time',
    };
  } catch {
    return undefined;
  }
}

function createExclusively(lockPath: string, content: string): boolean {
  try {
    writeFileSync(lockPath, content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  const fd = openSync(lockPath, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes `<directory>.lock` for this process, or throws DataDirectoryLockedError naming the holder. A lock whose holder
 * is gone (see holderIsGone) is taken over at once. A lock file from an older Regie (a directory, or no owner in it)
 * is treated like a foreign one: taken over once it has not been touched for STALE_FOREIGN_LOCK_MS.
 */
export function lockDataDirectory(directory: string): HeldDirectoryLock {
  const lockPath = `${directory}.lock`;
  const me = currentOwner();
  const content = JSON.stringify(me);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusively(lockPath, content)) return holding(lockPath, content);
    let found: string | null;
    let ageMs: number;
    let isDirectory: boolean;
    try {
      const stat = statSync(lockPath);
      isDirectory = stat.isDirectory();
      ageMs = Date.now() - stat.mtimeMs;
      found = isDirectory ? null : readOrNull(lockPath);
    } catch {
      continue; // removed in the meantime: try again
    }
    const owner = parseOwner(found);
    const gone = owner ? holderIsGone(owner, ageMs, me) : ageMs > STALE_FOREIGN_LOCK_MS;
    if (!gone) throw new DataDirectoryLockedError(directory, owner);
    // Remove it only if it is still the abandoned lock read above, not one a concurrent starter just wrote.
    if (isDirectory)
      rmSync(lockPath, { recursive: true, force: true }); // proper-lockfile's, Regie before 13.11
    else if (readOrNull(lockPath) === found) removeIfPresent(lockPath);
  }
  throw new DataDirectoryLockedError(directory, readLockOwner(directory));
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export function readLockOwner(directory: string): LockOwner | undefined {
  return parseOwner(readOrNull(`${directory}.lock`));
}

function holding(lockPath: string, content: string): HeldDirectoryLock {
  const stillHeld = () => readOrNull(lockPath) === content;
  // Touch it now and then, for other hosts on a shared disk that can only judge its age.
  const refresh = setInterval(() => {
    try {
      const now = new Date();
      if (stillHeld()) utimesSync(lockPath, now, now);
    } catch {
      // removed between the check and the touch: stillHeld() says so
    }
  }, REFRESH_MS);
  refresh.unref();
  return {
    stillHeld,
    release: () => {
      clearInterval(refresh);
      if (stillHeld()) removeIfPresent(lockPath);
    },
  };
}
