/** SARIF 2.1.0, for code-scanning uploads (GitHub, GitLab, Azure DevOps). */
import type { Formatter } from './types.js';
import { flat } from './place.js';
import { RULES } from '../lint/index.js';
import { VERSION } from '../version.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const sarif: Formatter = (results) => {
  const used = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? 'plan2ledger')));
  const rules = [...used].sort().map((id) => ({ id, shortDescription: { text: RULES.find((r) => r.id === id)?.description ?? id } }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan2ledger', version: VERSION, rules } },
        results: results.flatMap((r) =>
          r.messages.map((m) => {
            const f = flat(m);
            return {
              ruleId: f.ruleId,
              ruleIndex: rules.findIndex((x) => x.id === f.ruleId),
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: r.path.split('\\').join('/') },
                    region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column : 1) },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
export default sarif;
