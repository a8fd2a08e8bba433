// The validators of contract-guard's own files, generated as code from their schemas (scripts/validators.ts, run by
// `npm run docs`), typed here.
import type { ErrorObject } from 'ajv';
import * as generated from './validators.generated.js';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validators = generated as unknown as {
  validateConfig: Validator;
  validateFreeze: Validator;
  validateIndex: Validator;
};
