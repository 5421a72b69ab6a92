/**
 * The command line. `main` takes argv and streams and returns the exit code (0 done, 1 lint errors,
 * 2 could not run), so tests call it in-process; only bin/plan2ledger.js touches `process`.
 */
import { existsSync, promises as fs, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import { at, HELP, MSG } from '../messages.js';
import { convertPlan, ConvertError, readPlan, type PlanText } from '../pipeline.js';
import { tuneHeap } from '../engine/heap.js';
import { FORMATS, loadExporter } from '../export/index.js';
import { OutputExistsError, OutputIsInputError, writeAtomic } from './write.js';
import { schemaText } from '../ledger/validate.js';
import type { Ledger } from '../types.js';
import { clearConfigCache, ConfigError, findConfig, loadConfig, type Config } from '../config.js';
import { VERSION } from '../version.js';
import type { CheckOpts } from './check.js';
import type { BatchOpts } from './batch.js';
import { YEAR_RANGE } from '../extract/time.js';

export interface Io {
  stdout: { write(s: string | Uint8Array): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /** Standard output is a terminal (colour for `check`). */
  isTTY?: boolean;
  /** The environment (NO_COLOR, FORCE_COLOR). */
  env?: Record<string, string | undefined>;
  /** Standard input, for `-`. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export const EXIT = { ok: 0, lint: 1, fail: 2 } as const;


interface RunOptions {
  config?: string;
  format: string;
  output?: string;
  force?: boolean;
  year?: string;
  maxSize?: string;
  title?: string;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  clearConfigCache();
  let code: number = EXIT.ok;
  const program = new Command('plan2ledger')
    .description(HELP.description)
    .version(VERSION, '-V, --version', HELP.version)
    .helpOption('-h, --help', HELP.help)
    .helpCommand(false)
    // options after `check` are check's own (its -f is a report format, not an output format)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(commanderMessage(s)),
    })
    .configureHelp({ formatHelp: (cmd, helper) => chineseHelp(new Help().formatHelp(cmd, helper)) })
    .argument('[file]', HELP.file)
    .addOption(new Option('-f, --format <format>', HELP.format))
    .option('-o, --output <path>', HELP.output)
    .option('--force', HELP.force)
    .option('--year <YYYY>', HELP.year)
    .option('-c, --config <path>', HELP.config)
    .option('--max-size <MB>', HELP.maxSize)
    .option('--title <标题>', HELP.title)
    .action(async (file: string | undefined, opts: RunOptions) => {
      code = await convertCommand(file, opts, io);
    });
  subcommand(program, 'batch', HELP.batch)
    .argument('[inputs...]', HELP.batchFiles)
    .option('-o, --output <dir>', HELP.batchOutput)
    .option('-f, --format <format>', HELP.batchFormat)
    .option('--jobs <n>', HELP.jobs)
    .option('--shard <i/n>', HELP.shard)
    .option('--resume', HELP.resume)
    .option('--force', HELP.force)
    .option('--ndjson', HELP.ndjson)
    .option('--combined <汇总台账.xlsx>', HELP.combined)
    .option('--year <YYYY>', HELP.year)
    .action(async (inputs: string[], opts: BatchOpts) => {
      const { batchCommand } = await import('./batch.js');
      code = await batchCommand(inputs, opts, io);
    });
  subcommand(program, 'check', HELP.check)
    .argument('[files...]', HELP.checkFiles)
    .option('-f, --format <format>', HELP.checkFormat)
    .option('--max-warnings <n>', HELP.maxWarnings)
    .option('--quiet', HELP.quiet)
    .option('--schema <policy.json>', HELP.policy)
    .option('-c, --config <path>', HELP.config)
    .option('--today <YYYY-MM-DD>', HELP.today)
    .option('--year <YYYY>', HELP.year)
    .option('--preset <name>', HELP.preset)
    .option('--no-color', HELP.noColor)
    .action(async (files: string[], opts: CheckOpts) => {
      const { checkCommand } = await import('./check.js');
      code = await checkCommand(files, opts, io);
    });
  subcommand(program, 'schema', HELP.schema)
    .action(() => {
      io.stdout.write(schemaText());
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.fail;
    throw e;
  }
  return code;
}

async function convertCommand(file: string | undefined, opts: RunOptions, io: Io): Promise<number> {
  // -o /dev/stdout means standard output, as -o - does (the link leads wherever the output was redirected)
  if (opts.output === '/dev/stdout') opts = { ...opts, output: '-' };
  if (!file) {
    io.stderr.write(MSG.noInput() + '\n');
    return EXIT.fail;
  }
  const format = chooseFormat(opts, io.cwd);
  if (typeof format !== 'string' || !FORMATS.includes(format)) {
    io.stderr.write((typeof format === 'object' ? format.error : MSG.unknownFormat(String(format), FORMATS.join('、'))) + '\n');
    return EXIT.fail;
  }
  const exporter = (await loadExporter(format))!;
  let year: number | undefined;
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year) || Number(opts.year) < YEAR_RANGE.min || Number(opts.year) > YEAR_RANGE.max) {
      io.stderr.write(MSG.badYear(opts.year) + '\n');
      return EXIT.fail;
    }
    year = Number(opts.year);
  }
  const shown = file === '-' ? '<标准输入>' : file;
  const maxBytes = maxBytesOf(opts.maxSize);
  if (maxBytes === null) {
    io.stderr.write(MSG.badMaxSize(opts.maxSize!) + '\n');
    return EXIT.fail;
  }
  // the bytes are read into text once and let go: a large plan's bytes are not kept while it is converted
  let bytes: Uint8Array | string | null = await readInput(file, shown, io, maxBytes);
  if (typeof bytes === 'string') {
    io.stderr.write(bytes + '\n');
    return EXIT.fail;
  }
  tuneHeap(bytes.length);
  let config: Config = {};
  try {
    const cfgPath = opts.config ? resolve(io.cwd, opts.config) : findConfig(file === '-' ? io.cwd : dirname(resolve(io.cwd, file)));
    if (opts.config && !existsSync(cfgPath!)) throw new ConfigError(opts.config, MSG.fileMissing());
    if (cfgPath) config = loadConfig(cfgPath);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.stderr.write(e.message + '\n');
    return EXIT.fail;
  }
  let ledger: Ledger;
  try {
    let plan: PlanText | null = await readPlan(bytes, shown);
    bytes = null;
    ({ ledger } = convertPlan(plan, shown, { year, units: config.units }));
    plan = null;
  } catch (e) {
    io.stderr.write((e instanceof ConvertError ? e.message : at(shown, MSG.internal((e as Error).message))) + '\n');
    return EXIT.fail;
  }
  if (opts.title?.trim()) ledger = { ...ledger, title: opts.title.trim() };
  // what the parser noticed (an annex, page numbers removed, a table row that does not fit) goes to stderr
  for (const d of ledger.diagnostics) io.stderr.write(`${shown}:${d.line}:${d.column}: ${d.message}\n`);
  // a large JSON ledger goes out piece by piece; the others are rendered whole
  let out: string | Uint8Array | Iterable<string>;
  try {
    out = exporter.pieces ? exporter.pieces(ledger) : await exporter.render(ledger);
  } catch (e) {
    io.stderr.write(at(shown, MSG.internal((e as Error).message)) + '\n');
    return EXIT.fail;
  }
  const target = outputPath(file, opts, exporter.extension, exporter.binary, io.cwd);
  if (!target) {
    if (exporter.binary && opts.output !== '-') {
      io.stderr.write(MSG.binaryToTerminal(format) + '\n');
      return EXIT.fail;
    }
    if (typeof out === 'string' || out instanceof Uint8Array) io.stdout.write(out);
    else for (const piece of out) await writeOut(io, piece);
    return EXIT.ok;
  }
  try {
    await writeAtomic(target, out, { force: !!opts.force, protect: file === '-' ? [] : [resolve(io.cwd, file)] });
  } catch (e) {
    const msg =
      e instanceof OutputExistsError ? MSG.outputExists(target)
      : e instanceof OutputIsInputError ? MSG.outputIsInput(target)
      : MSG.outputFailed(target, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
    io.stderr.write(msg + '\n');
    return EXIT.fail;
  }
  const noUnit = ledger.tasks.filter((t) => !t.units.lead.length && !t.units.support.length).length;
  const noDeadline = ledger.tasks.filter((t) => !t.deadlines.length).length;
  io.stdout.write(MSG.written(target, ledger.sections.length, ledger.tasks.length, noUnit, noDeadline) + '\n');
  return EXIT.ok;
}

/** Writes to standard output, waiting when the pipe is full (so that a large output is never held whole). */
async function writeOut(io: Io, piece: string): Promise<void> {
  const out = io.stdout as { write(s: string): unknown; once?: (e: string, f: () => void) => unknown };
  if (out.write(piece) === false && out.once) await new Promise<void>((r) => out.once!('drain', r));
}

/** The message for an error nothing else caught (a defect): one line, never a stack trace or source. */
export function internalFailed(e: unknown): string {
  return MSG.internal(e instanceof Error ? e.message : String(e));
}

/** The message for a command started in a folder that no longer exists (the working directory is unreadable). */
export function cwdMissing(): string {
  return MSG.cwdMissing();
}

/** The message for a failed write to standard output (a full disk, a closed pipe). */
export function stdoutFailed(e: NodeJS.ErrnoException): string {
  return MSG.stdoutFailed(e.code ?? e.message);
}

/** The bytes of the input, or a message saying why they cannot be read. */
async function readInput(file: string, shown: string, io: Io, maxBytes: number): Promise<Uint8Array | string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    if (io.stdin)
      for await (const c of io.stdin) {
        const b = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c);
        size += b.length;
        // an endless stream stops here, not when memory runs out
        if (size > maxBytes) return at(shown, MSG.fileTooLarge(maxBytes));
        chunks.push(b);
      }
    return new Uint8Array(Buffer.concat(chunks));
  }
  const path = resolve(io.cwd, file);
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) return at(shown, MSG.fileIsDir());
    if (st.isCharacterDevice() || st.isBlockDevice() || st.isSocket()) return at(shown, MSG.fileIsDevice());
    if (st.isFile() && st.size > maxBytes) return at(shown, MSG.fileTooLarge(maxBytes));
    // a pipe has no size: read at most one byte past the limit
    const fh = await fs.open(path, 'r');
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for (;;) {
        const buf = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - size));
        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
        if (!bytesRead) break;
        chunks.push(buf.subarray(0, bytesRead));
        size += bytesRead;
        if (size > maxBytes) return at(shown, MSG.fileTooLarge(maxBytes));
      }
      return new Uint8Array(Buffer.concat(chunks));
    } finally {
      await fh.close();
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return at(shown, MSG.fileMissing());
    return at(shown, MSG.fileUnreadable(err.code ?? err.message));
  }
}

