// The sections of the Settings page, in the order they are listed (backups first: the page opens there); each id is the stable end of its address
// (/settings/per-diem).
import type { ComponentType } from 'react';
import { BackupSection } from '../backup/BackupSection';
import { TeamSection } from '../team/TeamSection';
import { ExampleDataCard } from './ExampleDataCard';
import { OfficeProfileCard } from './OfficeProfileCard';
import { CampsSection } from './sections/CampsSection';
import { ChecklistsSection } from './sections/ChecklistsSection';
import { DormancySection } from './sections/DormancySection';
import { LanguageSection } from './sections/LanguageSection';
import { PerDiemSection } from './sections/PerDiemSection';
import { PrivacySection } from './sections/PrivacySection';
import { StorageSection } from './sections/StorageSection';

export const SETTINGS_SECTIONS = [
  { id: 'backups', Component: BackupSection },
  { id: 'office', Component: OfficeProfileCard },
  { id: 'language', Component: LanguageSection },
  { id: 'team', Component: TeamSection },
  { id: 'per-diem', Component: PerDiemSection },
  { id: 'checklists', Component: ChecklistsSection },
  { id: 'camps', Component: CampsSection },
  { id: 'privacy', Component: PrivacySection },
  { id: 'dormancy', Component: DormancySection },
  { id: 'storage', Component: StorageSection },
  { id: 'example', Component: ExampleDataCard },
] as const satisfies readonly { id: string; Component: ComponentType }[];

export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id'];
