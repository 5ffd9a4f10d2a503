/** Rejects when `promise` has not settled after `ms`. The promise itself is not cancelled: callers use this
 * where waiting longer is worse than giving up (a hanging binding must end the request, not hold it). */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | null = null
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, deadline]).finally(() => {
    if (timer !== null) clearTimeout(timer)
  })
}
