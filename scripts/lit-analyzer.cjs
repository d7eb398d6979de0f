#!/usr/bin/env node
// Runs lit-analyzer with the TypeScript 5 its own dependency
// (web-component-analyzer) ships. lit-analyzer requires "typescript" without
// declaring it, so it would otherwise load the project's TypeScript 7, which
// has no JavaScript compiler API. Arguments pass through.
const Module = require('node:module');
const path = require('node:path');

// web-component-analyzer's entry lives in its lib/; its own node_modules hold TypeScript 5.
const analyzer = require.resolve('web-component-analyzer', { paths: [path.dirname(require.resolve('lit-analyzer/package.json'))] });
const typescript = require.resolve('typescript', { paths: [path.dirname(analyzer)] });
if (require(typescript).version.split('.')[0] >= 6) throw new Error(`lit-analyzer needs TypeScript 5, found ${typescript}`);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript : resolve.call(this, request, ...rest);
};
require('lit-analyzer/cli.js');
