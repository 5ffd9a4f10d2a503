// Command-line options of the bench scripts, read with node:util's parseArgs (strict: an unknown option or a
// missing value prints the error and the usage, and exits with status 2).

import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

/**
 * `options` as parseArgs takes them; `--help`/`-h` prints `help` and exits. `--json` alone, with no file after
 * it, means stdout and reads as '-' (parseArgs has no optional values); `--json -` says the same.
 */
export function readOptions(argv, options, help, { positionals = false } = {}) {
  const args = []
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1]
    if (argv[i] === '--json' && (next === undefined || next.startsWith('-'))) {
      args.push('--json=-')
      if (next === '-') i++
    } else args.push(argv[i])
  }
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: positionals,
      strict: true,
    })
  } catch (err) {
    usageError(`${err.message}\n${help}`)
  }
  if (parsed.values.help) {
    console.log(help)
    process.exit(0)
  }
  return parsed
}

/** A numeric option: undefined stays the default; anything else must be a positive number. */
export function positive(value, name, fallback) {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!(n > 0)) usageError(`--${name} must be a positive number, not ${value}`)
  return n
}

/** Prints a command-line mistake and exits with status 2, without a stack trace. */
export function usageError(message) {
  console.error(message)
  process.exit(2)
}

/**
 * Writes a bench's report where `--json` said (readOptions): '-' is stdout, a path a file, null or undefined
 * nowhere. Returns the file's path when it wrote one.
 */
export function writeJsonReport(target, report) {
  if (!target) return null
  const json = `${JSON.stringify(report, null, 2)}\n`
  if (target === '-') {
    process.stdout.write(json)
    return null
  }
  writeFileSync(target, json)
  return target
}
