/**
 * Golden fixtures: every fixtures/seeds/*.txt beside the ledger it must produce (*.ledger.json).
 * Regenerate with UPDATE_GOLDEN=1 npm test, then review the diff like code.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertPlan } from '../src/pipeline.js';
import { validateLedger } from '../src/ledger/validate.js';

const DIR = 'fixtures/seeds';
const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('golden ledgers of the seed texts', () => {
  it('has fixtures', () => expect(texts.length).toBeGreaterThanOrEqual(5));
  it.each(texts)('%s', (name) => {
    const path = join(DIR, name);
    const { ledger } = convertPlan(readFileSync(path), path);
    expect(validateLedger(ledger)).toEqual([]);
    const golden = path.replace(/\.txt$/, '.ledger.json');
    const json = JSON.stringify(ledger, null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, json);
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
