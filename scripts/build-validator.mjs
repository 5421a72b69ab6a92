#!/usr/bin/env node
// Part of `npm run build`: compiles schemas/ledger.schema.json once into standalone validation code
// (dist/ledger/ledger-validator.cjs), so that a run loads a small module instead of compiling the
// schema with ajv every time (about 130 ms of every start-up).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true } });
const validate = ajv.compile(JSON.parse(readFileSync('schemas/ledger.schema.json', 'utf8')));
mkdirSync('dist/ledger', { recursive: true });
writeFileSync('dist/ledger/ledger-validator.cjs', standaloneCode.default ? standaloneCode.default(ajv, validate) : standaloneCode(ajv, validate));
