// What the popup says instead of a list: on first run (what to do next), when nothing matches the filter
// (and "Mine" is empty because Agendum does not know who the user is: it asks), and when the store could not
// be read. Never a blank popup.
import type { Person } from '../../lib/model/page';
import { identityDetails } from '../../lib/people/identity-details';

export type EmptyStateProps =
  | {
      kind: 'first-run';
      /** The enabled sites, named in the advice; empty means none is enabled yet. */
      sites: string[];
      onOpenOptions: () => void;
    }
  | {
      kind: 'no-matches';
      /** Only the Mine switch hides everything: say so, rather than blame a search. */
      mineOnly: boolean;
      /** Reset to Everyone, all series, all pages, no search. */
      onClear: () => void;
      /** The user has said who they are; otherwise an empty "Mine" says that is why. */
      identityKnown: boolean;
      /** "Are you <viewer> on <site>?", when a page named its reader and nobody answered yet. */
      identityQuestion?: { site: string; viewer: Person };
      onAnswerIdentity: (accepted: boolean) => void;
      onOpenOptions: () => void;
    }
  | {
      kind: 'error';
      /** The store's own words, shown as given. */
      message: string;
      onRetry: () => void;
    };

export function EmptyState(props: EmptyStateProps) {
  switch (props.kind) {
    case 'first-run':
      return (
        <div class="empty" role="status">
          <p class="empty-title">No actions yet.</p>
          <p>
            {props.sites.length > 0
              ? `Open a meeting page on an enabled site (${props.sites.join(', ')}) or use 'Scan this page'.`
              : "No site is enabled yet. Add your wiki's address in Settings, or open a meeting page and use 'Scan this page'."}
          </p>
          <button type="button" onClick={props.onOpenOptions}>
            {props.sites.length > 0 ? 'Add a site in Settings' : 'Open Settings'}
          </button>
        </div>
      );
    case 'no-matches':
      if (props.mineOnly && props.identityQuestion) {
        return (
          <div class="empty" role="group" aria-label="Who you are">
            <p class="empty-title">Agendum does not know who you are yet.</p>
            <p>
              Are you <bdi>{props.identityQuestion.viewer.name}</bdi> on <bdi>{props.identityQuestion.site}</bdi>? Your
              actions then show here.
            </p>
            <p class="empty-detail">
              “Yes” saves as you, on this site only: <bdi>{identityDetails(props.identityQuestion.viewer)}</bdi>.
            </p>
            <div class="empty-buttons">
              <button type="button" class="primary" onClick={() => props.onAnswerIdentity(true)}>
                Yes, that’s me
              </button>
              <button
                type="button"
                title="Then say who you are in Settings"
                onClick={() => props.onAnswerIdentity(false)}
              >
                No
              </button>
            </div>
          </div>
        );
      }
      if (props.mineOnly && !props.identityKnown) {
        return (
          <div class="empty" role="status">
            <p class="empty-title">Agendum does not know who you are yet.</p>
            <p>
              Say who you are in Settings (your name, and the handles minutes call you by), or open a page of your wiki
              that names you.
            </p>
            <button type="button" onClick={props.onOpenOptions}>
              Open Settings
            </button>
          </div>
        );
      }
      return (
        <div class="empty" role="status">
          <p class="empty-title">{props.mineOnly ? 'Nothing is assigned to you.' : 'No actions match.'}</p>
          <p>
            {props.mineOnly
              ? "Switch to 'Everyone' to see every action."
              : 'Change the search or the filters, or clear them.'}
          </p>
          <button type="button" onClick={props.onClear}>
            {props.mineOnly ? 'Show everyone’s actions' : 'Clear filters'}
          </button>
        </div>
      );
    case 'error':
      return (
        <div class="empty empty--error" role="alert">
          <p class="empty-title">Agendum could not read its stored actions.</p>
          <p class="empty-detail">{props.message}</p>
          <button type="button" onClick={props.onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
