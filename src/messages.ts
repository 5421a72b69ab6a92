/** Every user-facing message, in Simplified Chinese, in one place. */

export const MSG = {
  fileMissing: (path: string) => `${path}:1:1: 找不到文件，请检查路径是否正确`,
  fileIsDir: (path: string) => `${path}:1:1: 这是一个文件夹，不是方案文件`,
  fileUnreadable: (path: string, why: string) => `${path}:1:1: 无法读取文件（${why}）`,
  fileEmpty: (path: string) => `${path}:1:1: 文件为空，没有可以转换的内容`,
  fileBinary: (path: string) => `${path}:1:1: 这不是文本文件（看起来是二进制文件），请提供 .txt 或 .md 格式的方案`,
  fileDocx: (path: string) => `${path}:1:1: 暂不支持 .docx/.zip 文件，请先另存为 .txt（UTF-8 或 GBK 编码）`,
  fileEncoding: (path: string) => `${path}:1:1: 无法识别文件编码（支持 UTF-8、UTF-16、GB18030/GBK）`,
  noSections: (path: string) => `${path}:1:1: 没有找到任何编号条目（一、（一）1. 等），请确认这是一份工作方案`,
  schemaInvalid: (path: string, errors: string) => `${path}:1:1: 生成的台账未通过校验，请将此文件反馈给开发者：\n${errors}`,
  outputExists: (path: string) => `${path}: 文件已存在，未覆盖；如需覆盖请加 --force，或用 -o 指定其他位置`,
  outputFailed: (path: string, why: string) => `${path}: 写入失败（${why}）`,
  outputIsInput: (path: string) => `${path}: 这是输入文件或符号链接，不会被输出覆盖；请用 -o 指定其他位置`,
  stdoutFailed: (why: string) => `<标准输出>: 写入失败（${why}）`,
  binaryToTerminal: (f: string) => `${f} 是二进制格式，不能打印到屏幕；请用 -o 指定文件，或用 -o - 明确写到标准输出`,
  formatMismatch: (f: string, path: string) => `输出格式“${f}”与文件名 ${path} 的扩展名不符；请去掉 -f 或改用相应的扩展名`,
  unknownExtension: (path: string, known: string) => `无法从文件名 ${path} 判断输出格式（可用扩展名：${known}），请用 -f 指定`,
  unknownFormat: (f: string, known: string) => `不支持的输出格式“${f}”，可用：${known}`,
  badYear: (y: string) => `年份“${y}”无效，请写四位数年份，如 --year 2024`,
  unknownOption: (o: string) => `未知选项 ${o}，可用 plan2ledger --help 查看用法`,
  optionArgument: (o: string) => `选项 ${o} 缺少取值，可用 plan2ledger --help 查看用法`,
  tooManyArguments: () => `参数过多：一次转换一个方案文件，可用 plan2ledger --help 查看用法`,
  unknownCommand: (c: string) => `未知命令 ${c}，可用 plan2ledger --help 查看用法`,
  noInput: () => `请指定要转换的方案文件，例如：plan2ledger 方案.txt（用 - 表示从标准输入读取）`,
  written: (path: string, sections: number, tasks: number, noUnit: number, noDeadline: number) =>
    `已生成 ${path}：${sections} 个条目，${tasks} 项任务（${noUnit} 项未写明责任单位，${noDeadline} 项未写明完成时限）`,
  internal: (path: string, why: string) => `${path}:1:1: 处理时出现内部错误：${why}`,
  pageNumbersRemoved: (n: number) => `已去除 ${n} 处 PDF 页码`,
  configUnreadable: (path: string, why: string) => `${path}:1:1: 配置文件无法读取（${why}）`,
  configInvalid: (path: string) => `${path}:1:1: 配置格式不对：units.names 应为名称列表，units.aliases 应为“简称: 全称”`,
  annexPart: (n: number) => `此处起为附件，作为第 ${n} 部分纳入台账，其编号前加“${n}:”`,
  newPart: (n: number) => `此处编号重新从“一”开始，视为第 ${n} 部分（另一份文件），其编号前加“${n}:”`,
} as const;

/** Commander help texts. */
export const HELP = {
  description: '把工作方案、实施方案、工作要点等中文方案文本转换为任务台账（Excel / JSON / YAML / CSV / Markdown）',
  file: '方案文件（.txt 或 .md，UTF-8 或 GBK 编码）；用 - 从标准输入读取',
  format: '输出格式：xlsx、json、yaml、csv、md（默认：按 -o 的扩展名，否则 xlsx）',
  output: '输出文件或文件夹（默认：Excel 写在方案旁边，其他格式打印到屏幕）',
  force: '允许覆盖已存在的输出文件',
  year: '指定方案年份（覆盖从文中识别的年份），如 2024',
  config: '配置文件（单位名称与简称），默认在方案所在文件夹及上级查找 .plan2ledgerrc.yaml',
  schema: '打印台账的 JSON Schema',
  version: '显示版本号',
  help: '显示帮助',
} as const;
