/**
 * An office's configuration: its own unit names and aliases, and how `check` judges its drafts. Found by
 * walking up from the plan's folder (lilconfig: .plan2ledgerrc, .plan2ledgerrc.yaml/.yml/.json, or a
 * `plan2ledger` field in package.json) or given with --config, and validated against
 * schemas/config.schema.json: a misspelt key is an error at its own line and column.
 *
 *   units:
 *     names: [县双拥办, 某某指挥部]      # read as organisations
 *     aliases: { 发改委: 发展改革委 }     # written the canonical way in the ledger
 *   check:
 *     preset: strict
 *     rules: { task-without-deadline: off }
 *     schema: policy.json
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageFile } from './package-root.js';
import { lilconfigSync } from 'lilconfig';
import { createRequire } from 'node:module';
import type { Node as YamlNode } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';

// yaml and ajv are loaded only when there is a configuration file to read
const require = createRequire(import.meta.url);
import { at, MSG } from './messages.js';

export interface Config {
  units?: { names?: string[]; aliases?: Record<string, string> };
  check?: { preset?: 'recommended' | 'strict'; rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>; schema?: string; maxWarnings?: number };
  /** The file it came from (for paths inside it). */
  path?: string;
}

/** Thrown for a configuration file that cannot be used: the place and the text for the user. */
export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly text: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(at(path, text, line, column));
  }
}

const NAME = 'plan2ledger';
const PLACES = ['package.json', `.${NAME}rc`, `.${NAME}rc.yaml`, `.${NAME}rc.yml`, `.${NAME}rc.json`];
const CONFIG_SCHEMA = packageFile('schemas/config.schema.json');

// only the file's text is read here (package.json's field is found by lilconfig); parsing and checking,
// with places, happen in loadConfig
const raw = (_p: string, content: string) => content;
const explorer = lilconfigSync(NAME, {
  searchPlaces: PLACES,
  loaders: {
    '.json': (_p, content) => {
      try {
        return JSON.parse(content);
      } catch {
        return content; // reported with its place by loadConfig
      }
    },
    '.yaml': raw,
    '.yml': raw,
    noExt: raw,
  },
});

/** Forgets the folders already searched (a new run may find a file written since). */
export function clearConfigCache(): void {
  explorer.clearCaches();
}

/** The configuration file that applies to a plan in `dir`, or null (lilconfig caches each folder's answer). */
export function findConfig(dir: string): string | null {
  return explorer.search(resolve(dir))?.filepath ?? null;
}

let validate: ValidateFunction | undefined;

/** Reads and checks a configuration file; a problem is a ConfigError naming the file, line and column. */
export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(path, MSG.configUnreadable((e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  const { LineCounter, parseDocument, isMap } = require('yaml') as typeof import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false }); // YAML reads JSON too
  if (doc.errors.length) {
    const e = doc.errors[0];
    const p = lines.linePos(e.pos[0]);
    throw new ConfigError(path, MSG.configUnreadable(MSG.yamlProblem(e.code)), p.line, p.col);
  }
  let data = doc.toJS() ?? {};
  let root: YamlNode | null = doc.contents as YamlNode | null;
  if (path.endsWith('package.json')) {
    data = (data as Record<string, unknown>)[NAME] ?? {};
    root = isMap(root) ? ((root.get(NAME, true) as YamlNode | undefined) ?? null) : null;
  }
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  if (!validate) validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8')));
  if (!validate(data)) {
    // an unknown rule id fails propertyNames through its enum: the propertyNames error says which key
    const e = validate.errors!.find((x) => x.keyword === 'propertyNames') ?? validate.errors![0];
    const at = nodeAt(root, e);
    const p = at !== null ? lines.linePos(at) : { line: 1, col: 1 };
    throw new ConfigError(path, MSG.configInvalid(describe(e)), p.line, p.col);
  }
  return { ...(data as Config), path };
}

/** Offset of the YAML node an ajv error is about: the misspelt key itself for an unknown property. */
function nodeAt(root: YamlNode | null, e: ErrorObject): number | null {
  const { isMap, isScalar } = require('yaml') as typeof import('yaml');
  let node: unknown = root;
  for (const key of e.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (!node || typeof node !== 'object' || !('get' in node)) return null;
    node = (node as { get(k: unknown, keep: true): unknown }).get(isNaN(Number(key)) ? key : Number(key), true);
  }
  const bad = (e.params as { additionalProperty?: string; propertyName?: string }).additionalProperty ?? (e.params as { propertyName?: string }).propertyName;
  if (bad !== undefined && isMap(node)) {
    const pair = node.items.find((it) => isScalar(it.key) && it.key.value === bad);
    if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
  }
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : null;
}

/** An ajv error in Chinese words about the configuration. */
function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '配置';
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return MSG.configUnknownKey(String(p.additionalProperty), where);
  if (e.keyword === 'propertyNames') return MSG.configUnknownRule(String(p.propertyName));
  if (e.keyword === 'enum') return MSG.configBadValue(where, ((p.allowedValues as unknown[]) ?? []).join('、'));
  if (e.keyword === 'type') return MSG.configBadType(where, String(p.type));
  return `${where}：${e.message ?? ''}`;
}

/** A unit name with the office's aliases written out (县发改委 → 县发展改革委). */
export function applyAliases(name: string, aliases: Record<string, string>): string {
  let out = name;
  for (const [short, full] of Object.entries(aliases).sort((a, b) => b[0].length - a[0].length)) {
    if (!out.includes(full)) out = out.split(short).join(full);
  }
  return out;
}
