/**
 * The Persian message templates: one per code of every reason, warning, rejection, action
 * and strategy. Filled in once the codes are collected.
 *
 * @module
 */
import type { MessageTable } from './catalog.js';

/** The Persian message templates, one per code. */
export const messages = {} satisfies MessageTable;
