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

/** The process's minor page faults so far (every thread's: the timed thread is the only busy one). */
export function pageFaults() {
  return process.resourceUsage().minorPageFault
}

/**
 * What one page fault costs here, in µs: fresh memory is touched a page at a time and the time divided by the
 * faults it took (median of five). On a virtual machine whose faults trap to the hypervisor this is far above
 * the microsecond of a bare machine (14 µs on the PVM guest of 2026-11-29, which keeps shadow page tables: see
 * bench/README.md), and a run that makes the heap grow pays it for every page. Null where the platform counts no
 * faults.
 */
export function pageFaultCostUs() {
  const PAGE = 4096
  const costs = []
  for (let k = 0; k < 5; k++) {
    const f0 = pageFaults()
    const t0 = performance.now()
    const buffer = new Uint8Array(32 * 2 ** 20)
    for (let i = 0; i < buffer.length; i += PAGE) buffer[i] = 1
    const ms = performance.now() - t0
    const faults = pageFaults() - f0
    if (faults < buffer.length / PAGE / 2) return null
    costs.push((ms * 1000) / faults)
  }
  costs.sort((a, b) => a - b)
  return Math.round(costs[2] * 10) / 10
}

export function machineLine(m) {
  const commit = m.commit ? `commit ${m.commit}${m.srcDirty ? ' + uncommitted src/ edits' : ''}` : 'no git'
  return [
    `${m.cpu}, ${m.cores} cores${m.mhz ? ` @ ${m.mhz} MHz` : ''}, ${m.memoryGiB} GiB`,
    `Node ${m.node} (V8 ${m.v8}), ${m.platform}`,
    `load average ${m.loadavg.join(' ')} · ${commit} · ${m.date}`,
    ...(m.pageFaultUs
      ? [`a page fault costs ≈ ${m.pageFaultUs} µs here (fresh memory touched a page at a time)`]
      : []),
  ]
}
