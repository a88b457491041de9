// The overlay's OverlayApi over runtime messaging: requests through the typed client, the background's
// messages through the content-side listener (which accepts our own background only).
import { sendToBackground } from '../messages/client';
import { listenToBackground } from '../messages/content';
import type { OverlayApi } from './overlay-api';

export function createOverlayApi(): OverlayApi {
  return {
    syncPage: (url, extraction, loadedUrl) =>
      sendToBackground('syncPage', { url, extraction, ...(loadedUrl ? { loadedUrl } : {}) }),
    pageActions: (url, ids) => sendToBackground('getPageActions', { url, ids }),
    edit: (id, edit) => sendToBackground('editAction', { id, edit }),
    add: (action) => sendToBackground('addAction', action),
    answerIdentity: (answer) => sendToBackground('answerIdentity', answer),
    showInList: (id) => sendToBackground('showInList', { id }),
    retryWikiWrite: (id) => sendToBackground('retryWikiWrite', { id }),
    listen: listenToBackground,
  };
}
