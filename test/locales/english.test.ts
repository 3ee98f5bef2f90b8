import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../../src/explain/messages.js';
import en from '../../src/locales/en.js';
import { formatFor } from '../../src/locales/format.js';
import { results } from './results.js';
import { RISK_REDUCERS, RISK_REDUCER_IDS } from '../../src/risk/reducers.js';
import { assessRisk } from '../../src/risk/index.js';
import { explain, LABEL_KINDS } from '../../src/explain/index.js';
import el from '../../src/locales/el.js';
import fa from '../../src/locales/fa.js';

/** Every reason, warning, rejection, action, strategy and flag in a result: an object with a code, params and a message. */
function said(value: unknown, out: { code: string; params: unknown; message: string }[] = []) {
  if (typeof value !== 'object' || value === null) return out;
  const v = value as { code?: unknown; params?: unknown; message?: unknown };
  if (typeof v.code === 'string' && typeof v.message === 'string' && v.params !== undefined)
    out.push({ code: v.code, params: v.params, message: v.message });
  for (const inner of Object.values(value)) said(inner, out);
  return out;
}

// The English templates reproduce the messages the modules write, word for word: a result of
// every kind (test/explain/samples.ts) and the situations, risks, refusals and CRM readings
// of ./results.ts.
const found = said(results());

describe('the English catalog', () => {
  it('is compared on many codes (the check is not vacuous)', () => {
    expect(new Set(found.map((s) => s.code)).size).toBeGreaterThan(60);
  });

  it('writes, from the params, the very message the library writes beside each code', () => {
    const f = formatFor(en);
    for (const { code, params, message } of found) {
      expect(Object.keys(en.messages), code).toContain(code);
      const text = (en.messages[code as MessageCode] as (p: unknown, f: unknown) => string)(params, f);
      expect(text, code).toBe(message);
    }
  });
});

describe('the reducer labels', () => {
  it("in English are the risk module's own labels of each reducer (one wording, held by this test)", () => {
    for (const id of RISK_REDUCER_IDS) expect(en.labels.reducer[id], id).toBe(RISK_REDUCERS[id].label);
    expect(LABEL_KINDS.reducer).toEqual(RISK_REDUCER_IDS);
  });
  it("name the best reducer of a risk assessment in the catalog's language, not in English", () => {
    const risk = assessRisk({
      profile: { supplierRelationship: 'new', importance: 'strategic', leadTimeCritical: true },
    });
    const best = risk.reducers[0];
    expect(best).toBeDefined();
    if (best === undefined) return;
    expect(explain(risk)).toContain(best.label);
    for (const locale of [el, fa]) {
      const text = explain(risk, { locale });
      expect(text).toContain(locale.labels.reducer[best.id]);
      expect(text).not.toContain(best.label);
    }
  });
});
