// House rules for every OpenAPI document (4xx responses, mTLS + Bearer, /health exempt, 3.1). Ratcheted.
import { lintOpenApi } from '../lint.js';
import { ratchet, type PolicyCheck } from './context.js';

export const openapiLint: PolicyCheck = (context) => ({ findings: ratchet(context, (side) => lintOpenApi(side.docs, side.paths)) });