/** `--max-size`: megabytes as given, or the default. */
function maxBytesOf(v: string | undefined): number | null {
  if (v === undefined) return DEFAULT_MAX_MB * 2 ** 20;
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? Math.floor(n * 2 ** 20) : null;
}

/** The largest input read by default, in MB: a plan is rarely over 1 MB; an archive file may be 20. */
const DEFAULT_MAX_MB = 50;

/** The extension each format is known by in `-o`. */
const FORMAT_OF_EXTENSION: Record<string, string> = { '.xlsx': 'xlsx', '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml', '.csv': 'csv', '.md': 'md' };

/**
 * The output format: `-f` when given, else the extension of `-o` (a file named 台账.csv gets CSV), else
 * xlsx. A `-f` that contradicts the extension of `-o` is an error rather than a file with the wrong bytes.
 */
function chooseFormat(opts: RunOptions, cwd: string): string | { error: string } {
  const o = opts.output && opts.output !== '-' && !isFolderTarget(opts.output, cwd) ? opts.output : undefined;
  const ext = o ? extname(o).toLowerCase() : '';
  const byExt = FORMAT_OF_EXTENSION[ext];
  if (opts.format) {
    if (byExt && byExt !== opts.format) return { error: MSG.formatMismatch(opts.format, o!) };
    return opts.format;
  }
  if (o && !byExt) return { error: MSG.unknownExtension(o, Object.keys(FORMAT_OF_EXTENSION).join(' ')) };
  return byExt ?? 'xlsx';
}

