// The toolbar popup: the Popup view over the store-backed PopupApi.
import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { createPopupApi } from '../../lib/app/popup-api';

render(<Popup api={createPopupApi(() => new Date())} />, document.getElementById('app')!);
