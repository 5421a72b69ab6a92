/** Validates a ledger against schemas/ledger.schema.json (compiled once, on first use). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Ledger } from '../types.js';

/** Path of the ledger JSON Schema shipped with the package. */
export const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/ledger.schema.json', import.meta.url));

let compiled: ValidateFunction | undefined;

/** The ledger schema as text. */
export function schemaText(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}

/** Errors of `ledger` against the schema, as `path: message` lines; empty when valid. */
export function validateLedger(ledger: Ledger): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    compiled = ajv.compile(JSON.parse(schemaText()));
  }
  if (compiled(ledger)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? ''}`);
}
