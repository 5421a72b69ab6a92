/** JSON: the ledger as it is, the contract other tools read; written piece by piece for large plans. */
import type { Exporter } from './index.js';
import type { Ledger } from '../types.js';

/**
 * The same text as `JSON.stringify(ledger, null, 2) + '\n'`, in pieces: one for each element of a
 * top-level array, so that a large plan's JSON never stands whole in memory.
 */
export function* jsonPieces(ledger: Ledger): Generator<string> {
  const entries = Object.entries(ledger).filter(([, v]) => v !== undefined);
  yield '{';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k];
    const sep = k + 1 < entries.length ? ',' : '';
    if (Array.isArray(value) && value.length) {
      yield `\n  ${JSON.stringify(key)}: [`;
      for (let i = 0; i < value.length; i++) yield `\n    ${indent(JSON.stringify(value[i], null, 2) ?? 'null', '    ')}${i + 1 < value.length ? ',' : ''}`;
      yield `\n  ]${sep}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${sep}`;
    }
  }
  yield '\n}\n';
}

function indent(s: string, pad: string): string {
  return s.includes('\n') ? s.split('\n').join('\n' + pad) : s;
}

const json: Exporter = {
  extension: '.json',
  binary: false,
  render: (ledger) => [...jsonPieces(ledger)].join(''),
  pieces: jsonPieces,
};
export default json;
