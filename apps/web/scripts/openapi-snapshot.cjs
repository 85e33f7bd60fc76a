#!/usr/bin/env node
// Writes openapi.json, the committed snapshot of the API's OpenAPI document that the web client is typed against.
// It boots nothing (no database, no Redis): the document is built from the installed plugins' manifests by the
// same code that serves GET /api/openapi.json. Needs the built packages (`tsc -b tsconfig.json` at the root).
//   node scripts/openapi-snapshot.cjs           write openapi.json
//   node scripts/openapi-snapshot.cjs --check   exit 1 when openapi.json differs from what the code produces
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SNAPSHOT = path.join(__dirname, '..', 'openapi.json');

/** The document, as stable text: the server's document for every installed plugin, at the API's version. */
function currentDocumentText() {
  const { apiDocumentForPlugins } = require('@hms/core');
  const { INSTALLED_PLUGINS } = require('@hms/api');
  const { version } = require('@hms/api/package.json');
  return `${JSON.stringify(apiDocumentForPlugins(INSTALLED_PLUGINS, version), null, 2)}\n`;
}

function committedDocumentText() {
  return fs.existsSync(SNAPSHOT) ? fs.readFileSync(SNAPSHOT, 'utf8') : '';
}

if (require.main === module) {
  const current = currentDocumentText();
  if (process.argv.includes('--check')) {
    const fresh = committedDocumentText() === current;
    console.log(
      fresh ? 'openapi.json is up to date' : 'openapi.json is stale: run `pnpm --filter @hms/web generate:api`',
    );
    process.exit(fresh ? 0 : 1);
  }
  fs.writeFileSync(SNAPSHOT, current);
  console.log(`wrote ${path.relative(process.cwd(), SNAPSHOT)}`);
}

module.exports = { currentDocumentText, committedDocumentText, SNAPSHOT };
