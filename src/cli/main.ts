/**
 * The command line. `main` takes argv and streams and returns the exit code (0 done, 1 lint errors,
 * 2 could not run), so tests call it in-process; only bin/plan2ledger.js touches `process`.
 */
import { existsSync, promises as fs, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import { HELP, MSG } from '../messages.js';
import { convertPlan, ConvertError } from '../pipeline.js';
import { FORMATS, loadExporter } from '../export/index.js';
import { OutputExistsError, writeAtomic } from './write.js';
import { schemaText } from '../ledger/validate.js';
import type { Ledger } from '../types.js';
import { ConfigError, findConfig, loadConfig, type Config } from '../config.js';
import { VERSION } from '../version.js';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
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
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('plan2ledger')
    .description(HELP.description)
    .version(VERSION, '-V, --version', HELP.version)
    .helpOption('-h, --help', HELP.help)
    .helpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(commanderMessage(s)),
    })
    .configureHelp({ formatHelp: (cmd, helper) => chineseHelp(new Help().formatHelp(cmd, helper)) })
    .argument('[file]', HELP.file)
    .addOption(new Option('-f, --format <format>', HELP.format).default('xlsx'))
    .option('-o, --output <path>', HELP.output)
    .option('--force', HELP.force)
    .option('--year <YYYY>', HELP.year)
    .option('-c, --config <path>', HELP.config)
    .action(async (file: string | undefined, opts: RunOptions) => {
      code = await convertCommand(file, opts, io);
    });
  program
    .command('schema')
    .description(HELP.schema)
    .helpOption('-h, --help', HELP.help)
    .configureHelp({ formatHelp: (cmd, helper) => chineseHelp(new Help().formatHelp(cmd, helper)) })
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
  if (!file) {
    io.stderr.write(MSG.noInput() + '\n');
    return EXIT.fail;
  }
  const exporter = await loadExporter(opts.format);
  if (!exporter) {
    io.stderr.write(MSG.unknownFormat(opts.format, FORMATS.join('、')) + '\n');
    return EXIT.fail;
  }
  let year: number | undefined;
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year)) {
      io.stderr.write(MSG.badYear(opts.year) + '\n');
      return EXIT.fail;
    }
    year = Number(opts.year);
  }
  const shown = file === '-' ? '<标准输入>' : file;
  const bytes = await readInput(file, shown, io);
  if (typeof bytes === 'string') {
    io.stderr.write(bytes + '\n');
    return EXIT.fail;
  }
  let config: Config = {};
  try {
    const cfgPath = opts.config ? resolve(io.cwd, opts.config) : findConfig(file === '-' ? io.cwd : dirname(resolve(io.cwd, file)));
    if (opts.config && !existsSync(cfgPath!)) throw new ConfigError(MSG.fileMissing(opts.config));
    if (cfgPath) config = loadConfig(cfgPath);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.stderr.write(e.message + '\n');
    return EXIT.fail;
  }
  let ledger: Ledger;
  try {
    ledger = convertPlan(bytes, shown, { year, units: config.units }).ledger;
  } catch (e) {
    io.stderr.write((e instanceof ConvertError ? e.message : MSG.internal(shown, (e as Error).message)) + '\n');
    return EXIT.fail;
  }
  const out = await exporter.render(ledger);
  const target = outputPath(file, opts, exporter.extension, exporter.binary, io.cwd);
  if (!target) {
    io.stdout.write(typeof out === 'string' ? out : Buffer.from(out).toString('utf8'));
    return EXIT.ok;
  }
  try {
    await writeAtomic(target, out, !!opts.force);
  } catch (e) {
    io.stderr.write((e instanceof OutputExistsError ? MSG.outputExists(target) : MSG.outputFailed(target, (e as Error).message)) + '\n');
    return EXIT.fail;
  }
  const noUnit = ledger.tasks.filter((t) => !t.units.lead.length && !t.units.support.length).length;
  const noDeadline = ledger.tasks.filter((t) => !t.deadlines.length).length;
  io.stdout.write(MSG.written(target, ledger.sections.length, ledger.tasks.length, noUnit, noDeadline) + '\n');
  return EXIT.ok;
}

/** The bytes of the input, or a message saying why they cannot be read. */
async function readInput(file: string, shown: string, io: Io): Promise<Uint8Array | string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    if (io.stdin) for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c));
    return new Uint8Array(Buffer.concat(chunks));
  }
  const path = resolve(io.cwd, file);
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) return MSG.fileIsDir(shown);
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return MSG.fileMissing(shown);
    return MSG.fileUnreadable(shown, err.code ?? err.message);
  }
}

/** Where the output goes: a file path, or null for standard output. */
function outputPath(file: string, opts: RunOptions, ext: string, binary: boolean, cwd: string): string | null {
  const stem = file === '-' ? '台账' : basename(file, extname(file));
  const defaultName = `${stem}.台账${ext}`;
  if (opts.output) {
    const o = resolve(cwd, opts.output);
    return opts.output.endsWith('/') || isDirSync(o) ? join(o, defaultName) : o;
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
