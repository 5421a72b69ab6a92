/**
 * `plan2ledger check FILE… | DIR | GLOB | -`: lints plan drafts and prints the findings in a format a
 * person or a CI job reads. Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
 * 2 could not run (no such file, bad config, bad schema). A file that cannot be found is never a pass.
 */
import { promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, relative, resolve } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { at, MSG, LINT } from '../messages.js';
import { ConfigError, findConfig, loadConfig, type Config } from '../config.js';
import { ConvertError, readPlan } from '../pipeline.js';
import { checkPlan } from '../lint/check-plan.js';
import { severities, type Preset } from '../lint/index.js';
import type { Setting } from '../lint/rule.js';
import { loadFormatter, REPORT_FORMATS } from '../report/index.js';
import type { FileResult } from '../report/types.js';
import type { Ledger } from '../types.js';
import type { ErrorObject } from 'ajv';
import type { Io } from './main.js';
import { PLAN_FILE, PLAN_GLOB } from '../engine/plan-files.js';

// packages that only some runs need, loaded on first use (the bundle keeps them outside: scripts/bundle.mjs)
const require = createRequire(import.meta.url);

export interface CheckOpts {
  format?: string;
  maxWarnings?: string;
  quiet?: boolean;
  schema?: string;
  config?: string;
  today?: string;
  year?: string;
  preset?: string;
  color?: boolean;
}


/** Runs the check command; resolves to the exit code. */
export async function checkCommand(inputs: string[], opts: CheckOpts, io: Io & { isTTY?: boolean; env?: Record<string, string | undefined> }): Promise<number> {
  const fail = (msg: string) => {
    io.stderr.write(msg + '\n');
    return 2;
  };
  const format = opts.format ?? 'stylish';
  const formatter = await loadFormatter(format);
  if (!formatter) return fail(MSG.unknownReport(format, REPORT_FORMATS.join('、')));
  if (!inputs.length) return fail(MSG.noCheckInput());
  if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) return fail(MSG.badToday(opts.today));
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) return fail(MSG.badYear(opts.year));
  if (opts.preset !== undefined && opts.preset !== 'recommended' && opts.preset !== 'strict') return fail(MSG.badPreset(opts.preset));
  const maxWarnings = opts.maxWarnings === undefined ? Infinity : Number(opts.maxWarnings);
  if (!(maxWarnings >= 0)) return fail(MSG.badMaxWarnings(String(opts.maxWarnings)));

  const files = await expand(inputs, io.cwd);
  if (typeof files === 'string') return fail(files);

  let explicit: Config | null = null;
  try {
    if (opts.config) explicit = loadConfig(resolve(io.cwd, opts.config));
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.message);
    throw e;
  }
  const results: FileResult[] = [];
  let couldNotRun = false;
  const policies = new Map<string, Policy>();
  for (const f of files) {
    const shown = f === '-' ? '<标准输入>' : relative(io.cwd, f) || f;
    let config: Config = explicit ?? {};
    try {
      if (!explicit) {
        const at = findConfig(f === '-' ? io.cwd : dirname(f));
        if (at) config = loadConfig(at);
      }
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      io.stderr.write(e.message + '\n');
      couldNotRun = true;
      continue;
    }
    const schemaPath = opts.schema ? resolve(io.cwd, opts.schema) : config.check?.schema && config.path ? resolve(dirname(config.path), config.check.schema) : undefined;
    let policy: Policy | undefined;
    if (schemaPath) {
      policy = policies.get(schemaPath);
      if (!policy) {
        const p = await loadPolicy(schemaPath);
        if (typeof p === 'string') return fail(p);
        policies.set(schemaPath, (policy = p));
      }
    }
    const bytes = f === '-' ? await readStdin(io) : await fs.readFile(f).catch((e: NodeJS.ErrnoException) => at(shown, MSG.fileUnreadable(e.code ?? e.message)));
    if (typeof bytes === 'string') {
      io.stderr.write(bytes + '\n');
      couldNotRun = true;
      continue;
    }
    const settings: Map<string, Setting> = severities((opts.preset as Preset | undefined) ?? config.check?.preset, config.check?.rules);
    try {
      const { messages } = checkPlan(await readPlan(bytes, shown), shown, {
        settings,
        today: opts.today,
        year: opts.year ? Number(opts.year) : undefined,
        units: config.units,
        policy: policy && ((ledger, file) => policy!(ledger, file)),
      });
      results.push({ path: shown, messages: opts.quiet ? messages.filter((m) => m.fatal === true) : messages });
    } catch (e) {
      // a file that cannot be read at all is a fatal message on that file; the others go on (exit 2)
      if (!(e instanceof ConvertError)) throw e;
      const m = new VFileMessage(e.text, { place: { line: 1, column: 1 }, ruleId: 'unreadable', source: 'plan2ledger' });
      m.file = shown;
      m.fatal = true;
      results.push({ path: shown, messages: [m] });
      couldNotRun = true;
    }
  }
  const env = io.env ?? {};
  const color = opts.color === false || 'NO_COLOR' in env ? false : 'FORCE_COLOR' in env ? env.FORCE_COLOR !== '0' : !!io.isTTY;
  io.stdout.write(formatter(results, { color }));
  if (couldNotRun) return 2;
  const all = results.flatMap((r) => r.messages);
  const errors = all.filter((m) => m.fatal === true).length;
  const warnings = all.filter((m) => m.fatal === false).length;
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

