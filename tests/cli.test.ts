import { noPos } from './helpers.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { headBytes, writeAtomic } from '../src/cli/write.js';

const PLAN = '2023年重点工作方案\n一、工作目标\n全面完成任务。\n二、主要任务\n（一）加强组织领导。县委组织部要于6月底前完成部署。\n（二）强化督查。\n';

function run(argv: string[], cwd: string, stdin?: string) {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd,
    stdin: stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]),
  };
  return main(argv, io).then((code) => ({ code, out, err }));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'p2l-'));
  writeFileSync(join(dir, '方案.txt'), PLAN);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('plan2ledger FILE --format json|yaml', () => {
  it('prints the ledger as JSON', async () => {
    const r = await run(['方案.txt', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const l = JSON.parse(r.out);
    expect(l.title).toBe('2023年重点工作方案');
    expect(l.year).toBe(2023);
    expect(l.source.encoding).toBe('utf-8');
    expect(l.tasks.map((t: { id: string }) => t.id)).toEqual(['2.1', '2.2']);
    expect(l.tasks[0].units.lead).toEqual(['县委组织部']);
    expect(noPos(l.tasks[0].deadlines)).toEqual([{ text: '6月底前', date: '2023-06-30' }]);
  });

  it('prints the same ledger as YAML', async () => {
    const { parse } = await import('yaml');
    const j = JSON.parse((await run(['方案.txt', '-f', 'json'], dir)).out);
    const y = parse((await run(['方案.txt', '-f', 'yaml'], dir)).out);
    expect(y).toEqual(j);
  });

  it('reads standard input for -', async () => {
    const r = await run(['-', '-f', 'json'], dir, PLAN);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).tasks).toHaveLength(2);
  });

  it('reads GB18030 files', async () => {
    const gbk = Buffer.from('d2bba1a2c4bfb1ea0abcd3c7bfd7e9d6afc1ecb5bca1a3', 'hex'); // 一、目标\n加强组织领导。
    writeFileSync(join(dir, 'gbk.txt'), gbk);
    const r = await run(['gbk.txt', '-f', 'json'], dir);
    expect(r.code).toBe(0);
    const l = JSON.parse(r.out);
    expect(l.source.encoding).toBe('gb18030');
    expect(l.sections[0].title).toBe('目标');
  });

  it('honours --year', async () => {
    const l = JSON.parse((await run(['方案.txt', '-f', 'json', '--year', '2030'], dir)).out);
    expect(l.year).toBe(2030);
    expect(l.tasks[0].deadlines[0].date).toBe('2030-06-30');
  });

  it('prints the schema', async () => {
    const r = await run(['schema'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('bad input gets a Chinese message naming the file and a non-zero exit', () => {
  it.each([
    ['missing', null, '找不到文件'],
    ['empty.txt', '', '文件为空'],
    ['blank.txt', '  \n\n ', '文件为空'],
    ['binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), '不是文本文件'],
    ['bad.txt', Buffer.from([0x41, 0xff, 0xff, 0x42, 0x80]), '编码'],
    ['doc.docx', Buffer.from('PK\x03\x04rest'), '.docx'],
  ])('%s', async (name, content, words) => {
    if (content !== null) writeFileSync(join(dir, name), content);
    const r = await run([name, '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${name}:1:1:`);
    expect(r.err).toContain(words);
    expect(r.err).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(r.out).toBe('');
  });

  it('rejects an unknown format and a bad year', async () => {
    expect((await run(['方案.txt', '-f', 'pdf'], dir)).err).toContain('不支持的输出格式');
    expect((await run(['方案.txt', '--year', '23'], dir)).code).toBe(2);
  });

  it('asks for a file when none is given', async () => {
    const r = await run([], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('请指定要转换的方案文件');
  });
});

describe('writing files', () => {
  it('writes -o PATH atomically and never replaces a file without --force', async () => {
    const r1 = await run(['方案.txt', '-f', 'json', '-o', 'out.json'], dir);
    expect(r1.code).toBe(0);
    expect(r1.out).toContain('out.json');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).tasks).toHaveLength(2);
    writeFileSync(join(dir, 'out.json'), 'mine');
    const r2 = await run(['方案.txt', '-f', 'json', '-o', 'out.json'], dir);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('已存在');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('mine');
    const r3 = await run(['方案.txt', '-f', 'json', '-o', 'out.json', '--force'], dir);
    expect(r3.code).toBe(0);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).not.toBe('mine');
    // no temporary files are left behind
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes beside a plan whose name is near the file system\'s 255 bytes (the temporary name is cut, not the output\'s)', async () => {
    const stem = '关于'.repeat(38) + '方案'; // 234 bytes; with .台账.xlsx 246, and the temporary file's suffixes far over 255
    writeFileSync(join(dir, `${stem}.txt`), PLAN);
    const r = await run([`${stem}.txt`], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`${stem}.txt`, `${stem}.台账.xlsx`, '方案.txt'].sort());
    expect(headBytes(stem, 200)).toBe('关于'.repeat(33)); // 198 bytes: a 67th character would make 201
    expect(headBytes('a😀b', 4)).toBe('a'); // never half a character
    expect(headBytes('a😀b', 5)).toBe('a😀');
  });

  it('writes pieces whole, and into a folder it made before and someone removed since', async () => {
    const target = join(dir, 'sub', 'out.json');
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i},`.repeat(200));
    await writeAtomic(target, pieces, { force: false });
    expect(readFileSync(target, 'utf8')).toBe(pieces.join(''));
    rmSync(join(dir, 'sub'), { recursive: true });
    await writeAtomic(target, ['again'], { force: false });
    expect(readFileSync(target, 'utf8')).toBe('again');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['out.json']);
  });

  it('says what a failed write means, and the code (a folder where the output would go)', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'out', '方案.台账.json', 'inside'), { recursive: true });
    const r = await run(['方案.txt', '-f', 'json', '-o', 'out/', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`${join(dir, 'out', '方案.台账.json')}: 写入失败（这是一个文件夹，EISDIR）`);
    expect(readdirSync(join(dir, 'out'))).toEqual(['方案.台账.json']);
  });

  it('writes into a folder given with -o', async () => {
    const r = await run(['方案.txt', '-f', 'yaml', '-o', dir + '/'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, '方案.台账.yaml'))).toBe(true);
  });
});

describe('outputs that never surprise', () => {
  it.skipIf(process.platform === 'win32')('-o names a device or an existing file as it is: /dev/null, /dev/stdout, a file without extension', async () => {
    const before = readdirSync(dir).sort();
    const toNull = await run(['方案.txt', '-f', 'json', '-o', '/dev/null'], dir);
    expect([toNull.code, toNull.err]).toEqual([0, '']);
    expect(readdirSync(dir).sort()).toEqual(before); // no folder /dev/null/…, no temporary file
    const toStdout = await run(['方案.txt', '-f', 'json', '-o', '/dev/stdout'], dir);
    expect(toStdout.code).toBe(0);
    expect(JSON.parse(toStdout.out).tasks).toHaveLength(2);
    writeFileSync(join(dir, 'ledger'), 'mine');
    const existing = await run(['方案.txt', '-f', 'json', '-o', 'ledger'], dir);
    expect(existing.code).toBe(2);
    expect(existing.err).toContain('文件已存在，未覆盖');
    expect(readFileSync(join(dir, 'ledger'), 'utf8')).toBe('mine');
    expect((await run(['方案.txt', '-f', 'json', '-o', 'ledger', '--force'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'ledger'), 'utf8')).tasks).toHaveLength(2);
  });

  it('creates a missing output folder (the README example -o out/)', async () => {
    const r = await run(['方案.txt', '-o', 'out/'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out', '方案.台账.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const deep = await run(['方案.txt', '-o', 'a/b/c.json'], dir);
    expect(deep.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a/b/c.json'), 'utf8')).tasks).toHaveLength(2);
  });
  it('takes the format from the extension of -o, and refuses a contradiction', async () => {
    expect((await run(['方案.txt', '-o', '台账.csv'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, '台账.csv'), 'utf8')).toMatch(/^\ufeff序号/);
    const bad = await run(['方案.txt', '-f', 'json', '-o', 'x.csv'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('扩展名不符');
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });
  it('treats -o NAME without an extension as a folder, and -o - as standard output', async () => {
    expect((await run(['方案.txt', '-f', 'yaml', '-o', 'newdir'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'newdir', '方案.台账.yaml'))).toBe(true);
    const r = await run(['方案.txt', '-f', 'json', '-o', '-'], dir);
    expect(JSON.parse(r.out).tasks).toHaveLength(2);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
  it('prints what the reader noticed to stderr as file:line:col lines', async () => {
    writeFileSync(join(dir, 'annex.txt'), PLAN + '\n附件\n一、附表说明\n（一）填报要求。\n');
    const r = await run(['annex.txt', '-f', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^annex\.txt:9:1: 此处起为附件，作为第 2 部分纳入台账/m);
  });
  it('names the output of standard input 台账, or after --title', async () => {
    expect((await run(['-', '-o', dir + '/'], dir, PLAN)).code).toBe(0);
    expect(existsSync(join(dir, '台账.xlsx'))).toBe(true);
    expect((await run(['-', '-f', 'json', '-o', dir + '/', '--title', '宣传工作台账'], dir, PLAN)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, '宣传工作台账.台账.json'), 'utf8')).title).toBe('宣传工作台账');
  });
  it('never replaces the input plan, even with --force, nor writes through a link', async () => {
    const r = await run(['方案.txt', '-f', 'json', '-o', '方案.txt', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('输入文件');
    expect(readFileSync(join(dir, '方案.txt'), 'utf8')).toBe(PLAN);
    symlinkSync(join(dir, '方案.txt'), join(dir, 'link.json'));
    expect((await run(['方案.txt', '-f', 'json', '-o', 'link.json', '--force'], dir)).code).toBe(2);
    expect(readFileSync(join(dir, '方案.txt'), 'utf8')).toBe(PLAN);
  });
});

describe('an office configuration', () => {
  const plan = '一、主要任务\n（一）加强宣传。县融媒要做好宣传报道。\n（二）推进项目。县发改委要加快审批。\n';
  it('adds its own unit names and writes aliases out, found beside the plan', async () => {
    writeFileSync(join(dir, 'p.txt'), plan);
    const before = JSON.parse((await run(['p.txt', '-f', 'json'], dir)).out);
    expect(before.tasks[0].units.lead).toEqual([]);
    writeFileSync(join(dir, '.plan2ledgerrc.yaml'), 'units:\n  names: [县融媒]\n  aliases: {发改委: 发展改革委}\n');
    const after = JSON.parse((await run(['p.txt', '-f', 'json'], dir)).out);
    expect(after.tasks[0].units.lead).toEqual(['县融媒']);
    expect(after.tasks[1].units.lead).toEqual(['县发展改革委']);
  });
  it('reports a broken configuration with its file name', async () => {
    writeFileSync(join(dir, 'p.txt'), plan);
    writeFileSync(join(dir, 'bad.yaml'), 'units:\n  names: 县融媒\n');
    const r = await run(['p.txt', '-f', 'json', '--config', 'bad.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.yaml');
    expect(r.err.trim()).toBe(`${join(dir, 'bad.yaml')}:2:10: 配置有误：units.names 的类型应为 array`);
  });
});

describe('the default: a 台账 spreadsheet beside the plan', () => {
  it('writes 方案.台账.xlsx, prints where with a summary, and keeps it on a second run', async () => {
    const r = await run(['方案.txt'], dir);
    expect(r.code).toBe(0);
    const out = join(dir, '方案.台账.xlsx');
    expect(r.out.trim()).toBe(`已生成 ${out}：4 个条目，2 项任务（1 项未写明责任单位，1 项未写明完成时限）`);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const again = await run(['方案.txt'], dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});

describe('help and usage errors speak Chinese', () => {
  it('prints Chinese help and exits 0', async () => {
    const r = await run(['--help'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^用法： plan2ledger/);
    expect(r.out).toContain('选项：');
    expect(r.out).toContain('否则 xlsx');
    expect(r.out).not.toMatch(/Usage|Options|default:/);
  });
  it('explains an unknown option and too many files, with exit 2', async () => {
    const a = await run(['方案.txt', '--bogus'], dir);
    expect([a.code, a.err.trim()]).toEqual([2, '未知选项 --bogus，可用 plan2ledger --help 查看用法']);
    const b = await run(['a.txt', 'b.txt'], dir);
    expect(b.code).toBe(2);
    expect(b.err).toContain('参数过多');
  });
});

describe('inputs that would never end, and outputs that cannot be written', () => {
  it('refuses a device and an input over --max-size, naming it', async () => {
    const dev = await run(['/dev/zero', '-f', 'json'], dir);
    expect([dev.code, dev.err.trim()]).toEqual([2, '/dev/zero:1:1: 这是设备文件，不是方案文件']);
    writeFileSync(join(dir, 'big.txt'), PLAN.repeat(20000)); // about 2 MB
    const big = await run(['big.txt', '-f', 'json', '--max-size', '1'], dir);
    expect(big.code).toBe(2);
    expect(big.err).toContain('big.txt:1:1: 文件超过 1 MB 上限');
    const stdin = await run(['-', '-f', 'json', '--max-size', '0.5'], dir, PLAN.repeat(10000));
    expect(stdin.err).toContain('<标准输入>:1:1: 文件超过 0.5 MB 上限');
    expect((await run(['方案.txt', '--max-size', 'x'], dir)).code).toBe(2);
  });

  it.skipIf(!existsSync('dist/cli/main.js') || !existsSync('/dev/full'))('a full disk behind standard output is a message and exit 2 (the command as installed)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { openSync } = await import('node:fs');
    const bin = join(process.cwd(), 'bin/plan2ledger.js');
    const r = spawnSync(process.execPath, [bin, join(dir, '方案.txt'), '-f', 'json'], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('<标准输出>: 写入失败（磁盘空间不足，ENOSPC）');
  });

  it.skipIf(!existsSync('dist/bundle/main.cjs') || process.platform === 'win32')('started in a folder removed since, the command as installed says so and exits 2', async () => {
    const { spawnSync } = await import('node:child_process');
    const gone = join(dir, 'gone');
    const bin = join(process.cwd(), 'bin/plan2ledger.js');
    const r = spawnSync('sh', ['-c', `mkdir "${gone}" && cd "${gone}" && rmdir "${gone}" && exec "${process.execPath}" "${bin}" "${join(dir, '方案.txt')}" -f json`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('当前所在的文件夹已不存在（可能已被删除），请先进入一个存在的文件夹再运行');
    expect(r.stdout).toBe('');
  });

  it.skipIf(!existsSync('dist/bundle/main.cjs.cache'))('the command as installed loads its code cache, and runs the same without it', async () => {
    const { spawnSync } = await import('node:child_process');
    const loader = join(process.cwd(), 'bin/load-bundle.cjs');
    // the cache the build made is accepted by this Node.js (a refused one would only be slower)
    const probe = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(loader)}).loadBundle().cacheRejected))`], { encoding: 'utf8' });
    expect(probe.stdout).toBe('false');
    // with the cache and without it (the same bundle compiled afresh, in a copy of the package), the same ledger
    const { cpSync } = await import('node:fs');
    const copy = join(dir, 'pkg');
    for (const rel of ['bin', 'schemas', 'package.json', 'dist/ledger', 'dist/bundle/main.cjs']) cpSync(rel, join(copy, rel), { recursive: true });
    const file = join(dir, '方案.txt');
    const run = (root: string) => spawnSync(process.execPath, [join(root, 'bin/plan2ledger.js'), file, '-f', 'json'], { encoding: 'utf8' });
    const withCache = run(process.cwd());
    const without = run(copy);
    expect(withCache.status).toBe(0);
    expect(without.status).toBe(0);
    expect(JSON.parse(withCache.stdout).tasks.length).toBeGreaterThan(0);
    expect(without.stdout).toBe(withCache.stdout);
  });

  it('an exporter that fails is a one-line message naming the file and exit 2, and nothing is written', async () => {
    const xlsx = (await import('../src/export/xlsx.js')).default;
    const spy = vi.spyOn(xlsx, 'render').mockRejectedValue(new RangeError('Invalid time zone specified: X'));
    try {
      const r = await run(['方案.txt'], dir);
      expect(r.code).toBe(2);
      expect(r.err.trim()).toBe('方案.txt:1:1: 处理时出现内部错误：Invalid time zone specified: X');
      expect(readdirSync(dir)).toEqual(['方案.txt']);
    } finally {
      spy.mockRestore();
    }
  });

  it.skipIf(!existsSync('dist/bundle/exceljs.cjs.cache'))('the command as installed writes a workbook with exceljs run from its own bundle and cache: the same bytes as the package', async () => {
    const { spawnSync } = await import('node:child_process');
    const loader = JSON.stringify(join(process.cwd(), 'bin/load-bundle.cjs'));
    const probe = spawnSync(
      process.execPath,
      ['-e', `const l = require(${loader}); const r = l.loadScript(require('node:path').join(l.BUNDLE, 'exceljs.cjs')); process.stdout.write(r.cacheRejected + ' ' + typeof r.exports.Workbook)`],
      { encoding: 'utf8' },
    );
    expect(probe.stdout).toBe('false function');
    const epoch = '1719705600';
    const installed = spawnSync(process.execPath, [join(process.cwd(), 'bin/plan2ledger.js'), '方案.txt', '-o', 'installed.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: epoch },
    });
    expect(installed.status).toBe(0);
    // the same command in this process, with exceljs from node_modules
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = epoch;
    try {
      expect((await run(['方案.txt', '-o', 'package.xlsx'], dir)).code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
    const bytes = readFileSync(join(dir, 'installed.xlsx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.equals(readFileSync(join(dir, 'package.xlsx')))).toBe(true);
  });
});
