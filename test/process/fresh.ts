// A fresh load of buygrid/process, for the tests of what the module builds once (its schemas,
// built on first use by src/_lib/lazy.ts): a mutant of them is switched on at run time, after a
// shared module has built them, so such a test loads the module anew and builds them itself.
import { vi } from 'vitest';
import type * as Process from '../../src/process/index.js';

/** The process module loaded anew (`vi.resetModules`), with no schema built yet. */
export async function freshProcess(): Promise<typeof Process> {
  vi.resetModules();
  return import('../../src/process/index.js');
}