/** Files, folders (their .txt/.md files, recursively) and globs to plan files; a name that matches nothing is an error. */
async function expand(inputs: string[], cwd: string): Promise<string[] | string> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push('-');
      continue;
    }
    const p = resolve(cwd, input);
    const st = await fs.stat(p).catch(() => null);
    if (st?.isFile()) out.push(p);
    else if (st?.isDirectory()) {
      const { glob } = require('tinyglobby') as typeof import('tinyglobby');
      out.push(...(await glob([PLAN_GLOB], { cwd: p, absolute: true, ignore: ['**/node_modules/**'] })).sort());
    } else if (/[*?[{]/.test(input)) {
      const { glob } = require('tinyglobby') as typeof import('tinyglobby');
      const found = (await glob([input], { cwd, absolute: true })).filter((f) => PLAN_FILE.test(f)).sort();
      if (!found.length) return MSG.globNoMatch(input);
      out.push(...found);
    } else return at(input, MSG.fileMissing());
  }
  return [...new Set(out)];
}

async function readStdin(io: Io): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  if (io.stdin) for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c));
  return new Uint8Array(Buffer.concat(chunks));
}

type Policy = (ledger: Ledger, file: string) => VFileMessage[];

/**
 * Where a JSON text stops being JSON, for a message with its line: as YAML, which reads JSON and says
 * where it fails, else from the position in JSON.parse's message (V8 gives one for some errors only).
 */
function jsonErrorPlace(text: string, message: string): { line: number; column: number } {
  const { LineCounter, parseDocument } = require('yaml') as typeof import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = doc.errors.length ? doc.errors[0].pos[0] : Number(/at position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? text.length : NaN));
  if (Number.isNaN(at)) return { line: 1, column: 1 };
  const p = lines.linePos(Math.min(at, text.length));
  return { line: p.line, column: p.col };
}

/**
 * An office's JSON Schema over the ledger: each violation becomes a finding in Chinese (ajv-i18n) at the
 * line of the task or section it is about, not a JSON pointer.
 */
async function loadPolicy(path: string): Promise<Policy | string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return at(path, MSG.schemaUnreadable((e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  let schema: Record<string, unknown>;
  try {
    schema = JSON.parse(text);
  } catch (e) {
    // (V8's own words are English, and some of them quote the text: the place says more)
    const place = jsonErrorPlace(text, (e as Error).message);
    return at(path, MSG.schemaUnreadable(MSG.jsonProblem()), place.line, place.column);
  }
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const { Ajv } = require('ajv/dist/ajv.js') as typeof import('ajv/dist/ajv.js');
  const zh = require('ajv-i18n/localize/zh/index.js') as { default?: unknown };
  // the module is the function, or has it as its default export
  const localize = (zh.default ?? zh) as (errors?: ErrorObject[] | null) => void;
  const draft2020 = String(schema.$schema ?? '').includes('2020-12');
  let validate;
  try {
    const ajv = draft2020 ? new Ajv2020({ allErrors: true, strict: false }) : new Ajv({ allErrors: true, strict: false });
    validate = ajv.compile(schema);
  } catch (e) {
    return at(path, MSG.schemaUnreadable((e as Error).message));
  }
  const name = basename(path);
  return (ledger, file) => {
    if ((validate as (data: unknown) => boolean)(ledger)) return [];
    const errors = validate.errors ?? [];
    localize(errors);
    return errors.map((e: ErrorObject) => {
      const parts = e.instancePath.split('/').slice(1);
      const list = parts[0] === 'tasks' ? ledger.tasks : parts[0] === 'sections' ? ledger.sections : parts[0] === 'goals' ? ledger.goals : undefined;
      const item = list && parts[1] !== undefined ? list[Number(parts[1])] : undefined;
      const what = `${item ? `${'id' in item ? item.id : ''} ` : ''}${parts.slice(item ? 2 : 0).join('.') || '台账'} ${e.message ?? ''}`.trim();
      const m = new VFileMessage(LINT.policy(name, what), { place: item ? item.position : { line: 1, column: 1 }, ruleId: 'policy', source: 'plan2ledger' });
      m.file = file;
      m.fatal = true;
      return m;
    });
  };
}
