// What extracting one page yields; the CLI prints `{pages: PageExtraction[]}`.
import { z } from './zod';
import { AgendaRow } from './agenda';
import { PageFacts } from './page';
import { Suggestion, Task } from './task';

export const PageExtraction = z.object({
  page: PageFacts,
  agenda: z.array(AgendaRow),
  tasks: z.array(Task),
  suggestions: z.array(Suggestion),
});
export type PageExtraction = z.infer<typeof PageExtraction>;
