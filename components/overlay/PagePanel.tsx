// The page panel: how many actions the page holds, how many are the user's and overdue, the actions grouped
// by state; a click or j/k moves to one. Collapses to a small tab, which still asks who the reader is when
// the page names them (so the question is seen without opening anything). Props in, callbacks out; page text
// as text.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action } from '../../lib/model/action';
import type { IsoDate, Person } from '../../lib/model/page';
import type { MarkState } from '../../lib/actions/action-state';
import { duePhrase } from '../../lib/popup/due-phrase';
import { identityDetails } from '../../lib/people/identity-details';
import { BreakableText } from '../shared/BreakableText';

export interface PanelItem {
  action: Action;
  state: MarkState;
  /** Not found on the page (its text is gone, or the page no longer lists it): listed, never dropped. */
  detached: boolean;
}

export interface PagePanelProps {
  /** Expanded, or collapsed to its tab. */
  open: boolean;
  /** The page's actions in page order. */
  items: PanelItem[];
  today: IsoDate;
  /** The action the page shows as current (outlined, with the control beside it). */
  currentId?: string;
  /** Something went wrong talking to the store; shown above the list. */
  error?: string;
  /** The page names its reader: ask whether that is the user, so "yours" can mean something. */
  identityQuestion?: { site: string; viewer: Person };
  onToggle: () => void;
  /** j/k or the arrow keys reached an action: show it on the page, keep the focus here. */
  onMove: (id: string) => void;
  /** A click or Enter on an action: show it on the page and put the focus in its control. */
  onActivate: (id: string) => void;
  onAnswerIdentity: (accepted: boolean) => void;
  /** Escape: put the panel away and give the focus back. */
  onEscape: () => void;
}

type Group = MarkState | 'detached';

const GROUPS: { key: Group; title: string }[] = [
  { key: 'overdue', title: 'Overdue' },
  { key: 'due-soon', title: 'Due soon' },
  { key: 'open', title: 'Open' },
  { key: 'done', title: 'Done' },
  { key: 'detached', title: 'Not found on this page' },
];

/** Long pages list this many per group until the user asks for all (rendering thousands would stall the page). */
export const GROUP_LIMIT = 100;

const groupOf = (item: PanelItem): Group => (item.detached ? 'detached' : item.state);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "16 actions · 2 yours · 11 overdue". */
export function panelSummary(items: readonly PanelItem[]): string {
  const yours = items.filter((item) => item.action.mine).length;
  const overdue = items.filter((item) => item.state === 'overdue').length;
  return `${plural(items.length, 'action')} · ${yours} yours · ${overdue} overdue`;
}

/**
 * "Are you Frossie Economou on confluence.example.org?", with all that "Yes" saves: answered once; "No" leads to
 * the options page. Names and ids are isolated (bdi) so a page's text direction marks cannot reorder them.
 */
function IdentityQuestion({
  question,
  onAnswer,
}: {
  question: { site: string; viewer: Person };
  onAnswer: (accepted: boolean) => void;
}) {
  return (
    <div class="panel-question" role="group" aria-label="Who you are">
      <span>
        Are you <bdi>{question.viewer.name}</bdi> on <bdi>{question.site}</bdi>? Agendum then shows which actions are
        yours.
      </span>
      <span class="panel-question-stores">
        “Yes” saves as you, on this site only: <bdi>{identityDetails(question.viewer)}</bdi>.
      </span>
      <div>
        <button type="button" class="primary" onClick={() => onAnswer(true)}>
          Yes, that’s me
        </button>
        <button type="button" title="Then say who you are in Agendum’s options" onClick={() => onAnswer(false)}>
          No
        </button>
      </div>
    </div>
  );
}

