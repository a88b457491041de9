// The overlay's OverlayApi over runtime messaging: requests through the typed client, the background's
// messages through the content-side listener (which accepts our own background only).
import { sendToBackground } from '../messages/client';
import { listenToBackground } from '../messages/content';
import type { OverlayApi } from './overlay-api';

export function createOverlayApi(): OverlayApi {
  return {
    // Only what is stored crosses: the agenda and suggestions would double what the background receives and parses.
    syncPage: (url, { page, tasks }, loadedUrl) =>
      sendToBackground('syncPage', { url, extraction: { page, tasks }, ...(loadedUrl ? { loadedUrl } : {}) }),
    pageActions: (url, ids) => sendToBackground('getPageActions', { url, ids }),
    edit: (id, edit) => sendToBackground('editAction', { id, edit }),
    add: (action) => sendToBackground('addAction', action),
    answerIdentity: (answer) => sendToBackground('answerIdentity', answer),
    showInList: (id) => sendToBackground('showInList', { id }),
    retryWikiWrite: (id) => sendToBackground('retryWikiWrite', { id }),
    listen: listenToBackground,
  };
}
