/**
 * Validates a ledger against schemas/ledger.schema.json: with the code `npm run build` generated from the
 * schema (dist/ledger/ledger-validator.cjs), or, where there is none (tests run from src/), compiled once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageFile } from '../package-root.js';
import type { ValidateFunction } from 'ajv';
import type { Ledger } from '../types.js';

const require = createRequire(import.meta.url);

/** Path of the ledger JSON Schema shipped with the package. */
export const SCHEMA_PATH = packageFile('schemas/ledger.schema.json');

let compiled: ValidateFunction | undefined;

/** The validator `npm run build` generated, if it was made from the schema as it is now. */
function precompiled(): ValidateFunction | null {
  try {
    const v = require(packageFile('dist/ledger/ledger-validator.cjs')) as ValidateFunction & { schemaSha256?: string };
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    return v.schemaSha256 === createHash('sha256').update(schemaText()).digest('hex') ? v : null;
  } catch {
    return null;
  }
}

function compile(): ValidateFunction {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  return new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(schemaText()));
}

/** The ledger schema as text. */
export function schemaText(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}

/** Errors of `ledger` against the schema, as `path: message` lines; empty when valid. */
export function validateLedger(ledger: Ledger): string[] {
  if (!compiled) compiled = precompiled() ?? compile();
  if (compiled(ledger)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? ''}`);
}
