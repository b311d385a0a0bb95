/** Library entry point: the analyzer and its model, for use without the CLI. */
export { analyze, analyzeDocument } from './analyze.js';
export { prepareDocument, type PreparedDocument } from './text/document.js';
export { decode, DecodeError } from './text/decode.js';
export * from './model/report.js';
