/** JSON: the ledger as it is, the contract other tools read; written piece by piece for large plans. */
import type { Exporter } from './index.js';
import type { Ledger } from '../types.js';

/** Elements of an array stringified in one call. */
const BATCH = 128;

/**
 * The same text as `JSON.stringify(ledger, null, 2) + '\n'`, in pieces, so that a large plan's JSON never
 * stands whole in memory. The elements of a top-level array are stringified a batch at a time inside an
 * object of one key, where they stand at the depth they have in the ledger. Each batch goes out as it
 * was made, never appended to other text: a string built by appending is copied once more, whole, when it
 * is written (that copy cost as much as the encoding and the write together).
 */
export function* jsonPieces(ledger: Ledger): Generator<string> {
  const entries = Object.entries(ledger).filter(([, v]) => v !== undefined);
  // the short text between batches (keys, brackets, commas), handed on before the next batch
  let between = '{';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k];
    const sep = k + 1 < entries.length ? ',' : '';
    const name = JSON.stringify(key);
    if (Array.isArray(value) && value.length) {
      const open = `{\n  ${name}: [`;
      const close = '\n  ]\n}';
      between += `\n  ${name}: [`;
      for (let i = 0; i < value.length; i += BATCH) {
        const batch = JSON.stringify({ [key]: value.slice(i, i + BATCH) }, null, 2);
        yield between + (i ? ',' : '');
        between = '';
        yield batch.slice(open.length, batch.length - close.length);
      }
      between += `\n  ]${sep}`;
    } else {
      between += `\n  ${name}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}${sep}`;
    }
  }
  yield between + '\n}\n';
}

const json: Exporter = {
  extension: '.json',
  binary: false,
  render: (ledger) => [...jsonPieces(ledger)].join(''),
  pieces: jsonPieces,
};
export default json;
