// The columns of a partner list in CSV/XLSX, and a partner written as one row of cells.
import { dateCell, type CsvCell } from '../export/csv';
import type { Partner } from '../domain/partner';

export const partnerColumns = [
  'name',
  'namePl',
  'country',
  'region',
  'population',
  'website',
  'languages',
  'relationKind',
  'status',
  'startDate',
  'resolutionNumber',
  'resolutionDate',
  'adoptedBy',
  'signedDate',
  'areas',
  'funding',
  'awards',
  'notes',
] as const;
export type PartnerColumn = (typeof partnerColumns)[number];

/** Words for the cells: the UI language's headers and labels of keys (areas, kinds, statuses, stages). */
export interface RowLabels {
  header: (column: PartnerColumn) => string;
  relationKind: (key: string) => string;
  status: (key: string) => string;
  area: (key: string) => string;
  funding: (key: string) => string;
  stage: (key: string) => string;
}

/** Items of a list cell are joined with this; labels never contain it. */
export const LIST_SEPARATOR = ', ';

export function partnerHeader(labels: RowLabels): string[] {
  return partnerColumns.map((c) => labels.header(c));
}

export function partnerRow(p: Partner, labels: RowLabels): CsvCell[] {
  const cells: Record<PartnerColumn, CsvCell> = {
    name: p.name,
    namePl: p.namePl,
    country: p.country,
    region: p.region,
    population: p.population,
    website: p.website,
    languages: p.languages.join(LIST_SEPARATOR),
    relationKind: labels.relationKind(p.relationKind),
    status: labels.status(p.status),
    startDate: dateCell(p.startDate),
    resolutionNumber: p.legalBasis.resolutionNumber,
    resolutionDate: dateCell(p.legalBasis.resolutionDate),
    adoptedBy: p.legalBasis.adoptedBy,
    signedDate: dateCell(p.legalBasis.signedDate),
    areas: p.areas.map(labels.area).join(LIST_SEPARATOR),
    funding: p.funding.map(labels.funding).join(LIST_SEPARATOR),
    awards: p.awards.map((a) => `${labels.stage(a.stage)} ${a.year}`).join(LIST_SEPARATOR),
    notes: p.notes,
  };
  return partnerColumns.map((c) => cells[c]);
}

export function partnerTable(partners: readonly Partner[], labels: RowLabels): CsvCell[][] {
  return [partnerHeader(labels), ...partners.map((p) => partnerRow(p, labels))];
}
