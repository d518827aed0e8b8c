// The office's table of daily allowance rates per country, kept as a setting (shipped empty).
import { EMPTY_PER_DIEM_TABLE, perDiemTableSchema, type PerDiemTable } from '../../../shared/visits/perDiem';
import { defineSetting, readSetting, writeSetting } from './settings';

export const perDiemTableSetting = defineSetting('visits.perDiemRates', perDiemTableSchema, EMPTY_PER_DIEM_TABLE);

export function readPerDiemTable(): Promise<PerDiemTable> {
  return readSetting(perDiemTableSetting);
}

/** Saves the whole table; one country appears once (the last row given wins). */
export async function savePerDiemTable(table: PerDiemTable): Promise<void> {
  const byCountry = new Map(table.rates.map((r) => [r.country, r]));
  await writeSetting(perDiemTableSetting, {
    ...table,
    rates: [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country)),
  });
}
