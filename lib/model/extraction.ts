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

/**
 * What the store keeps of a page's extraction: its facts and its tasks. A page sends only these to be stored;
 * its agenda and suggestions (on a meeting page, often more text than its tasks) stay in the page.
 */
export const PageTasks = z.pick(PageExtraction, { page: true, tasks: true });
export type PageTasks = z.infer<typeof PageTasks>;
