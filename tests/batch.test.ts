/** `plan2ledger batch`: an archive converted with its folders kept, each file on its own, shards and resume. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../src/cli/main.js';
import { shardOf } from '../src/cli/batch.js';

const PLAN = (n: number) => `2024年工作要点\n一、主要任务\n（一）任务${n}。县委办负责，6月底前完成。\n`;

function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io = { stdout: { write: (s: string | Uint8Array) => (out += String(s)) }, stderr: { write: (s: string) => (err += s) }, cwd };
  return main(argv, io).then((code) => ({ code, out, err }));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'p2l-batch-'));
  mkdirSync(join(dir, 'in', '2023', '县委'), { recursive: true });
  for (let i = 1; i <= 6; i++) writeFileSync(join(dir, 'in', i % 2 ? '2023' : join('2023', '县委'), `p${i}.txt`), PLAN(i));
  writeFileSync(join(dir, 'in', 'broken.txt'), '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const summary = () => JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));

describe('plan2ledger batch', () => {
  it('keeps the folder structure, isolates a failing file, writes summary.json and exits 1', async () => {
    const r = await run(['batch', 'in', '-o', 'out', '-f', 'json', '--jobs', '1'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('broken.txt:1:1: 文件为空');
    expect(r.err).toMatch(/完成：6 个成功，1 个失败，0 个跳过/);
    expect(JSON.parse(readFileSync(join(dir, 'out', '2023', '县委', 'p2.台账.json'), 'utf8')).tasks[0].units.lead).toEqual(['县委办']);
    const s = summary();
    expect(s.counts).toEqual({ files: 7, ok: 6, skipped: 0, failed: 1 });
    expect(s.files.find((f: { path: string }) => f.path === join('2023', 'p1.txt'))).toMatchObject({ status: 'ok', tasks: 1, output: join('2023', 'p1.台账.json') });
    expect(s.files.find((f: { path: string }) => f.path === 'broken.txt').status).toBe('failed');
  });

  it('a file whose output cannot be written fails as a write, naming the output, and the others go on', async () => {
    mkdirSync(join(dir, 'out', '2023', 'p1.台账.json', 'inside'), { recursive: true });
    const r = await run(['batch', 'in', '-o', 'out', '-f', 'json', '--jobs', '1', '--force'], dir);
    expect(r.err).toContain(`${join(dir, 'out', '2023', 'p1.台账.json')}: 写入失败（这是一个文件夹，EISDIR）`);
    expect(r.err).not.toContain('无法读取');
    expect(r.err).toMatch(/完成：5 个成功，2 个失败，0 个跳过/);
  });

  it('--resume skips what is up to date and redoes what changed', async () => {
    await run(['batch', 'in', '-o', 'out', '-f', 'json', '--jobs', '1'], dir);
    const again = await run(['batch', 'in', '-o', 'out', '-f', 'json', '--jobs', '1', '--resume'], dir);
    expect(again.err).toMatch(/完成：0 个成功，1 个失败，6 个跳过/);
    writeFileSync(join(dir, 'in', '2023', 'p1.txt'), PLAN(11));
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'in', '2023', 'p1.txt'), future, future);
    const third = await run(['batch', 'in', '-o', 'out', '-f', 'json', '--jobs', '1', '--resume'], dir);
    expect(third.err).toMatch(/完成：1 个成功，1 个失败，5 个跳过/);
    expect(readFileSync(join(dir, 'out', '2023', 'p1.台账.json'), 'utf8')).toContain('任务11');
  });

  it('--shard i/n splits the files into stable, disjoint shares', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await run(['batch', 'in', '-o', `s${i}`, '-f', 'json', '--jobs', '1', '--shard', `${i}/3`], dir);
      seen.push(...JSON.parse(readFileSync(join(dir, `s${i}`, 'summary.json'), 'utf8')).files.map((f: { path: string }) => f.path));
    }
    expect(seen.sort()).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(shardOf('2023/p1.txt', 3)).toBe(shardOf('2023\\p1.txt', 3));
    expect((await run(['batch', 'in', '-o', 'x', '--shard', '3/3'], dir)).code).toBe(2);
  });

  it('--ndjson streams one ledger per line', async () => {
    const r = await run(['batch', 'in', '--ndjson', '--jobs', '1'], dir);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => JSON.parse(l).tasks.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('--combined writes one workbook with every plan\'s tasks and a 来源文件 column', async () => {
    const r = await run(['batch', 'in', '--combined', '汇总台账.xlsx', '--jobs', '1'], dir);
    expect(r.code).toBe(1); // broken.txt
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '汇总台账.xlsx'));
    const ws = wb.getWorksheet('汇总台账')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['来源文件', '序号', '一级任务']);
    expect(ws.rowCount).toBe(1 + 6);
    const sources = Array.from({ length: 6 }, (_, k) => ws.getRow(k + 2).getCell(1).value);
    expect(sources).toEqual([join('2023', 'p1.txt'), join('2023', 'p3.txt'), join('2023', 'p5.txt'), join('2023', '县委', 'p2.txt'), join('2023', '县委', 'p4.txt'), join('2023', '县委', 'p6.txt')]);
    expect(ws.getRow(2).getCell(headers.indexOf('牵头单位') + 1).value).toBe('县委办');
    // written row by row: what the sheet's opening holds (print setup, frozen header) and its end (the filter)
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:${String.fromCharCode(64 + headers.length)}7`);
    expect(ws.getColumn(1).width).toBe(28);
    expect(ws.getRow(1).getCell(1).font).toMatchObject({ bold: true, name: '宋体' });
  });

  it('asks for inputs and an output folder; a missing input is exit 2', async () => {
    expect((await run(['batch'], dir)).code).toBe(2);
    expect((await run(['batch', 'in'], dir)).code).toBe(2);
    expect((await run(['batch', 'nope', '-o', 'out'], dir)).err).toContain('nope:1:1: 找不到文件');
  });

  it.skipIf(!existsSync('dist/bundle/batch-worker.cjs'))('runs on a pool of worker threads (the command as installed)', () => {
    const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/plan2ledger.js'), 'batch', 'in', '-o', 'out', '-f', 'json', '--jobs', '2'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(summary().counts).toEqual({ files: 7, ok: 6, skipped: 0, failed: 1 });
  });
});
