// Why the page reads as it does, recorded as short codes only when asked for (`agendum extract --explain`): for
// each action, where its owner, due date and status were read; for each checkbox or candidate line passed over,
// why. The content script never asks, and the sentences that tell the codes to a person live in lib/cli.
import type { ExtractContext, FoundTask } from './context';
import { currentHeading } from './context';
import type { Task } from '../model/task';
import { squash, tagOf } from './text';

/** Where an owner was read: a mention or typed @handle leading or ending the item, the first mention, a plain-text form, a column. */
export type OwnerSource =
  | 'mention-leading'
  | 'mention-ending'
  | 'handle-leading'
  | 'handle-ending'
  | 'first-mention'
  | 'bracket'
  | 'linked'
  | 'handle-to'
  | 'label'
  | 'verb'
  | 'marker'
  | 'column'
  | 'owner-label'
  | 'trailing';

/** Where a due date was read: a date element, a column, or (any other value) these words of the text. */
export type DueSource = 'element' | 'column' | (string & {});

/** What said the status: a ticked or empty box, a glyph, a done marker, struck-through text, a status column, the wiki's task state. */
export type StatusSource = 'ticked' | 'empty' | 'glyph' | 'marker' | 'struck' | 'column' | 'task-state';

/** Why a candidate was not taken. */
export type PassReason =
  'placeholder' | 'name-only' | 'people' | 'no-context' | 'empty-marker' | 'mid-sentence' | 'skipped' | 'empty-task';

export interface PassedOver {
  reader: string;
  text: string;
  tag: string;
  heading?: string;
  why: PassReason;
}

export interface ExplainedAction {
  task: Task;
  /** The statement the task was first read from. */
  read: FoundTask;
  /** Other statements of it, merged into it. */
  alsoAt: FoundTask[];
}

export interface Explanation {
  actions: ExplainedAction[];
  passedOver: PassedOver[];
  /** The languages whose words the page was read in (codes), English first. */
  languages: string[];
}

/** Notes a candidate the reader did not take, when an explanation was asked for. */
export function passOver(ctx: ExtractContext, el: Element, reader: string, text: string, why: PassReason): void {
  ctx.passedOver?.push({
    reader,
    text: squash(text).slice(0, 120),
    tag: tagOf(el).toLowerCase(),
    heading: currentHeading(ctx)?.text,
    why,
  });
}
