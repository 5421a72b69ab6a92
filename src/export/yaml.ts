/** YAML: the same ledger as the JSON, for people who read it. */
import { stringify } from 'yaml';
import type { Exporter } from './index.js';

const yaml: Exporter = {
  extension: '.yaml',
  binary: false,
  render: (ledger) => stringify(ledger, { lineWidth: 0, aliasDuplicateObjects: false }),
};
export default yaml;
