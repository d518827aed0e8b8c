// Desktop smoke journey against the built app in Electron: start on app://twinning-desk, add a partner, quit, start
// again and find it, a backup on disk, and a DOCX and a PDF dossier where the (stubbed) save dialog said.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { parseAutoBackupName } from '../../shared/backup/rotation';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-desktop-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts the built app (package.json's main) with the journey's own folders and save dialog. */
async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    args: [root],
    cwd: root,
    env: { ...process.env, TWINNING_DESK_JOURNEY_DIR: dir, TZ: 'Europe/Warsaw' },
  });
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Pulpit', level: 1 })).toBeVisible();
  return { app, page };
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name }).click();

/** The files in a folder, or none when it does not exist yet. */
const filesIn = (folder: string) => readdir(folder).catch(() => [] as string[]);

test('starts, keeps a partner across a restart, backs up on quit, and saves dossiers where the dialog said', async () => {
  let { app, page } = await launch();
  expect(page.url()).toMatch(/^app:\/\/twinning-desk\//);
  expect(await app.evaluate(({ app: a }) => a.getPath('userData'))).toBe(path.join(dir, 'userData'));

  await nav(page, 'Gminy partnerskie');
  await page.getByRole('button', { name: 'Dodaj gminę partnerską' }).click();
  const form = page.getByRole('form', { name: 'Nowa gmina partnerska' });
  await form.getByRole('textbox', { name: 'Nazwa', exact: true }).fill('Łęczyca');
  await form.getByRole('combobox', { name: 'Kraj' }).fill('Pols');
  await page.getByRole('option', { name: 'Polska' }).click();
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Łęczyca', level: 1 })).toBeVisible();

  await app.close();
  const backups =
    process.platform === 'darwin'
      ? path.join(dir, 'userData', 'Backups')
      : path.join(dir, 'documents', 'Twinning Desk', 'Backups');
  const written = (await filesIn(backups)).filter((name) => parseAutoBackupName(name) !== null);
  expect(written.length).toBeGreaterThan(0);
  expect(await readFile(path.join(backups, written[0]!), 'utf8')).toContain('Łęczyca');

  ({ app, page } = await launch());
  await nav(page, 'Gminy partnerskie');
  await expect(page.getByRole('link', { name: 'Łęczyca' })).toBeVisible();

  await nav(page, 'Wizyty delegacji');
  await page.getByRole('button', { name: 'Nowa wizyta' }).click();
  const visit = page.getByRole('dialog', { name: 'Nowa wizyta delegacji' });
  await visit.getByRole('combobox', { name: 'Gminy partnerskie' }).click();
  await page.getByRole('option', { name: 'Łęczyca' }).click();
  await visit.getByLabel('Tytuł').fill('Wizyta z Łęczycy');
  await visit.getByRole('textbox', { name: 'Od', exact: true }).fill('2031-05-12');
  await visit.getByRole('textbox', { name: 'Do', exact: true }).fill('2031-05-13');
  await visit.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wizyta z Łęczycy' })).toBeVisible();

  const saves = path.join(dir, 'saves');
  await page.getByRole('tab', { name: 'Teczka delegacji' }).click();
  await page.getByRole('button', { name: 'Teczka DOCX (edytowalna)' }).click();
  await expect.poll(async () => (await filesIn(saves)).filter((n) => n.endsWith('.docx'))).toHaveLength(1);
  await page.getByRole('button', { name: 'Teczka PDF' }).click();
  await expect.poll(async () => (await filesIn(saves)).filter((n) => n.endsWith('.pdf'))).toHaveLength(1);

  const names = await filesIn(saves);
  const docx = await readFile(
    path.join(
      saves,
      names.find((n) => n.endsWith('.docx'))!,
    ),
  );
  const pdf = await readFile(
    path.join(
      saves,
      names.find((n) => n.endsWith('.pdf'))!,
    ),
  );
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await app.close();
});
