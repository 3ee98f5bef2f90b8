/**
 * buygrid — how organizations buy, as typed, pure, explainable functions. The root
 * re-exports every module: `buygrid/process`, `buygrid/buying-center`,
 * `buygrid/situation`, `buygrid/risk`, `buygrid/crm` and
 * `buygrid/prospect`.
 *
 * @packageDocumentation
 */
export * from './process/index.js';
export * from './buying-center/index.js';
export * from './situation/index.js';
export * from './risk/index.js';
export * from './crm/index.js';
export * from './prospect/index.js';
