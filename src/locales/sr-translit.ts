/**
 * Serbian Cyrillic to Serbian Latin: {@link toLatin} for a text, and the helpers that derive
 * the Latin catalog from the Cyrillic one so the two never drift apart.
 *
 * The mapping is the one-to-one correspondence of the two Serbian alphabets (Vuk Karadžić's
 * Cyrillic, 30 letters; Gaj's Latin, 30 letters of which lj, nj and dž are digraphs), as the
 * Serbian orthography gives it (Pešikan, Jerković & Pižurica, *Pravopis srpskoga jezika*,
 * Matica srpska, 2010). Letters outside the Serbian alphabet (Russian й, ы, я…) are left as
 * they are.
 *
 * @module
 */

const LOWER: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

/** The Serbian Cyrillic letters, small and capital: what {@link toLatin} changes. */
const SERBIAN_CYRILLIC = /[абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ]/u;
const DIGRAPH_CAPITALS: Readonly<Record<string, string>> = { Љ: 'Lj', Њ: 'Nj', Џ: 'Dž' };
const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

/**
 * A capital Љ, Њ or Џ: `Lj` at the start of a word (Љубав → Ljubav), `LJ` inside a word
 * written in capitals (КЊИГА → KNJIGA), where the next letter, or the previous one at the
 * end of a word, is a capital too.
 */
function digraphCapital(title: string, before: string | undefined, after: string | undefined): string {
  const allCaps = isLetter(after) ? isUpper(after) : isUpper(before);
  return allCaps ? title.toUpperCase() : title;
}

/**
 * Writes a Serbian Cyrillic text in Serbian Latin, letter for letter; anything that is not a
 * Serbian Cyrillic letter (Latin letters, digits, punctuation, other scripts) is kept as is.
 *
 * @param text - a text in Serbian Cyrillic (or partly in it).
 * @returns the same text in Serbian Latin.
 */
export function toLatin(text: string): string {
  if (!SERBIAN_CYRILLIC.test(text)) return text;
  const chars = Array.from(text);
  return chars
    .map((ch, i) => {
      const small = LOWER[ch];
      if (small !== undefined) return small;
      const digraph = DIGRAPH_CAPITALS[ch];
      if (digraph !== undefined) return digraphCapital(digraph, chars[i - 1], chars[i + 1]);
      const lower = LOWER[ch.toLowerCase()];
      return lower === undefined ? ch : lower.toUpperCase();
    })
    .join('');
}

/** Whether a text holds a Serbian Cyrillic letter (one that {@link toLatin} would change). */
export const hasCyrillic = (text: string): boolean => SERBIAN_CYRILLIC.test(text);

/** Placeholders are private-use characters: no text of the catalog holds them, and {@link toLatin} keeps them. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/gu;

/**
 * A copy of a template's arguments in which each string holding Cyrillic (a caller's name,
 * an id), or a placeholder's opening character, is replaced by a numbered placeholder, kept
 * in `held`; other values (numbers, booleans, Latin strings, the `f` formatter) pass unchanged.
 */
function hold(value: unknown, held: string[]): unknown {
  if (typeof value === 'string') {
    if (!hasCyrillic(value) && !value.includes(OPEN)) return value;
    held.push(value);
    return `${OPEN}${String(held.length - 1)}${CLOSE}`;
  }
  if (Array.isArray(value)) return value.map((item) => hold(item, held));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = hold(item, held);
    return out;
  }
  return value;
}

/**
 * The Latin twin of a Cyrillic template: the caller's Cyrillic strings are held out as
 * placeholders, the template runs, its own words are transliterated, then the caller's
 * strings are put back unchanged (a name written in Cyrillic stays in Cyrillic).
 */
export function latinTemplate<A extends unknown[]>(template: (...args: A) => string): (...args: A) => string {
  return (...args: A): string => {
    const held: string[] = [];
    const out = template(...(args.map((arg) => hold(arg, held)) as A));
    return toLatin(out).replace(PLACEHOLDER, (_, index: string) => held[Number(index)] ?? '');
  };
}

/**
 * A table (labels, texts, message templates) in Serbian Latin, derived from its Cyrillic
 * original: every string through {@link toLatin}, every template through {@link latinTemplate}.
 */
export function latinTable<T>(table: T): T {
  if (typeof table === 'string') return toLatin(table) as T;
  if (typeof table === 'function') return latinTemplate(table as (...args: unknown[]) => string) as T;
  if (typeof table === 'object' && table !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(table)) out[key] = latinTable(value);
    return out as T;
  }
  return table;
}