/**
 * `-o` names a folder: it ends with a slash, is an existing folder, or has no extension and nothing stands
 * there yet (an existing file or device, /dev/null, /dev/stdout, is what it names).
 */
function isFolderTarget(o: string, cwd: string): boolean {
  const p = resolve(cwd, o);
  return /[\\/]$/.test(o) || isDirSync(p) || (!extname(o) && !existsSync(p));
}

/** Where the output goes: a file path, or null for standard output. */
function outputPath(file: string, opts: RunOptions, ext: string, binary: boolean, cwd: string): string | null {
  // standard input is named after --title, else 台账
  const stem = file === '-' ? (opts.title?.trim() ?? '').replace(/[\\/:*?"<>|\s]+/g, '') : basename(file, extname(file));
  const defaultName = stem ? `${stem}.台账${ext}` : `台账${ext}`;
  if (opts.output === '-') return null;
  if (opts.output) {
    const o = resolve(cwd, opts.output);
    return isFolderTarget(opts.output, cwd) ? join(o, defaultName) : o;
  }
  if (!binary) return null;
  return file === '-' ? resolve(cwd, defaultName) : join(dirname(resolve(cwd, file)), defaultName);
}

function isDirSync(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A subcommand with the Chinese help every command has. */
function subcommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .helpOption('-h, --help', HELP.help)
    .configureHelp({ formatHelp: (cmd, helper) => chineseHelp(new Help().formatHelp(cmd, helper)) });
}

/** Commander's help with its section titles in Chinese. */
function chineseHelp(text: string): string {
  return text
    .replace(/^Usage:/m, '用法：')
    .replace(/^Arguments:/m, '参数：')
    .replace(/^Options:/m, '选项：')
    .replace(/^Commands:/m, '命令：')
    .replace(/\(default: "?([^")]*)"?\)/g, '（默认：$1）')
    .replace(/\[options\]/g, '[选项]')
    .replace(/\[command\]/g, '[命令]')
    .replace(/display help for command/g, HELP.help);
}

/** Commander's own error messages, in Chinese. */
function commanderMessage(s: string): string {
  return s
    .replace(/^error: unknown option '([^']*)'.*$/m, (_, o) => MSG.unknownOption(o))
    .replace(/^error: option '([^']*)' argument missing.*$/m, (_, o) => MSG.optionArgument(o))
    .replace(/^error: too many arguments.*$/m, MSG.tooManyArguments())
    .replace(/^error: unknown command '([^']*)'.*$/m, (_, c) => MSG.unknownCommand(c));
}

// what bench/one.mjs runs of a conversion, from the same bundle and code cache as the command
export { convertPlan, readPlan } from '../pipeline.js';
export { tuneHeap } from '../engine/heap.js';
export { jsonPieces } from '../export/json.js';
