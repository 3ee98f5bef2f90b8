/**
 * buygrid — how organizations buy, as typed, pure, explainable functions. The root
 * re-exports every module: `buygrid/process`, `buygrid/buying-center`,
 * `buygrid/situation`, `buygrid/risk`, `buygrid/crm`, `buygrid/prospect`,
 * `buygrid/analytics` and `buygrid/explain`.
 *
 * @packageDocumentation
 */
export * from './process/index.js';
export * from './buying-center/index.js';
export * from './situation/index.js';
export * from './risk/index.js';
export * from './analytics/index.js';
export * from './explain/index.js';
export * from './crm/index.js';
export * from './prospect/index.js';