export function PagePanel(props: PagePanelProps) {
  const { open, items, today, currentId, error, identityQuestion } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<Group>>(new Set());
  const list = useRef<HTMLDivElement>(null);
  const summary = panelSummary(items);

  const groups = GROUPS.map((group) => {
    const all = items.filter((item) => groupOf(item) === group.key);
    const shown = expanded.has(group.key) ? all : all.slice(0, GROUP_LIMIT);
    return { ...group, all, shown };
  }).filter((group) => group.all.length > 0);
  // The order j/k walk: the panel's own, top to bottom.
  const order = groups.flatMap((group) => group.shown.map((item) => item.action.id));
  const focusId = currentId !== undefined && order.includes(currentId) ? currentId : order[0];

  // The keys move the focus with the current action, so it stays visible and announced.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const buttons = list.current?.querySelectorAll<HTMLElement>('[data-id]') ?? [];
    [...buttons].find((button) => button.dataset.id === focusId)?.focus();
  }, [focusId]);

  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    props.onEscape();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step =
      event.key === 'j' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step || order.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const at = focusId === undefined ? -1 : order.indexOf(focusId);
    const next = order[Math.min(order.length - 1, Math.max(0, at + step))]!;
    moved.current = true;
    props.onMove(next);
  };

  if (!open) {
    return (
      <div class={`agendum-ui panel panel--closed${identityQuestion ? ' panel--asking' : ''}`} onKeyDown={onEscape}>
        <button
          type="button"
          class="panel-tab"
          aria-expanded="false"
          title={error ?? 'Show Agendum’s page panel (Alt+Shift+A)'}
          onClick={props.onToggle}
        >
          Agendum · {summary}
          {error && <span class="error"> · not saved</span>}
        </button>
        {identityQuestion && <IdentityQuestion question={identityQuestion} onAnswer={props.onAnswerIdentity} />}
      </div>
    );
  }

  return (
    <section class="agendum-ui panel" aria-label="Agendum: actions on this page" onKeyDown={onEscape}>
      <header class="panel-head">
        <div>
          <h2>Agendum</h2>
          <p class="panel-summary">{summary}</p>
        </div>
        <button
          type="button"
          aria-expanded="true"
          aria-label="Hide the page panel"
          title="Hide (Alt+Shift+A)"
          onClick={props.onToggle}
        >
          Hide
        </button>
      </header>
      <div class="panel-body" ref={list} onKeyDown={onKeyDown}>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {identityQuestion && <IdentityQuestion question={identityQuestion} onAnswer={props.onAnswerIdentity} />}
        {items.length === 0 && <p class="panel-hint">No action items found on this page.</p>}
        {groups.map((group) => (
          <div class={`panel-group panel-group--${group.key}`} key={group.key}>
            <h3>
              {group.title} ({group.all.length})
            </h3>
            <ul>
              {group.shown.map(({ action }) => {
                const phrase = duePhrase(action, today);
                const people = action.assignees.map((person) => person.name).join(', ');
                // Where a status change stands on the wiki; the action's control says why, and offers Retry.
                const wiki = action.wikiWrite
                  ? action.wikiWrite.state === 'held'
                    ? 'not on the wiki yet'
                    : 'sending to the wiki'
                  : '';
                const meta = [people, phrase?.text, action.mine ? 'yours' : '', wiki].filter(Boolean).join(' · ');
                return (
                  <li key={action.id}>
                    <button
                      type="button"
                      class={`panel-item${action.mine ? ' panel-item--mine' : ''}`}
                      data-id={action.id}
                      tabIndex={action.id === focusId ? 0 : -1}
                      aria-current={action.id === currentId ? 'true' : undefined}
                      onClick={() => props.onActivate(action.id)}
                    >
                      <span class="panel-item-text">
                        <BreakableText text={action.text} />
                      </span>
                      {meta && <span class="panel-item-meta">{meta}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
            {group.shown.length < group.all.length && (
              <button type="button" onClick={() => setExpanded(new Set([...expanded, group.key]))}>
                Show all {group.all.length}
              </button>
            )}
          </div>
        ))}
        {items.length > 0 && (
          <p class="panel-hint">
            j / k or ↓ / ↑ move between actions; Enter opens one; Esc goes back to the page. Alt+Shift+A comes back here
            from anywhere on the page.
          </p>
        )}
      </div>
    </section>
  );
}
