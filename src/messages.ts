/**
 * Every user-facing message, in Simplified Chinese, in one place. Texts carry no place: `at` puts the
 * file, line and column in front where a message about input is printed on its own.
 */

/**
 * Runs `fn` with stack traces off. A diagnostic is an Error (vfile's VFileMessage), which takes the stack
 * where it is made although nothing shows it: for a plan of 20,000 numbering restarts, 60 ms and their garbage.
 */
export function withoutStacks<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `file:line:column: text`, the way compilers and editors print a message about a place in a file. */
export function at(path: string, text: string, line = 1, column = 1): string {
  return `${path}:${line}:${column}: ${text}`;
}

/** What common system error codes mean, for a clerk; the code stays beside it for whoever searches it. */
const ERRNO: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出磁盘配额',
  EACCES: '没有权限',
  EPERM: '不允许此操作',
  EROFS: '只读的磁盘或文件夹',
  ENAMETOOLONG: '文件名过长',
  ENOTDIR: '路径中有一级不是文件夹',
  EISDIR: '这是一个文件夹',
  ENOENT: '找不到路径',
  EBUSY: '文件正被占用',
  EMFILE: '同时打开的文件过多',
  EIO: '读写设备出错',
  EPIPE: '接收输出的程序已关闭',
};

/** `why` (a system error code, or a message) as the user reads it: 磁盘空间不足，ENOSPC. */
export function errnoText(why: string): string {
  const text = Object.hasOwn(ERRNO, why) ? ERRNO[why] : undefined;
  return text ? `${text}，${why}` : why;
}

