// One row of an agenda or discussion table.
import { z } from './zod';
import { IsoDate } from './page';

export const AgendaRow = z.object({
  date: z.optional(IsoDate),
  time: z.optional(z.string()),
  topic: z.string(),
  people: z.array(z.string()),
  notes: z.optional(z.string()),
});
export type AgendaRow = z.infer<typeof AgendaRow>;
