import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLockedError, EmbeddedDatabase, STALE_FOREIGN_LOCK_MS } from '../src';
import { currentOwner, holderIsGone } from '../src/data-directory-lock';

const ROOT = join(__dirname, '..', '..', '..');

/** Another process that opens the directory the way the api does and keeps it open until killed. */
async function startHolder(directory: string): Promise<ChildProcess> {
  const holder = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      '-e',
      `require('./libs/sql/src/index.ts').EmbeddedDatabase.open(process.argv[1]).then(
         () => { console.log('opened'); setInterval(() => undefined, 1000); },
         (error) => { console.error(error.message); process.exit(1); })`,
      directory,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('opened') && resolve());
    holder.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return holder;
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('embedded data directory lock across processes', () => {
  const directory = mkdtempSync(join(tmpdir(), 'regie-lock-'));
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
    rmSync(`${directory}.lock`, { force: true });
  });

  it('refuses while the holder lives, naming its pid, host and start; takes over at once after kill -9', async () => {
    const holder = await startHolder(directory);
    try {
      const refused = EmbeddedDatabase.open(directory);
      await expect(refused).rejects.toBeInstanceOf(DataDirectoryLockedError);
      await expect(refused).rejects.toThrow(
        new RegExp(
          `^data dir ${directory} in use by pid ${holder.pid} on host ${hostname()} since \\d{4}-\\d\\d-\\d\\dT`,
        ),
      );
    } finally {
      await killHard(holder);
    }
    expect(existsSync(`${directory}.lock`)).toBe(true); // left behind by the crash
    const reopened = await EmbeddedDatabase.open(directory); // no minute of waiting
    await reopened.close();
    expect(existsSync(`${directory}.lock`)).toBe(false);
  }, 120_000);
});

describe('when a lock holder is gone', () => {
  const me = currentOwner();

  it('is alive while its process runs on this host, whatever the lock age', () => {
    const parent = { ...me, pid: process.ppid, startTicks: null };
    expect(holderIsGone(parent, 10 * STALE_FOREIGN_LOCK_MS, me)).toBe(false);
  });

  it('is gone when the pid now belongs to a process started at another time (pid reuse)', () => {
    expect(holderIsGone({ ...me, pid: process.ppid, startTicks: '1' }, 0, me)).toBe(me.startTicks !== null);
  });

  it('is gone when it names this process’s pid but another start time (pid 1 in a restarted container)', () => {
    expect(holderIsGone({ ...me, startTicks: '1' }, 0, me)).toBe(me.startTicks !== null);
    expect(holderIsGone(me, 10 * STALE_FOREIGN_LOCK_MS, me)).toBe(false);
  });

  it('is gone after a reboot of this host', () => {
    expect(holderIsGone({ ...me, pid: process.ppid, bootId: 'another-boot' }, 0, me)).toBe(me.bootId !== null);
  });

  it('on another host: only once the lock has not been refreshed for the stale margin', () => {
    const elsewhere = { ...me, host: `${me.host}-other` };
    expect(holderIsGone(elsewhere, STALE_FOREIGN_LOCK_MS - 1000, me)).toBe(false);
    expect(holderIsGone(elsewhere, STALE_FOREIGN_LOCK_MS + 1000, me)).toBe(true);
  });

  it('refuses a fresh lock without an owner (written by an older Regie) with a clear message', async () => {
    const other = mkdtempSync(join(tmpdir(), 'regie-lock-'));
    writeFileSync(`${other}.lock`, '');
    try {
      await expect(EmbeddedDatabase.open(other)).rejects.toThrow(`data dir ${other} in use by another Regie process`);
    } finally {
      rmSync(other, { recursive: true, force: true });
      rmSync(`${other}.lock`, { force: true });
    }
  });
});
