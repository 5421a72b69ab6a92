/** Writing outputs atomically, never replacing an existing file unless asked to. */
import { promises as fs, rmSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Thrown when the target exists and `force` is off. */
export class OutputExistsError extends Error {}

/** Thrown when the target is one of the inputs, or a link: replacing it would lose what the user had. */
export class OutputIsInputError extends Error {}

/** Temporary files being written now, removed if the process is stopped by a signal. */
const pending = new Set<string>();
let signalsHooked = false;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      for (const p of pending) rmSync(p, { force: true });
      // the default action, now that nothing is left behind
      process.kill(process.pid, sig);
    });
  }
}

/** Folders this process made or wrote into: a batch writes thousands of files into a few of them. */
const folders = new Set<string>();
/** Characters of output gathered for one write. */
const WRITE_CHARS = 1 << 20;

export interface WriteOptions {
  /** Replace an existing file. */
  force: boolean;
  /** Files that must never be replaced (the inputs), as absolute paths. */
  protect?: string[];
}

/**
 * Writes `data` to a temporary file beside `target`, flushes it to disk, then moves it into place: an
 * interrupted run leaves no half-written file and no temporary one. The target's folder is created when
 * missing. Without `force`, an existing target is never replaced (link fails on it); even with it, an
 * input file and a symbolic link are never replaced.
 */
export async function writeAtomic(target: string, data: string | Uint8Array | Iterable<string>, opts: WriteOptions | boolean): Promise<void> {
  const { force, protect = [] } = typeof opts === 'boolean' ? { force: opts } : opts;
  // a device or a pipe (-o /dev/null, /dev/stdout, a FIFO) is written to as it is: there is no file there
  // to replace, and nothing to rename onto it
  const through = await fs.stat(target).catch(() => null);
  if (through && (through.isCharacterDevice() || through.isFIFO() || through.isSocket())) {
    const fh = await fs.open(target, 'w');
    try {
      await writeData(fh, data);
    } finally {
      await fh.close();
    }
    return;
  }
  const st = await fs.lstat(target).catch(() => null);
  if (st) {
    if (st.isSymbolicLink()) throw new OutputIsInputError(target);
    const real = await fs.realpath(target);
    for (const p of protect) {
      const rp = await fs.realpath(p).catch(() => p);
      if (rp === real) throw new OutputIsInputError(target);
    }
    if (!force) throw new OutputExistsError(target);
  }
  const dir = dirname(target);
  if (!folders.has(dir)) await fs.mkdir(dir, { recursive: true });
  // (the target's name cut to 200 bytes: a name near the file system's 255 must still leave room for the rest)
  const tmp = join(dir, `.${headBytes(basename(target), 200)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  hookSignals();
  pending.add(tmp);
  let moved = false;
  try {
    const fh = await fs.open(tmp, 'wx').catch(async (e: NodeJS.ErrnoException) => {
      // a folder this process made, or saw, and someone removed since
      if (e.code !== 'ENOENT' || !folders.has(dir)) throw e;
      folders.delete(dir);
      await fs.mkdir(dir, { recursive: true });
      return fs.open(tmp, 'wx');
    });
    folders.add(dir);
    try {
      await writeData(fh, data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (force) {
      await fs.rename(tmp, target);
      moved = true;
    } else {
      try {
        await fs.link(tmp, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new OutputExistsError(target);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
        // a file system without hard links: check, then rename
        if (await exists(target)) throw new OutputExistsError(target);
        await fs.rename(tmp, target);
        moved = true;
      }
    }
  } finally {
    // (after a link the temporary name is left over; after a rename there is none)
    if (!moved) await fs.unlink(tmp).catch(() => undefined);
    pending.delete(tmp);
  }
}

/** Writes `data` at the handle's position; pieces are gathered into writes of about a megabyte. */
async function writeData(fh: FileHandle, data: string | Uint8Array | Iterable<string>): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) return fh.writeFile(data);
  // (each write is a trip to the thread pool, and a small plan's JSON comes in dozens of pieces)
  let gathered: string[] = [];
  let size = 0;
  for (const piece of data) {
    gathered.push(piece);
    size += piece.length;
    if (size < WRITE_CHARS) continue;
    await fh.writeFile(gathered.join(''));
    gathered = [];
    size = 0;
  }
  if (gathered.length) await fh.writeFile(gathered.join(''));
}

/** The longest start of `name` of at most `max` bytes in UTF-8, cut between characters. */
export function headBytes(name: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of name) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    end += ch.length;
  }
  return name.slice(0, end);
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
