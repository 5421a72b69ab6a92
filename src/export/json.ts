/** JSON: the ledger as it is, the contract other tools read; written piece by piece for large plans. */
import type { Exporter } from './index.js';
import type { Ledger } from '../types.js';

/** Elements of an array stringified in one call. */
const BATCH = 128;
/** A piece is handed on once it holds this many characters (so a write is a few, not thousands, of calls). */
const PIECE = 1 << 16;

/**
 * The same text as `JSON.stringify(ledger, null, 2) + '\n'`, in pieces of about 64 K characters, so that
 * a large plan's JSON never stands whole in memory. The elements of a top-level array are stringified a
 * batch at a time inside an object of one key, where they stand at the depth they have in the ledger.
 */
export function* jsonPieces(ledger: Ledger): Generator<string> {
  const entries = Object.entries(ledger).filter(([, v]) => v !== undefined);
  let buf = '{';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k];
    const sep = k + 1 < entries.length ? ',' : '';
    const name = JSON.stringify(key);
    if (Array.isArray(value) && value.length) {
      const open = `{\n  ${name}: [`;
      const close = '\n  ]\n}';
      buf += `\n  ${name}: [`;
      for (let i = 0; i < value.length; i += BATCH) {
        const batch = JSON.stringify({ [key]: value.slice(i, i + BATCH) }, null, 2);
        buf += (i ? ',' : '') + batch.slice(open.length, batch.length - close.length);
        if (buf.length >= PIECE) {
          yield buf;
          buf = '';
        }
      }
      buf += `\n  ]${sep}`;
    } else {
      buf += `\n  ${name}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}${sep}`;
    }
  }
  yield buf + '\n}\n';
}

const json: Exporter = {
  extension: '.json',
  binary: false,
  render: (ledger) => [...jsonPieces(ledger)].join(''),
  pieces: jsonPieces,
};
export default json;
