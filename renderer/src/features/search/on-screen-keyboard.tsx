import { Delete, Space, X } from 'lucide-react';
import { keyboardRows } from '../../lib/keyboard-layouts.ts';
import {
  selectClearSearch,
  selectDeleteKey,
  selectLanguage,
  selectTypeKey,
  selectUiText,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** The lobby has no keyboard: each key is a button named by its letter. */
export function OnScreenKeyboard() {
  const ui = useKiosk(selectUiText);
  const language = useKiosk(selectLanguage);
  const typeKey = useKiosk(selectTypeKey);
  const deleteKey = useKiosk(selectDeleteKey);
  const clear = useKiosk(selectClearSearch);
  return (
    <div className="keyboard" role="group" aria-label={ui.keyboard}>
      {keyboardRows(language).map((row) => (
        <div key={row.join('')} className="keyboard__row">
          {row.map((key) => (
            <button key={key} type="button" className="key" onClick={() => typeKey(key)}>
              {key}
            </button>
          ))}
        </div>
      ))}
      <div className="keyboard__row">
        <button type="button" className="key key--wide" onClick={clear}>
          <X aria-hidden="true" className="key__icon" />
          <span>{ui.clearAll}</span>
        </button>
        <button type="button" className="key key--space" onClick={() => typeKey(' ')}>
          <Space aria-hidden="true" className="key__icon" />
          <span>{ui.space}</span>
        </button>
        <button type="button" className="key key--wide" onClick={deleteKey}>
          <Delete aria-hidden="true" className="key__icon" />
          <span>{ui.deleteLetter}</span>
        </button>
      </div>
    </div>
  );
}
