// Opens one edition of the example office's youth camp, with people already registered, as the app
// routes it: the camp page and its printable lists.
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import { importParticipants } from '../../../renderer/db/repositories/participants';
import { CampPage } from '../../../renderer/features/exchanges/CampPage';
import { PrintPage } from '../../../renderer/features/exchanges/PrintPage';
import type { ParticipantDraft } from '../../../shared/exchanges/importCsv';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

export const EDITION = '2027-07-10';
export const CAMP_TITLE = 'Wspólny obóz dzieci i młodzieży Swarzędz–Ronnenberg–Duclair';

/** An adult from the home gmina: no guardian or consent needed, so readiness stays about what a test sets up. */
export function adult(
  eventId: string,
  firstName: string,
  lastName: string,
  over: Partial<ParticipantDraft> = {},
): ParticipantDraft {
  return {
    eventId,
    occurrence: EDITION,
    firstName,
    lastName,
    birthDate: '1990-01-01',
    birthYear: 1990,
    role: 'chaperone',
    sendingTown: 'home',
    status: 'confirmed',
    consents: {},
    ...over,
  };
}

/** A fresh database with the example office; returns it and the camp's event id. */
export async function exampleCamp() {
  const db = await freshDatabase();
  await loadExampleData('2026-11-26');
  const camp = (await db.events.where('kind').equals('youthCamp').first())!;
  return { db, eventId: camp.id };
}

export async function registerPeople(drafts: ParticipantDraft[]) {
  await importParticipants(drafts);
}

/** Renders the camp page (and its print routes) at the given tab and waits for the camp's title. */
export async function openCamp(eventId: string, tab: string) {
  const view = renderInApp(
    <Routes>
      <Route path="/exchanges/:eventId/:occurrence" element={<CampPage />} />
      <Route path="/exchanges/:eventId/:occurrence/print/:list" element={<PrintPage />} />
    </Routes>,
    `/exchanges/${eventId}/${EDITION}?tab=${tab}`,
  );
  await screen.findByRole('heading', { name: CAMP_TITLE, level: 1 });
  return view;
}
