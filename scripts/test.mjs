// `npm test`: typecheck, lint, unit/component/main tests, the production build, then the browser
// journeys. Ends with one line `N passed, N failed` that sums every suite; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'out/test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  console.log(`=== ${label}: ${ok ? 'ok' : 'FAILED'} in ${seconds}s`);
  return ok;
}

/** A step that is not a test runner counts as one test: it passed or it failed. */
function step(label, command, args) {
  if (run(label, command, args)) passed++;
  else failed++;
}

/** Adds a runner's JSON report to the totals; a failed run with no failing test counts as one. */
function suite(label, command, args, file, read) {
  const ok = run(label, command, args);
  const counts = existsSync(file) ? read(JSON.parse(readFileSync(file, 'utf8'))) : [0, 0];
  passed += counts[0];
  failed += counts[1] + (!ok && counts[1] === 0 ? 1 : 0);
  console.log(`=== ${label}: ${counts[0]} passed, ${counts[1]} failed`);
}

const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

if (wanted('typecheck')) step('typecheck', 'npm', ['run', '-s', 'typecheck']);
if (wanted('lint')) step('lint', 'npm', ['run', '-s', 'lint']);
if (wanted('unit')) {
  const file = `${results}/vitest.json`;
  suite(
    'vitest',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    file,
    (r) => [r.numPassedTests, r.numFailedTests],
  );
}
if (wanted('build')) step('build', 'npm', ['run', '-s', 'build']);
// Packs the build with electron-builder against a stand-in Electron and checks app.asar and the fuses.
if (wanted('pack')) step('pack', 'node', ['scripts/pack-check.mjs']);
if (wanted('e2e')) {
  const file = `${results}/e2e.json`;
  suite('playwright', 'npx', ['playwright', 'test'], file, (r) => [
    (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    r.stats?.unexpected ?? 0,
  ]);
}
// The benchmark's quick variant keeps it working; it fails only if a figure cannot be taken, never on a budget.
if (wanted('bench')) step('bench (quick)', 'node', ['scripts/bench.mjs', '--quick']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
