// Type of an English translation: the Polish tree's shape, with plural keys free to differ.

/** Same nested keys as the Polish source, string leaves; plural variants are checked by a test. */
export type Translation<T> = {
  [K in keyof T as K extends `${string}_${'few' | 'many'}` ? never : K]: T[K] extends string
    ? string
    : Translation<T[K]>;
};
