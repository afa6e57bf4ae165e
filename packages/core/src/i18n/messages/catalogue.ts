/** A message catalogue: nested objects whose leaves are ICU MessageFormat strings. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/**
 * The shape every translation must have: the English tree with each leaf widened to string.
 * A translation missing a key, or carrying an extra one, fails the type check.
 */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
