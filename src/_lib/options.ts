/**
 * The `options` argument of the functions whose options are checked by hand (functions and
 * catalogs that no schema copies): one rule for all of them.
 *
 * @module
 */
import { readable } from './boundary.js';
import { formatPath } from './describe.js';
import { isPlainRecord } from './fast.js';
import { fail } from './parse.js';

/**
 * The options a caller passed, read once into a plain copy: nothing (`undefined`) is no
 * options; anything else must be a plain object whose keys are among `names`. Its fields are
 * copied as they are: each function checks its own.
 *
 * @throws BuygridInputError naming `options` when it is not a plain object (`null`, an array,
 *   a number, a `Date`…) or throws when read, and `options.<key>` for a key that is no option
 *   or an option that throws when read.
 */
export function optionsOf<K extends string>(options: unknown, names: readonly K[]): Partial<Record<K, unknown>> {
  if (options === undefined) return {};
  const keys = readable(() => {
    if (!isPlainRecord(options)) {
      fail('options', `an object { ${names.join('?, ')}? }, or nothing`, options, 'invalid-type');
    }
    return Object.keys(options);
  }, 'options');
  const record = options as Readonly<Record<string, unknown>>;
  const read: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    const path = formatPath([key], 'options');
    const value = readable(() => record[key], path);
    if (!(names as readonly string[]).includes(key))
      fail(path, `no such option (${names.join(', ')})`, value, 'unknown-key');
    read[key as K] = value;
  }
  return read;
}
