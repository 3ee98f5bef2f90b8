/**
 * Values built on first use: the zod schemas of every module cost nothing at import
 * (issue 15: no work at import beyond declarations).
 *
 * @module
 */

/**
 * Returns a function that builds the value on its first call and returns that same value on
 * every later call. Wrap it as `/* @__PURE__ *\/ lazy(() => …)` so that a bundler drops an
 * unused one.
 */
export function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
