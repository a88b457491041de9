// Export for exactly the actions the popup shows: one primary button in the user's default format, and a
// disclosure listing every format as a download and as "Copy as …".
import { useRef, useState } from 'preact/hooks';
import type { ExportFormatOption } from '../../lib/popup/popup-api';

export interface ExportMenuProps {
  formats: ExportFormatOption[];
  /** The id the primary button uses; when it is not among `formats`, the first format stands in. */
  defaultFormat: string;
  /** How many actions an export would contain; at 0, or while not yet known (undefined), the buttons are disabled. */
  count: number | undefined;
  /** Download the shown actions in this format. */
  onExport: (format: string) => void;
  /** Copy the shown actions to the clipboard in this format. */
  onCopy: (format: string) => void;
}

export function ExportMenu({ formats, defaultFormat, count, onExport, onCopy }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const primary = formats.find((format) => format.id === defaultFormat) ?? formats[0];
  if (primary === undefined) return null;
  const empty = count === undefined || count === 0;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const item = (label: string, run: () => void) => (
    <li>
      <button
        type="button"
        onClick={() => {
          close();
          run();
        }}
      >
        {label}
      </button>
    </li>
  );
  return (
    <div class="export" onKeyDown={(event) => event.key === 'Escape' && open && close()}>
      <button
        type="button"
        class="export-primary"
        disabled={empty}
        data-format={primary.id}
        onClick={() => onExport(primary.id)}
      >
        Export {count === undefined ? '' : `${count.toLocaleString('en')} `}as {primary.label}
      </button>
      <button
        type="button"
        ref={toggle}
        class="export-toggle"
        disabled={empty}
        aria-expanded={open}
        aria-controls="export-formats"
        onClick={() => setOpen(!open)}
      >
        More formats
      </button>
      {open && !empty && (
        <ul id="export-formats" class="export-formats">
          {formats.map((format) => item(`Download ${format.label}`, () => onExport(format.id)))}
          {formats.map((format) => item(`Copy as ${format.label}`, () => onCopy(format.id)))}
        </ul>
      )}
    </div>
  );
}
