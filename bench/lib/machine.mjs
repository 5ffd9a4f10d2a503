// What the numbers were measured on: a timing means little without the CPU, the core count, the Node
// version, the load on the machine and the commit of the code that ran.
import { execFileSync } from 'node:child_process'
import os from 'node:os'

function git(root, args) {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}

export function machineInfo(root) {
  const cpus = os.cpus()
  const dirty = git(root, ['status', '--porcelain', '--', 'src'])
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    mhz: cpus[0]?.speed ?? null,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    commit: git(root, ['rev-parse', '--short', 'HEAD']),
    // Uncommitted edits under src/ mean the timings are of a working tree, not of the commit.
    srcDirty: dirty === null ? null : dirty.length > 0,
    date: new Date().toISOString(),
  }
}

export function machineLine(m) {
  const commit = m.commit ? `commit ${m.commit}${m.srcDirty ? ' + uncommitted src/ edits' : ''}` : 'no git'
  return [
    `${m.cpu}, ${m.cores} cores${m.mhz ? ` @ ${m.mhz} MHz` : ''}, ${m.memoryGiB} GiB`,
    `Node ${m.node} (V8 ${m.v8}), ${m.platform}`,
    `load average ${m.loadavg.join(' ')} · ${commit} · ${m.date}`,
  ]
}
