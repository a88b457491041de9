// Says where a status change stands on the wiki when it has not reached it yet: being sent, or held with the
// reason and a Retry. Shared by the popup's rows and the page's control. Props in, callbacks out.
import type { Action } from '../../lib/model/action';

export interface WikiWriteNoticeProps {
  wikiWrite: Action['wikiWrite'];
  /** A retry is on its way: the button waits. */
  busy?: boolean;
  onRetry: () => void;
}

export function WikiWriteNotice({ wikiWrite, busy = false, onRetry }: WikiWriteNoticeProps) {
  if (!wikiWrite) return null;
  const held = wikiWrite.state === 'held';
  return (
    <p class="wiki-write" role="status">
      {held ? `Not on the wiki yet: ${wikiWrite.message}` : wikiWrite.message}
      {held && (
        <>
          {' '}
          <button type="button" aria-disabled={busy} onClick={() => !busy && onRetry()}>
            Retry
          </button>
        </>
      )}
    </p>
  );
}
