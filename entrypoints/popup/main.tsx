// The toolbar popup: the Popup view over the store-backed PopupApi.
import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { keepStorage } from '../../lib/platform/durable-storage';
import { createPopupApi } from '../../lib/platform/extension-popup-api';

const focusId = new URLSearchParams(location.search).get('focus') ?? undefined;
render(<Popup api={createPopupApi(() => new Date())} focusId={focusId} />, document.getElementById('app')!);
void keepStorage();
