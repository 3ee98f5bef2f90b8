import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCyrillic, latinTable, latinTemplate, toLatin } from '../../src/locales/sr-translit.js';

// The two Serbian alphabets, letter for letter, in the order of the Cyrillic azbuka (Pešikan,
// Jerković & Pižurica, Pravopis srpskoga jezika, Matica srpska, 2010).
const AZBUKA = Array.from('абвгдђежзијклљмнњопрстћуфхцчџш');
const AZBUKA_CAPITALS = AZBUKA.map((letter) => letter.toUpperCase());
const ABECEDA = [
  'a',
  'b',
  'v',
  'g',
  'd',
  'đ',
  'e',
  'ž',
  'z',
  'i',
  'j',
  'k',
  'l',
  'lj',
  'm',
  'n',
  'nj',
  'o',
  'p',
  'r',
  's',
  't',
  'ć',
  'u',
  'f',
  'h',
  'c',
  'č',
  'dž',
  'š',
];
const CAPITALS = [
  'A',
  'B',
  'V',
  'G',
  'D',
  'Đ',
  'E',
  'Ž',
  'Z',
  'I',
  'J',
  'K',
  'L',
  'Lj',
  'M',
  'N',
  'Nj',
  'O',
  'P',
  'R',
  'S',
  'T',
  'Ć',
  'U',
  'F',
  'H',
  'C',
  'Č',
  'Dž',
  'Š',
];

describe('toLatin: the Serbian Cyrillic alphabet in Serbian Latin (Pravopis srpskoga jezika)', () => {
  it('has the 30 letters of each alphabet', () => {
    expect(AZBUKA).toHaveLength(30);
    expect(ABECEDA).toHaveLength(30);
  });

  it.each(AZBUKA.map((cyr, i) => [cyr, ABECEDA[i]]))('writes small %s as %s', (cyr, lat) => {
    expect(toLatin(cyr)).toBe(lat);
  });

  it.each(AZBUKA_CAPITALS.map((cyr, i) => [cyr, CAPITALS[i]]))('writes capital %s as %s', (cyr, lat) => {
    expect(toLatin(cyr)).toBe(lat);
  });

  it.each([
    ['Љубав', 'Ljubav'],
    ['Његош', 'Njegoš'],
    ['Џеп', 'Džep'],
    ['ЉУБАВ', 'LJUBAV'],
    ['КЊИГА', 'KNJIGA'],
    ['ЏЕП', 'DŽEP'],
    ['ЏЏ', 'DŽDŽ'],
    ['Ђорђе Ћурчић', 'Đorđe Ćurčić'],
    ['чувари капије', 'čuvari kapije'],
    ['доносиоци одлука', 'donosioci odluka'],
    ['центар куповине', 'centar kupovine'],
    ['поџанр', 'podžanr'],
  ])('writes the word %s as %s', (cyr, lat) => {
    expect(toLatin(cyr)).toBe(lat);
  });

  it('keeps what is not a Serbian Cyrillic letter: Latin, digits, signs, other Cyrillic letters', () => {
    expect(toLatin('ID p-12, 3,5 € → «ok» йыэ')).toBe('ID p-12, 3,5 € → «ok» йыэ');
    expect(toLatin('понуда p1: 1.000 EUR')).toBe('ponuda p1: 1.000 EUR');
  });

  it('leaves no Serbian Cyrillic letter in any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => !hasCyrillic(toLatin(text))));
    const serbian = fc.string({ unit: fc.constantFrom(...AZBUKA, ...AZBUKA_CAPITALS, ' ', 'x', '1') });
    fc.assert(fc.property(serbian, (text) => !hasCyrillic(toLatin(text))));
  });

  it('is the identity on a text without Serbian Cyrillic', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!hasCyrillic(text));
        return toLatin(text) === text;
      }),
    );
  });

  it('goes letter by letter on small letters: the Latin of a concatenation is the concatenation of the Latin', () => {
    const small = fc.string({ unit: fc.constantFrom(...AZBUKA, ' ', ',', 'q') });
    fc.assert(fc.property(small, small, (a, b) => toLatin(a + b) === toLatin(a) + toLatin(b)));
  });
});

describe('latinTemplate and latinTable: only the catalog’s own words are transliterated', () => {
  const member = (p: { name: string; roles: readonly string[] }): string => `${p.name} (${p.roles.join(', ')}; утицај)`;

  it('puts the caller’s Cyrillic names back unchanged, in objects and arrays', () => {
    const latin = latinTemplate(member);
    expect(latin({ name: 'Јована Љубић', roles: ['купац', 'kupac'] })).toBe('Јована Љубић (купац, kupac; uticaj)');
  });

  it('passes numbers, booleans and Latin strings as they are, so the template can count and branch on them', () => {
    const days = latinTemplate(
      (n: number, d: string, again: boolean) => `${String(n)} дан ${d}${again ? ' опет' : ''}`,
    );
    expect(days(2, '3.5', true)).toBe('2 dan 3.5 opet');
    expect(days(1, 'x', false)).toBe('1 dan x');
  });

  it('transliterates every string and wraps every template of a nested table, copying it', () => {
    const table = { a: 'шума', b: { c: (p: { x: string }) => `жаба ${p.x}` }, n: 3 };
    const latin = latinTable(table);
    expect(latin.a).toBe('šuma');
    expect(latin.b.c({ x: 'Ђура' })).toBe('žaba Ђура');
    expect(latin.n).toBe(3);
    expect(table.a).toBe('шума');
  });
});
