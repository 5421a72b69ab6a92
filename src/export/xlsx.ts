/** The 台账 workbook (placeholder replaced in the spreadsheet change). */
import type { Exporter } from './index.js';

const xlsx: Exporter = {
  extension: '.xlsx',
  binary: true,
  render: () => {
    throw new Error('xlsx');
  },
};
export default xlsx;
