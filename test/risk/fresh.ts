// A fresh load of buygrid/risk, for the tests of what the module builds once (its schemas, its
// cached reasons): a mutant of them is switched on at run time, after a shared module has
// built them, so such a test loads the module anew and builds them itself.
import { vi } from 'vitest';
import type * as Risk from '../../src/risk/index.js';

/** The risk module loaded anew (`vi.resetModules`), with nothing built yet. */
export async function freshRisk(): Promise<typeof Risk> {
  vi.resetModules();
  return import('../../src/risk/index.js');
}
