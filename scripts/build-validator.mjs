#!/usr/bin/env node
// Part of `npm run build`: compiles schemas/ledger.schema.json once into standalone validation code
// (dist/ledger/ledger-validator.cjs), so that a run loads a small module instead of compiling the
// schema with ajv every time (about 130 ms of every start-up).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true } });
const schema = readFileSync('schemas/ledger.schema.json', 'utf8');
const validate = ajv.compile(JSON.parse(schema));
mkdirSync('dist/ledger', { recursive: true });
const code = standaloneCode.default ? standaloneCode.default(ajv, validate) : standaloneCode(ajv, validate);
// the schema it was made from, so that a stale validator is never used against a changed schema
const hash = createHash('sha256').update(schema).digest('hex');
writeFileSync('dist/ledger/ledger-validator.cjs', `${code}\nmodule.exports.schemaSha256 = ${JSON.stringify(hash)};\n`);
