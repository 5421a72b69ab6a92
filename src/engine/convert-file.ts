/**
 * One file of a batch: read, convert, export, write atomically. Never throws for a bad input: the
 * result says what happened, so that one file's failure never stops the others (unified-engine style).
 * Runs in a worker thread or in the main thread alike.
 */
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { convertPlan, ConvertError, readPlan } from '../pipeline.js';
import { tuneHeap } from './heap.js';
import { loadExporter } from '../export/index.js';
import { writeAtomic, OutputExistsError, OutputIsInputError } from '../cli/write.js';
import { at, MSG } from '../messages.js';
import { taskHeaders, taskRows } from '../export/rows.js';
import { ConfigError, findConfig, loadConfig } from '../config.js';

export interface FileJob {
  /** Absolute input path, and the path shown in messages (relative to the batch root). */
  input: string;
  shown: string;
  /** Absolute output path, or null (ndjson only). */
  output: string | null;
  format: string;
  force: boolean;
  year?: number;
  maxBytes: number;
  /** Also return the ledger as one JSON line (--ndjson). */
  wantLedger: boolean;
  /** Also return the task rows (--combined). */
  wantRows?: boolean;
}

export interface FileResult {
  path: string;
  output: string | null;
  status: 'ok' | 'failed';
  sections: number;
  tasks: number;
  findings: number;
  ms: number;
  message?: string;
  ledger?: string;
  /** The 台账 rows (taskHeaders order) and their headers, for a combined workbook. */
  rows?: (string | number)[][];
  headers?: string[];
}

/** Converts one file; a problem becomes a failed result with its message. */
export async function convertFile(job: FileJob): Promise<FileResult> {
  const t0 = performance.now();
  const done = (r: Omit<FileResult, 'path' | 'output' | 'ms'>): FileResult => ({ path: job.shown, output: job.output, ms: Math.round(performance.now() - t0), ...r });
  const fail = (message: string) => done({ status: 'failed', sections: 0, tasks: 0, findings: 0, message });
  try {
    const st = await fs.stat(job.input);
    if (st.size > job.maxBytes) return fail(at(job.shown, MSG.fileTooLarge(job.maxBytes)));
    const cfgPath = findConfig(dirname(job.input));
    const config = cfgPath ? loadConfig(cfgPath) : {};
    tuneHeap(st.size);
    // the bytes become text at once and are let go
    const plan = await readPlan(new Uint8Array(await fs.readFile(job.input)), job.shown);
    const { ledger } = convertPlan(plan, job.shown, { year: job.year, units: config.units });
    if (job.output) {
      const exporter = (await loadExporter(job.format))!;
      const out = exporter.pieces ? exporter.pieces(ledger) : await exporter.render(ledger);
      try {
        await writeAtomic(job.output, out, { force: job.force, protect: [job.input] });
      } catch (e) {
        // a write that fails is the output's (the input was read): 写入失败, never 无法读取
        const code = (e as NodeJS.ErrnoException).code;
        if (code) return fail(MSG.outputFailed(job.output, code));
        throw e;
      }
    }
    return done({
      status: 'ok',
      sections: ledger.sections.length,
      tasks: ledger.tasks.length,
      findings: ledger.diagnostics.filter((d) => d.severity !== 'info').length,
      ...(job.wantLedger ? { ledger: JSON.stringify(ledger) } : {}),
      ...(job.wantRows ? { rows: taskRows(ledger), headers: taskHeaders(ledger) } : {}),
    });
  } catch (e) {
    if (e instanceof ConvertError || e instanceof ConfigError) return fail(e.message);
    if (e instanceof OutputExistsError) return fail(MSG.outputExists(job.output!));
    if (e instanceof OutputIsInputError) return fail(MSG.outputIsInput(job.output!));
    const err = e as NodeJS.ErrnoException;
    if (err.code) return fail(at(job.shown, MSG.fileUnreadable(err.code)));
    return fail(at(job.shown, MSG.internal(err.message)));
  }
}
