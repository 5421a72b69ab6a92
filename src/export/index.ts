/** Exporters by name, each loaded only when chosen so that other commands start fast. */
import type { Ledger } from '../types.js';

export interface Exporter {
  /** File name extension, with the dot. */
  extension: string;
  /** Output is binary (written to a file, never to a terminal). */
  binary: boolean;
  /** Renders a validated ledger. */
  render(ledger: Ledger): Promise<string | Uint8Array> | string | Uint8Array;
  /** The same output in pieces, for writing a large ledger without holding it whole (JSON). */
  pieces?(ledger: Ledger): Iterable<string>;
}

const LOADERS: Record<string, () => Promise<{ default: Exporter }>> = {
  xlsx: () => import('./xlsx.js'),
  json: () => import('./json.js'),
  yaml: () => import('./yaml.js'),
  csv: () => import('./csv.js'),
  md: () => import('./markdown.js'),
};

/** Names of the output formats. */
export const FORMATS = Object.keys(LOADERS);

/** The exporter called `name`, or undefined. */
export async function loadExporter(name: string): Promise<Exporter | undefined> {
  const load = LOADERS[name];
  return load ? (await load()).default : undefined;
}
