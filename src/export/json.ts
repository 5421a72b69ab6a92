/** JSON: the ledger as it is, the contract other tools read. */
import type { Exporter } from './index.js';

const json: Exporter = {
  extension: '.json',
  binary: false,
  render: (ledger) => JSON.stringify(ledger, null, 2) + '\n',
};
export default json;
