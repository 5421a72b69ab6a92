/**
 * An office's configuration: its own unit names and aliases. Found by walking up from the plan's folder
 * (.plan2ledgerrc.yaml, .plan2ledgerrc.yml, .plan2ledgerrc.json) or given with --config.
 *
 *   units:
 *     names: [县双拥办, 某某指挥部]      # read as organisations
 *     aliases: { 发改委: 发展改革委 }     # written the canonical way in the ledger
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { MSG } from './messages.js';

export interface Config {
  units?: { names?: string[]; aliases?: Record<string, string> };
}

const NAMES = ['.plan2ledgerrc.yaml', '.plan2ledgerrc.yml', '.plan2ledgerrc.json'];

/** Thrown for a configuration file that cannot be used; the message is for the user. */
export class ConfigError extends Error {}

/** The configuration file that applies to a plan in `dir`, or null. */
export function findConfig(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const n of NAMES) if (existsSync(join(d, n))) return join(d, n);
    if (dirname(d) === d) return null;
  }
}

/** Reads and checks a configuration file. */
export function loadConfig(path: string): Config {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8')); // YAML reads JSON too
  } catch (e) {
    throw new ConfigError(MSG.configUnreadable(path, (e as Error).message.split('\n')[0]));
  }
  const c = (data ?? {}) as Config;
  const names = c.units?.names ?? [];
  const aliases = c.units?.aliases ?? {};
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string') || typeof aliases !== 'object' || Object.values(aliases).some((v) => typeof v !== 'string')) {
    throw new ConfigError(MSG.configInvalid(path));
  }
  return { units: { names, aliases } };
}

/** A unit name with the office's aliases written out (县发改委 → 县发展改革委). */
export function applyAliases(name: string, aliases: Record<string, string>): string {
  let out = name;
  for (const [short, full] of Object.entries(aliases).sort((a, b) => b[0].length - a[0].length)) {
    if (!out.includes(full)) out = out.split(short).join(full);
  }
  return out;
}
