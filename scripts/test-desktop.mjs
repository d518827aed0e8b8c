// `npm run test:desktop`: the desktop smoke journey (tests/desktop) in the real Electron against the production build.
// Where node_modules/electron has no binary it says so in one line and exits 0; it never downloads anything itself.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { defaultElectronDir, electronBinary } from './ensure-electron.mjs';

const at = process.argv.indexOf('--electron-dir');
const electronDir = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : defaultElectronDir();
const binary = electronBinary(electronDir);

if (!binary) {
  console.log(
    `Desktop journey not run: ${path.relative(process.cwd(), electronDir) || electronDir} has no Electron binary ` +
      '(on a machine with internet: `npx install-electron`, then `npm run test:desktop`).',
  );
  process.exit(0);
}

/** Electron on Linux needs a display: without one, the journey runs under xvfb-run when it is installed. */
function withDisplay(command, args) {
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (!headless) return [command, args];
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) {
    console.error('Desktop journey not run: no display and no xvfb-run (Debian/Ubuntu: `apt-get install xvfb`).');
    process.exit(1);
  }
  return ['xvfb-run', ['-a', command, ...args]];
}

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (run('npm', ['run', '-s', 'build']) !== 0) process.exit(1);
const [command, args] = withDisplay('npx', ['playwright', 'test', '--config', 'tests/desktop/playwright.config.ts']);
process.exit(run(command, args));
