import { describe, expect, it } from 'vitest';
import { explain, label } from '../../src/explain/index.js';
import el from '../../src/locales/el.js';
import { formatFor } from '../../src/locales/format.js';
import nl from '../../src/locales/nl.js';
import { samples } from '../explain/samples.js';

// The terms are those of docs/i18n.md (the Dutch and Greek glossaries), each with its source there.

describe('the Dutch catalog speaks the terms of Dutch B2B marketing and purchasing', () => {
  it('names the roles of the inkoopcentrum as the Dutch seed and Wikimarketing do, not the seed’s French "Déciders"', () => {
    expect(label('role', 'prescriber', { locale: nl })).toBe('voorschrijver');
    expect(label('role', 'buyer', { locale: nl })).toBe('koper');
    expect(label('role', 'advisor', { locale: nl })).toBe('adviseur');
    expect(label('role', 'decider', { locale: nl })).toBe('beslisser');
    expect(Object.values(nl.labels.role).join(' ')).not.toMatch(/d[ée]cider/i);
  });

  it('names the buyclasses as Dutch textbooks do, not the seed’s calques "identieke" and "gemodificeerde aankoop"', () => {
    expect(nl.labels.buyclass).toEqual({
      'new-task': 'nieuwe aankoop',
      'modified-rebuy': 'gewijzigde herhalingsaankoop',
      'straight-rebuy': 'ongewijzigde herhalingsaankoop',
    });
  });

  it('names the first step behoefteherkenning, not the seed’s "Uiterlijk van nood", and a routine purchase routinematig, not "banaal"', () => {
    expect(nl.labels.step['need-recognition']).toBe('behoefteherkenning');
    expect(nl.labels.importance.banal).toBe('routinematig');
    const all = JSON.stringify(nl.labels);
    expect(all).not.toMatch(/uiterlijk|nood|banaal/i);
  });

  it('names Kraljic’s quadrants as NEVI does, and the EU procedures as the Dutch text of Directive 2014/24/EU', () => {
    expect(nl.labels.quadrant).toEqual({
      strategic: 'strategische producten',
      leverage: 'hefboomproducten',
      bottleneck: 'knelpuntproducten',
      'non-critical': 'routineproducten',
    });
    expect(nl.labels.procedure.restricted).toBe('niet-openbare procedure');
    expect(nl.labels.procedure['competitive-dialogue']).toBe('concurrentiegerichte dialoog');
  });

  it('explains a result in Dutch words and Dutch numbers', () => {
    const s = samples();
    expect(explain(s['buyclass-result'], { locale: nl })).toMatch(/^gewijzigde herhalingsaankoop \(zekerheid 0,\d/);
    expect(explain(s['expected-size'], { locale: nl })).toMatch(/^verwacht inkoopcentrum: /);
    expect(explain(s['buying-center'], { locale: nl })).toContain('beslisser');
  });

  it('chooses the Dutch plural form through Intl (1 dag, 2 dagen, 1,5 dagen)', () => {
    const f = formatFor(nl);
    const open = (days: number): string =>
      nl.texts['purchase-state'].open({ id: 'p', need: 'n', step: 's', index: 1, of: 5, days }, f);
    expect(open(1)).toContain('1 dag bezig');
    expect(open(2)).toContain('2 dagen bezig');
    expect(open(1.5)).toContain('1,5 dagen bezig');
  });
});

describe('the Greek catalog speaks the terms of Greek B2B marketing and purchasing', () => {
  it('names the buyclasses and the roles of the κέντρο αγορών', () => {
    expect(el.labels.buyclass).toEqual({
      'new-task': 'νέα αγορά',
      'modified-rebuy': 'τροποποιημένη επαναγορά',
      'straight-rebuy': 'απλή επαναγορά',
    });
    expect(label('role', 'decider', { locale: el })).toBe('αποφασίζων');
    expect(label('role', 'gatekeeper', { locale: el })).toBe('θυρωρός');
  });

  it('names the EU procedures as the Greek text of Directive 2014/24/EU (and Cyprus Law 73(I)/2016)', () => {
    expect(el.labels.procedure.open).toBe('ανοικτή διαδικασία');
    expect(el.labels.procedure.restricted).toBe('κλειστή διαδικασία');
    expect(el.labels.procedure['innovation-partnership']).toBe('σύμπραξη καινοτομίας');
    expect(el.labels.organizationType['public-body']).toBe('οργανισμός του Δημοσίου');
  });

  it('explains a result in Greek words and Greek numbers, separating with the ano teleia, never ";" (the Greek question mark)', () => {
    const s = samples();
    expect(explain(s['buyclass-result'], { locale: el })).toMatch(/^τροποποιημένη επαναγορά \(βεβαιότητα 0,\d/);
    const center = explain(s['buying-center'], { locale: el });
    expect(center).toContain('αποφασίζων· ');
    // The kinds whose whole text is the catalog's (no message of a module in it).
    for (const kind of [
      'buying-center',
      'crm-role',
      'purchase-state',
      'account-history',
      'purchase-summary',
    ] as const) {
      expect(explain(s[kind], { locale: el, now: '2026-04-01T09:00:00Z' }), kind).not.toMatch(/;/);
    }
    expect(JSON.stringify(el.labels)).not.toMatch(/;/);
  });

  it('chooses the Greek plural form through Intl (1 ημέρα, 2 ημέρες)', () => {
    const f = formatFor(el);
    expect(el.texts['prospect-analysis'].idle({ days: 1 }, f)).toBe('1 ημέρα από το τελευταίο γεγονός');
    expect(el.texts['prospect-analysis'].idle({ days: 2 }, f)).toBe('2 ημέρες από το τελευταίο γεγονός');
  });
});
