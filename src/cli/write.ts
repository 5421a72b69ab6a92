/** Writing outputs atomically, never replacing an existing file unless asked to. */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Thrown when the target exists and `force` is off. */
export class OutputExistsError extends Error {}

/**
 * Writes `data` to a temporary file beside `target`, then moves it into place: an interrupted run
 * leaves no half-written file. Without `force`, an existing target is never replaced (link fails on it).
 */
export async function writeAtomic(target: string, data: string | Uint8Array, force: boolean): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await fs.writeFile(tmp, data, { flag: 'wx' });
  try {
    if (force) {
      await fs.rename(tmp, target);
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
        return;
      }
      await fs.unlink(tmp);
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