export const MSG = {
  fileMissing: () => `找不到文件，请检查路径是否正确`,
  cwdMissing: () => `当前所在的文件夹已不存在（可能已被删除），请先进入一个存在的文件夹再运行`,
  fileIsDir: () => `这是一个文件夹，不是方案文件`,
  fileUnreadable: (why: string) => `无法读取文件（${errnoText(why)}）`,
  fileIsDevice: () => `这是设备文件，不是方案文件`,
  fileTooLarge: (max: number) => `文件超过 ${+(max / 2 ** 20).toFixed(1)} MB 上限，未读取；确需转换时可用 --max-size 调大`,
  badMaxSize: (v: string) => `--max-size 的取值“${v}”无效，请写以 MB 计的正数，如 --max-size 100`,
  fileEmpty: () => `文件为空，没有可以转换的内容`,
  fileBinary: () => `这不是文本文件（看起来是二进制文件），请提供 .txt 或 .md 格式的方案`,
  fileDocx: () => `不是可读的 Word 文档（.docx）：文件已损坏，或是其他压缩包`,
  fileDoc: () => `这是旧版 Word 文件（.doc），请在 Word 或 WPS 中另存为 .docx 或 .txt 后再转换`,
  pdfScanned: () => `这是扫描版 PDF（没有文字层），无法读取文字；请先做文字识别（OCR），或提供 Word、文本格式的方案`,
  pdfBroken: () => `无法读取这个 PDF（文件损坏或已加密）`,
  docxBomb: () => `这个 .docx 解压后过大或文件数过多，可能是恶意文件，已拒绝读取`,
  fileEncoding: () => `无法识别文件编码（支持 UTF-8、UTF-16、GB18030/GBK、Big5）`,
  noSections: () => `没有找到任何编号条目（一、（一）1. 等），请确认这是一份工作方案`,
  schemaInvalid: (errors: string) => `生成的台账未通过校验，请将此文件反馈给开发者：\n${errors}`,
  outputExists: (path: string) => `${path}: 文件已存在，未覆盖；如需覆盖请加 --force，或用 -o 指定其他位置`,
  outputFailed: (path: string, why: string) => `${path}: 写入失败（${errnoText(why)}）`,
  outputIsInput: (path: string) => `${path}: 这是输入文件或符号链接，不会被输出覆盖；请用 -o 指定其他位置`,
  stdoutFailed: (why: string) => `<标准输出>: 写入失败（${errnoText(why)}）`,
  binaryToTerminal: (f: string) => `${f} 是二进制格式，不能打印到屏幕；请用 -o 指定文件，或用 -o - 明确写到标准输出`,
  formatMismatch: (f: string, path: string) => `输出格式“${f}”与文件名 ${path} 的扩展名不符；请去掉 -f 或改用相应的扩展名`,
  unknownExtension: (path: string, known: string) => `无法从文件名 ${path} 判断输出格式（可用扩展名：${known}），请用 -f 指定`,
  unknownFormat: (f: string, known: string) => `不支持的输出格式“${f}”，可用：${known}`,
  badYear: (y: string) => `年份“${y}”无效，请写 1949 至 2100 之间的四位数年份，如 --year 2024`,
  unknownOption: (o: string) => `未知选项 ${o}，可用 plan2ledger --help 查看用法`,
  optionArgument: (o: string) => `选项 ${o} 缺少取值，可用 plan2ledger --help 查看用法`,
  tooManyArguments: () => `参数过多：一次转换一个方案文件，可用 plan2ledger --help 查看用法`,
  unknownCommand: (c: string) => `未知命令 ${c}，可用 plan2ledger --help 查看用法`,
  noBatchInput: () => `请指定要批量转换的文件夹、文件或通配符，例如：plan2ledger batch 档案/ -o 台账/`,
  noBatchOutput: () => `请用 -o 指定输出文件夹（或用 --combined 指定汇总工作簿，或用 --ndjson 输出到标准输出）`,
  badJobs: (v: string) => `--jobs 的取值“${v}”无效，请写正整数`,
  badShard: (v: string) => `--shard 的取值“${v}”无效，请写成 i/n（i 从 0 到 n-1），如 --shard 0/4`,
  batchSkipped: () => `输出已是最新，跳过`,
  batchProgress: (done: number, total: number, failed: number, rate: number, eta: number) =>
    `已处理 ${done}/${total} 个文件（失败 ${failed}）  ${rate.toFixed(1)} 个/秒  剩余约 ${Math.ceil(eta)} 秒`,
  batchDone: (ok: number, failed: number, skipped: number, secs: number, summary: string | null) =>
    `完成：${ok} 个成功，${failed} 个失败，${skipped} 个跳过，用时 ${secs.toFixed(1)} 秒${summary ? `；明细见 ${summary}` : ''}`,
  unknownReport: (f: string, known: string) => `不支持的报告格式“${f}”，可用：${known}`,
  noCheckInput: () => `请指定要检查的方案文件、文件夹或通配符，例如：plan2ledger check 方案.txt（用 - 表示从标准输入读取）`,
  badToday: (v: string) => `--today 的取值“${v}”无效，请写成 YYYY-MM-DD，如 --today 2024-06-30`,
  badPreset: (v: string) => `--preset 的取值“${v}”无效，可用：recommended、strict`,
  badMaxWarnings: (v: string) => `--max-warnings 的取值“${v}”无效，请写非负整数`,
  globNoMatch: (g: string) => `${g}: 没有匹配的方案文件（.txt、.md）`,
  schemaUnreadable: (why: string) => `无法读取或编译 JSON Schema（${errnoText(why)}）`,
  noInput: () => `请指定要转换的方案文件，例如：plan2ledger 方案.txt（用 - 表示从标准输入读取）`,
  written: (path: string, sections: number, tasks: number, noUnit: number, noDeadline: number) =>
    `已生成 ${path}：${sections} 个条目，${tasks} 项任务（${noUnit} 项未写明责任单位，${noDeadline} 项未写明完成时限）`,
  internal: (why: string) => `处理时出现内部错误：${why}`,
  pageNumbersRemoved: (n: number) => `已去除 ${n} 处 PDF 页码`,
  configUnreadable: (why: string) => `配置文件无法读取（${errnoText(why)}）`,
  configInvalid: (why: string) => `配置有误：${why}`,
  configUnknownKey: (key: string, where: string) => `${where} 中没有“${key}”这一项（是否拼写有误？）`,
  configUnknownRule: (id: string) => `没有名为“${id}”的检查规则`,
  configBadValue: (where: string, allowed: string) => `${where} 的取值应为 ${allowed} 之一`,
  configBadType: (where: string, type: string) => `${where} 的类型应为 ${type}`,
  yamlProblem: (code: string) => `YAML 格式错误：${code}`,
  jsonProblem: () => `JSON 格式错误`,
  renumbered: (marker: string, id: string) => `编号“${marker}”与同级的前一条目重复，台账中记为 ${id}`,
  taskTable: (columns: string) => `此处为任务分工表（${columns}），按行读入台账`,
  tableRowMisfit: (expected: number, found: number) => `表格此行应有 ${expected} 个单元格，实有 ${found} 个，请核对该行各列是否对应`,
  annexPart: (n: number) => `此处起为附件，作为第 ${n} 部分纳入台账，其编号前加“${n}:”`,
  newPart: (n: number) => `此处编号重新从“一”开始，视为第 ${n} 部分（另一份文件），其编号前加“${n}:”`,
} as const;

