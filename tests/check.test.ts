/** `plan2ledger check` as a CI job uses it: formats, exit codes, configuration, an office's policy. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import AjvDraft04 from 'ajv-draft-04';
import { main } from '../src/cli/main.js';
import { RULES } from '../src/lint/index.js';

const GOOD = '2024年工作要点\n一、任务\n（一）加强宣传。县委宣传部负责，6月底前完成。\n（二）加强督查。县委督查室负责，9月底前完成。\n';
const BAD = '2024年工作要点\n一、任务\n（一）加强宣传。县委宣传部负责，6月底前完成。\n（三）加强督查。做好督查。\n';

function run(argv: string[], cwd: string, stdin?: string, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string | Uint8Array) => (out += String(s)) },
    stderr: { write: (s: string) => (err += s) },
    cwd,
    env,
    stdin: stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]),
  };
  return main(argv, io).then((code) => ({ code, out, err }));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'p2l-check-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'bad.txt'), BAD);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 for a clean draft, 1 for errors, 2 for a file that is not there (never a pass)', async () => {
    expect((await run(['check', 'good.txt'], dir)).code).toBe(0);
    const bad = await run(['check', 'bad.txt'], dir);
    expect(bad.code).toBe(1);
    const missing = await run(['check', 'good.txt', 'nope.txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.txt:1:1: 找不到文件');
  });
  it('1 when warnings pass --max-warnings; --quiet shows errors only', async () => {
    writeFileSync(join(dir, 'warn.txt'), '2024年工作要点\n一、任务\n（一）加强宣传。做好宣传，6月底前完成。\n');
    expect((await run(['check', 'warn.txt'], dir)).code).toBe(0);
    expect((await run(['check', 'warn.txt', '--max-warnings', '0'], dir)).code).toBe(1);
    const q = await run(['check', 'bad.txt', '--quiet', '-f', 'unix'], dir);
    expect(q.out.trim().split('\n')).toEqual(['bad.txt:4:1: 编号不连续：应为“（二）”，实为“（三）” [error/numbering-gap]']);
  });
  it('a file that cannot be read is a fatal message in the report, the others go on, exit 2', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await run(['check', 'empty.txt', 'bad.txt', '-f', 'unix'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toContain('empty.txt:1:1: 文件为空，没有可以转换的内容 [error/unreadable]');
    expect(r.out).toContain('bad.txt:4:1: 编号不连续');
  });
  it('an error for a text with no numbered item at all', async () => {
    writeFileSync(join(dir, 'none.txt'), '请各单位认真做好相关工作。\n');
    const r = await run(['check', 'none.txt', '-f', 'unix'], dir);
    expect([r.code, r.out.trim()]).toEqual([1, 'none.txt:1:1: 没有找到任何编号条目（一、（一）1. 等），无法生成台账 [error/no-items]']);
  });
});

describe('inputs', () => {
  it('takes folders (recursively), globs and standard input', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.md'), BAD);
    const d = await run(['check', '.', '-f', 'json'], dir);
    expect(JSON.parse(d.out).map((f: { filePath: string }) => f.filePath)).toEqual(['bad.txt', 'good.txt', join('sub', 'c.md')]);
    const g = await run(['check', '*.txt', '-f', 'json'], dir);
    expect(JSON.parse(g.out)).toHaveLength(2);
    expect((await run(['check', 'none/*.txt'], dir)).code).toBe(2);
    const s = await run(['check', '-', '-f', 'unix'], dir, BAD);
    expect(s.out).toContain('<标准输入>:4:1:');
  });
});

describe('formats', () => {
  it('stylish: aligned lines and a summary, colour only when asked for', async () => {
    const r = await run(['check', 'bad.txt'], dir);
    expect(r.out).toContain('bad.txt\n  4:1  错误  编号不连续：应为“（二）”，实为“（三）”');
    expect(r.out).toMatch(/共 \d+ 个问题（1 个错误，\d+ 个警告，0 个提示）/);
    expect(r.out).not.toContain('\u001b[');
    expect((await run(['check', 'bad.txt'], dir, undefined, { FORCE_COLOR: '1' })).out).toContain('\u001b[');
    expect((await run(['check', 'bad.txt', '--no-color'], dir, undefined, { FORCE_COLOR: '1' })).out).not.toContain('\u001b[');
  });
  it('github: workflow commands with file, line, column and end', async () => {
    const r = await run(['check', 'bad.txt', '-f', 'github'], dir);
    expect(r.out).toContain('::error file=bad.txt,line=4,col=1,endLine=4,endColumn=4,title=numbering-gap::编号不连续：应为“（二）”，实为“（三）”\n');
    expect(r.out).toContain('::warning file=bad.txt,line=4,col=1,endLine=4,endColumn=4,title=task-without-unit::缺少责任单位\n');
  });
  it('json and unix', async () => {
    const j = JSON.parse((await run(['check', 'bad.txt', '-f', 'json'], dir)).out);
    expect(j[0]).toMatchObject({ filePath: 'bad.txt', errorCount: 1 });
    expect(j[0].messages[0]).toEqual({ ruleId: 'numbering-gap', severity: 'error', message: '编号不连续：应为“（二）”，实为“（三）”', line: 4, column: 1, endLine: 4, endColumn: 4 });
    expect((await run(['check', 'bad.txt', '-f', 'unix'], dir)).out).toContain('bad.txt:4:1: 缺少责任单位 [warning/task-without-unit]\n');
  });
  it('sarif: valid against the SARIF 2.1.0 schema', async () => {
    const log = JSON.parse((await run(['check', 'bad.txt', 'good.txt', '-f', 'sarif'], dir)).out);
    const ajv = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(readFileSync('tests/data/sarif-2.1.0.json', 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'numbering-gap', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.txt' }, region: { startLine: 4, startColumn: 1 } } }] });
  });
  it('an unknown format is exit 2', async () => {
    expect((await run(['check', 'bad.txt', '-f', 'xml'], dir)).code).toBe(2);
  });
});

describe('configuration', () => {
  it('found by walking up; severities per rule and presets', async () => {
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'd.txt'), '2024年工作要点\n一、任务\n（一）加强宣传。做好宣传，6月底前完成。\n');
    expect((await run(['check', 'drafts/d.txt'], dir)).code).toBe(0);
    writeFileSync(join(dir, '.plan2ledgerrc'), 'check:\n  rules:\n    task-without-unit: error\n');
    expect((await run(['check', 'drafts/d.txt'], dir)).code).toBe(1);
    writeFileSync(join(dir, '.plan2ledgerrc'), 'check:\n  preset: strict\n');
    expect((await run(['check', 'drafts/d.txt'], dir)).code).toBe(1);
    rmSync(join(dir, '.plan2ledgerrc'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', plan2ledger: { check: { rules: { 'task-without-unit': 'error' } } } }));
    expect((await run(['check', 'drafts/d.txt'], dir)).code).toBe(1);
  });
  it('a misspelt key is an error at its line and column, exit 2', async () => {
    writeFileSync(join(dir, '.plan2ledgerrc.yaml'), 'check:\n  preset: strict\n  rulez:\n    x: off\n');
    const r = await run(['check', 'good.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`${join(dir, '.plan2ledgerrc.yaml')}:3:3: 配置有误：check 中没有“rulez”这一项（是否拼写有误？）`);
    writeFileSync(join(dir, '.plan2ledgerrc.yaml'), 'check:\n  rules:\n    numbering-gapp: off\n');
    expect((await run(['check', 'good.txt'], dir)).err).toContain(':3:5: 配置有误：没有名为“numbering-gapp”的检查规则');
    writeFileSync(join(dir, '.plan2ledgerrc.yaml'), 'check: [\n');
    expect((await run(['check', 'good.txt'], dir)).err).toMatch(/\.plan2ledgerrc\.yaml:\d+:\d+: 配置文件无法读取（YAML 格式错误/);
  });
  it('the schema lists every rule', () => {
    const schema = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8'));
    expect(schema.properties.check.properties.rules.propertyNames.enum.filter((id: string) => id !== 'table-row-misfit').sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe('an office policy (--schema)', () => {
  it('reports each violation in Chinese at the task it is about', async () => {
    writeFileSync(
      join(dir, 'policy.json'),
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        properties: { tasks: { items: { properties: { units: { properties: { lead: { minItems: 1 } } } } } } },
      }),
    );
    writeFileSync(join(dir, 'p.txt'), '2024年工作要点\n一、任务\n（一）加强宣传。县委宣传部负责，6月底前完成。\n（二）加强督查。做好督查，9月底前完成。\n');
    const r = await run(['check', 'p.txt', '--schema', 'policy.json', '-f', 'unix'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('p.txt:4:1: 不符合 policy.json 的要求：1.2 units.lead 不应少于 1 个项 [error/policy]');
    writeFileSync(join(dir, 'broken.json'), '{');
    expect((await run(['check', 'p.txt', '--schema', 'broken.json'], dir)).code).toBe(2);
    // a syntax error is placed at its line, in Chinese
    writeFileSync(join(dir, 'broken.json'), '{"type": "object",\n "properties": {\n   "tasks" 2}}');
    const broken = await run(['check', 'p.txt', '--schema', 'broken.json'], dir);
    expect(broken.err.trim()).toBe(`${join(dir, 'broken.json')}:3:12: 无法读取或编译 JSON Schema（JSON 格式错误）`);
    const missing = await run(['check', 'p.txt', '--schema', 'nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.json:1:1: 无法读取或编译 JSON Schema（找不到路径，ENOENT）');
  });
});
