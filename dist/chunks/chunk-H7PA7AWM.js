import { createRequire as __cgCreateRequire } from 'node:module';
const require = __cgCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "contract-guard",
  version: "0.1.0",
  description: 'Contract governance for "contracts are law" repositories: diff, classify and gate OpenAPI, JSON Schema and versions.yaml changes against frozen snapshots.',
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20.12"
  },
  bin: {
    "contract-guard": "dist/cli.js"
  },
  scripts: {
    start: "node dist/cli.js demo",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "npm run format:check && npm run build && npm run typecheck && node scripts/run-tests.mjs",
    conformance: "node --import tsx scripts/conformance.ts",
    bench: "npm run build && node --import tsx scripts/bench.ts",
    docs: "node --import tsx scripts/gen-rules-doc.ts",
    app: "node dist/app.js",
    format: 'prettier --write "src/**/*.ts" "test/**/*.ts" "scripts/**/*.{ts,mjs}"',
    "format:check": 'prettier --check "src/**/*.ts" "test/**/*.ts" "scripts/**/*.{ts,mjs}"',
    load: "npm run build && node --import tsx scripts/load.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@stoplight/spectral-core": "^1.24.1",
    "@stoplight/spectral-functions": "^1.11.1",
    "@stoplight/spectral-parsers": "^1.0.5",
    "@stoplight/spectral-rulesets": "^1.23.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    avsc: "^5.7.9",
    bullmq: "^5.81.5",
    diff: "^9.0.0",
    "fastest-levenshtein": "^1.0.16",
    "js-yaml": "^5.5.0",
    "jsonc-parser": "^3.3.1",
    probot: "^14.3.2",
    "prom-client": "^15.1.3",
    re2js: "^2.10.0",
    refa: "^0.12.1",
    semver: "^7.8.6",
    "simple-git": "^4.0.2",
    ulid: "^3.0.2",
    yaml: "^2.9.1",
    zeptomatch: "^2.1.0"
  },
  devDependencies: {
    "@asyncapi/diff": "^0.5.0",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    esbuild: "^0.28.2",
    "github-markdown-css": "^5.9.0",
    marked: "^18.2.1",
    "octokit-openapi-new": "npm:@octokit/openapi@23.0.2",
    "octokit-openapi-old": "npm:@octokit/openapi@21.0.0",
    "octokit-webhooks-new": "npm:@octokit/openapi-webhooks@^12.1.0",
    "octokit-webhooks-old": "npm:@octokit/openapi-webhooks@^11.0.0",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "^7.0.2"
  },
  overrides: {
    "msgpackr-extract": "3.0.4"
  },
  scarfSettings: {
    enabled: false
  }
};

export {
  package_default
};
