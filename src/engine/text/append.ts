/**
 * Pushes `items` onto `target` one by one. `target.push(...items)` passes every item as an argument on the stack,
 * and a text of a few hundred thousand characters can hold a list long enough to overflow it (133,000 quotations
 * nested in one: RangeError).
 */
export function append<T>(target: T[], items: readonly T[], each?: (item: T) => T): void {
  for (const item of items) target.push(each ? each(item) : item)
}

/** Math.max(floor, ...values) — NaN if any is — without spreading the values into its arguments (see append). */
export function maxOf(floor: number, values: Iterable<number>): number {
  let max = floor
  for (const v of values) if (v > max || Number.isNaN(v)) max = v
  return max
}
