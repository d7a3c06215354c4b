/** A translation of a namespace: exactly the keys of the Dutch one, each a message of its own. */
export type Vertaling<T> = { readonly [K in keyof T]: string };
