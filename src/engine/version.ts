/** Bump whenever the output for the same input can change: it is part of every cache key. */
export const ENGINE_VERSION = '0.2.23'
