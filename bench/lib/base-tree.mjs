// The engine of a commit beside the engine of the working tree, for the A/B tools (bench:compare and
// bench:instructions --base): src/ at the commit is unpacked inside the repository, so that its imports of packages
// resolve to the same node_modules, and both trees are bundled as `npm run bench` bundles the engine.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { usageError } from './args.mjs'
import { repoRoot } from './corpus.mjs'
import { buildEngine, firstLine } from './engine.mjs'

/**
 * `{ baseCommit, same, base, new }`: the short commit `ref` names, whether its src/ is the working tree's (an A/A
 * run), and the two engines as buildEngine returns them (bundled apart: two module instances, no shared state),
 * written under `outDir`. Exits with a usage error when `ref` is not a commit, and with status 1 when either tree
 * does not build.
 */
export async function buildBaseAndWorkingTree(ref, outDir) {
  let commit
  let tar
  try {
    commit = git(['rev-parse', '--short', '--verify', `${ref}^{commit}`])
      .toString()
      .trim()
    tar = git(['archive', '--format=tar', commit, 'src'])
  } catch {
    usageError(`--base ${ref}: not a commit of this repository`)
  }
  const baseRoot = path.join(outDir, 'base-tree')
  rmSync(baseRoot, { recursive: true, force: true })
  mkdirSync(baseRoot, { recursive: true })
  execFileSync('tar', ['-x', '-C', baseRoot], { input: tar })
  const same =
    git(['status', '--porcelain', '--', 'src']).length === 0 &&
    git(['diff', '--quiet', commit, '--', 'src'], true)
  return {
    baseCommit: commit,
    same,
    base: await buildOrExit(baseRoot, path.join(outDir, 'base'), `src/ at ${commit}`),
    new: await buildOrExit(repoRoot, path.join(outDir, 'new'), "the working tree's src/"),
  }
}

async function buildOrExit(root, outDir, what) {
  try {
    return await buildEngine(root, outDir)
  } catch (err) {
    console.error(`the engine of ${what} does not build: ${firstLine(err)}`)
    process.exit(1)
  }
}

/** `git args` in the repository: its stdout, or with `ok`, whether it exited with 0. */
function git(args, ok = false) {
  try {
    const out = execFileSync('git', args, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    })
    return ok ? true : out
  } catch (err) {
    if (ok) return false
    throw err
  }
}
