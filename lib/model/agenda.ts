// One row of an agenda or discussion table.
import { z } from 'zod';
import { IsoDate } from './page';

export const AgendaRow = z.object({
  date: IsoDate.optional(),
  time: z.string().optional(),
  topic: z.string(),
  people: z.array(z.string()),
  notes: z.string().optional(),
});
export type AgendaRow = z.infer<typeof AgendaRow>;