/** Findings of `plan2ledger check`: texts only; the place is the formatter's to print. */
export const LINT = {
  numberGap: (expected: string, actual: string) => `编号不连续：应为“${expected}”，实为“${actual}”`,
  numberRepeated: (actual: string) => `编号重复：“${actual}”与上一条相同`,
  numberStart: (expected: string, actual: string) => `编号应从“${expected}”开始，实为“${actual}”`,
  ladder: (child: string, parent: string) => `层级顺序不符合“一、>（一）>1.>（1）”：“${child}”位于“${parent}”之下`,
  mixedBrackets: (usual: string, here: string) => `括号混用：全文多用“${usual}”，此处为“${here}”`,
  mixedSeparators: (usual: string, here: string) => `序号标点混用：全文多用“${usual}”，此处为“${here}”`,
  noTitle: (marker: string) => `“${marker}”后缺少标题`,
  noItems: () => `没有找到任何编号条目（一、（一）1. 等），无法生成台账`,
  noUnit: () => `缺少责任单位`,
  noLead: () => `缺少牵头单位：已写明配合单位，但未写明牵头单位`,
  noDeadline: () => `缺少完成时限`,
  deadlineUnparsed: (text: string) => `完成时限“${text}”无法换算为日期`,
  deadlineBeforeYear: (text: string, year: number) => `完成时限“${text}”早于方案年份 ${year} 年`,
  deadlinePast: (text: string, today: string) => `完成时限“${text}”已过（今天是 ${today}）`,
  duplicateTitle: (title: string, line: number) => `任务标题“${title}”与第 ${line} 行的任务重复`,
  unmatchedOpen: (open: string, close: string) => `“${open}”没有对应的“${close}”`,
  unmatchedClose: (close: string) => `多余的“${close}”：前面没有对应的左括号或引号`,
  pageNumbers: (n: number) => `已去除 ${n} 处 PDF 页码，请核对此处前后文字是否连贯`,
  brokenLine: (line: number) => `第 ${line} 行在句子中间断行，已与下一行接上`,
  halfWidth: (ch: string, full: string) => `中文句中使用了半角标点“${ch}”，应为“${full}”`,
  policy: (schema: string, what: string) => `不符合 ${schema} 的要求：${what}`,
} as const;

/** Commander help texts. */
export const HELP = {
  description: '把工作方案、实施方案、工作要点等中文方案文本转换为任务台账（Excel / JSON / YAML / CSV / Markdown）',
  file: '方案文件（.txt、.md、Word .docx 或有文字层的 PDF；文本可为 UTF-8、GBK、Big5 等编码）；用 - 从标准输入读取',
  batchFormat: '输出格式：xlsx（默认）、json、yaml、csv、md',
  format: '输出格式：xlsx、json、yaml、csv、md（默认：按 -o 的扩展名，否则 xlsx）',
  output: '输出文件或文件夹（默认：Excel 写在方案旁边，其他格式打印到屏幕）',
  force: '允许覆盖已存在的输出文件',
  year: '指定方案年份（覆盖从文中识别的年份），如 2024',
  title: '台账的标题（默认用方案自己的标题）；从标准输入读取时也用作输出文件名',
  maxSize: '最大输入大小（MB，默认 50），防止误读超大文件或无尽数据流',
  config: '配置文件（单位名称与简称），默认在方案所在文件夹及上级查找 .plan2ledgerrc.yaml',
  schema: '打印台账的 JSON Schema',
  batch: '批量转换：文件夹（含子文件夹）、文件或通配符，按原目录结构写入输出文件夹，多核并行，单个文件出错不影响其他文件',
  batchFiles: '要转换的文件夹、文件或通配符（如 "档案/**/*.txt"）',
  batchOutput: '输出文件夹（不存在时自动创建）；其中写入 summary.json',
  jobs: '并行的工作线程数（默认：CPU 核数减一，至少 1）',
  shard: '只处理其中一份：i/n（i 从 0 到 n-1，按相对路径的哈希稳定分配），用于多台机器分工',
  resume: '跳过输出比输入新、且由本版本生成的文件',
  combined: '另生成一个汇总工作簿：所有方案的任务在一张表中，首列为来源文件',
  ndjson: '每个台账一行 JSON，输出到标准输出（便于导入数据库）',
  check: '检查方案草稿：编号、责任单位、完成时限、括号等，按文件:行:列报告；退出码 0 无错误，1 有错误，2 无法运行',
  checkFiles: '方案文件、文件夹或通配符（如 "草稿/**/*.txt"）；用 - 从标准输入读取',
  checkFormat: '报告格式：stylish（默认）、json、github、sarif、unix',
  maxWarnings: '警告超过此数时以退出码 1 结束',
  quiet: '只报告错误',
  policy: '本单位的 JSON Schema，台账须符合（如每项任务须有牵头单位）',
  today: '今天的日期（YYYY-MM-DD），早于它的完成时限报为已过',
  preset: '规则预设：recommended（默认）或 strict',
  noColor: '不使用颜色',
  version: '显示版本号',
  help: '显示帮助',
} as const;
