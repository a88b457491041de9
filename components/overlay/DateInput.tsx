// A date field bounded to the days it takes, and what to fix beside it when its date cannot be used (the
// forms check dates themselves, so the words are ours). Props in, callbacks out.
import type { DateFieldBounds } from '../../lib/dates/date-field';

export interface DateInputProps {
  label: string;
  /** The error's element id, which the field names as its description. */
  id: string;
  value: string;
  bounds: DateFieldBounds;
  error?: string;
  field: { current: HTMLInputElement | null };
  onInput: (value: string) => void;
}

export function DateInput({ label, id, value, bounds, error, field, onInput }: DateInputProps) {
  return (
    <>
      <label>
        {label}
        <input
          ref={field}
          type="date"
          min={bounds.min}
          max={bounds.max}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? id : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="error" id={id} role="alert">
          {error}
        </p>
      )}
    </>
  );
}
