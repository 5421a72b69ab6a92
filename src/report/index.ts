/** Report formatters by name, each loaded only when chosen. */
import type { Formatter } from './types.js';

const LOADERS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  github: () => import('./github.js'),
  sarif: () => import('./sarif.js'),
  unix: () => import('./unix.js'),
};

/** Names of the report formats. */
export const REPORT_FORMATS = Object.keys(LOADERS);

/** The formatter called `name`, or undefined. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = LOADERS[name];
  return load ? (await load()).default : undefined;
}
