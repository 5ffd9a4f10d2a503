/**
 * Quotation-mark pairs, by opening mark. A mark can close several styles: „ closes with “ (German, Russian,
 * Ukrainian) or ” (Polish, Hungarian, some news feeds) — CoreNLP pairs „ only with ” and misses the first.
 */
export const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«', // German books: »…«
  '„': '“”',
  '“': '”"',
  '‘': '’',
  '‚': '‘’',
  '‹': '›',
  '›': '‹',
  '"': '"”',
  "'": "'’",
}

export function isOpeningMark(ch: string): boolean {
  return ch in CLOSERS
}

export function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
}
