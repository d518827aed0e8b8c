import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/atomicWrite';
import { failingAt } from '../helpers/failingFs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-atomic-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the whole contents and leaves no temp file', async () => {
    const target = path.join(dir, 'teczka.json');
    await writeFileAtomic(target, 'zażółć gęślą jaźń');
    expect(await readFile(target, 'utf8')).toBe('zażółć gęślą jaźń');
    expect(await readdir(dir)).toEqual(['teczka.json']);
  });

  it('replaces an existing file', async () => {
    const target = path.join(dir, 'a.txt');
    await writeFile(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it.each([
    ['open', 'EACCES'],
    ['write', 'ENOSPC'],
    ['sync', 'EIO'],
    ['rename', 'EPERM'],
  ] as const)('keeps the previous file and no temp file when %s fails with %s', async (step, code) => {
    const target = path.join(dir, 'backup.json');
    await writeFile(target, 'previous');
    await expect(writeFileAtomic(target, 'next', failingAt(step, code))).rejects.toMatchObject({ code });
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });
});
