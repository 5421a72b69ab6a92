/** Files shipped with the package (schemas, package.json, generated code), wherever the running module sits (dist/, a bundle, src/). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** Absolute path of `rel` inside the package. */
export function packageFile(rel: string): string {
  if (!root) {
    let d = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(d, 'schemas', 'ledger.schema.json')) && dirname(d) !== d) d = dirname(d);
    root = d;
  }
  return join(root, rel);
}
