// `npm run sim -- --schedules N [--seed-base S]`: the simulator's heavier sweep (test/e2e/sim-sweep.test.ts),
// writing bench/sim-sweep.md. Needs built bundles (`npm run build`).
import { spawnSync } from 'node:child_process'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const schedules = arg('schedules', '10')
if (!/^\d+$/.test(schedules)) {
  console.error('--schedules takes a number, e.g. npm run sim -- --schedules 200')
  process.exit(2)
}
const result = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--selectProjects', 'e2e', '--testPathPatterns', 'sim-sweep'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: '--experimental-vm-modules',
      SIM_SWEEP: '1',
      SIM_SCHEDULES: schedules,
      SIM_SEED_BASE: arg('seed-base', '1'),
    },
  },
)
process.exit(result.status ?? 1)
