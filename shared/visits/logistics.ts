// Default logistics checklists for incoming and outgoing visits, which the office may edit.
import { z } from 'zod';
import { logisticsEntrySchema, type LogisticsEntry, type LogisticsItem, type VisitDirection } from '../domain/visit';

export const logisticsDefaultsSchema = z.object({
  incoming: z.array(logisticsEntrySchema).max(100),
  outgoing: z.array(logisticsEntrySchema).max(100),
});
export type LogisticsDefaults = z.infer<typeof logisticsDefaultsSchema>;

export const DEFAULT_LOGISTICS: LogisticsDefaults = {
  incoming: (
    ['accommodation', 'transport', 'interpreter', 'catering', 'press', 'flags', 'seating', 'gifts'] as const
  ).map((kind) => ({ kind })),
  outgoing: (['documents', 'insurance', 'transport', 'accommodation', 'interpreter', 'gifts', 'press'] as const).map(
    (kind) => ({ kind }),
  ),
};

/** A fresh checklist for a new visit: every entry of the direction's default list, still to do. */
export function checklistFor(
  direction: VisitDirection,
  defaults: LogisticsDefaults,
  newId: () => string,
): LogisticsItem[] {
  return defaults[direction].map((entry: LogisticsEntry) => ({ id: newId(), ...entry, status: 'todo' as const }));
}
