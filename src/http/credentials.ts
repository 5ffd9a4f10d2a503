/** The API key a request presents, from either header; null when absent or malformed (`Basic …`, empty key). */
export function presentedKey(authorization: string | undefined, xApiKey: string | undefined): string | null {
  if (authorization !== undefined) {
    const m = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(authorization)
    return m?.[1] ?? null
  }
  const key = xApiKey?.trim()
  return key ? key : null
}
