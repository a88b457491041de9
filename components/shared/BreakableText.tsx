// Text a page wrote, as a view shows it: cut to what an action may hold, and with a place to break every
// few characters inside a long unbroken word. Laying out one 32 KB word with `overflow-wrap: anywhere`
// took the browser ~10 s; with a break opportunity every WORD_CHUNK characters it never measures a long word.
import { Fragment } from 'preact';
import { MAX_ACTION_TEXT } from '../../lib/model/limits';

/** Characters between break opportunities inside one word: a short line in the narrowest view. */
const WORD_CHUNK = 24;
const LONG_WORD = new RegExp(`(\\S{${WORD_CHUNK + 1},})`);

/** `text` cut to `max` characters (an ellipsis last), never through a surrogate pair. */
export function shownText(text: string, max = MAX_ACTION_TEXT): string {
  if (text.length <= max) return text;
  const characters = Array.from(text.slice(0, max));
  return `${characters.slice(0, -1).join('')}…`;
}

export function BreakableText({ text, max }: { text: string; max?: number }) {
  const parts = shownText(text, max).split(LONG_WORD);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const characters = Array.from(part);
        const chunks: string[] = [];
        for (let at = 0; at < characters.length; at += WORD_CHUNK)
          chunks.push(characters.slice(at, at + WORD_CHUNK).join(''));
        return (
          <Fragment key={i}>
            {chunks.map((chunk, n) => (
              <Fragment key={n}>
                {n > 0 && <wbr />}
                {chunk}
              </Fragment>
            ))}
          </Fragment>
        );
      })}
    </>
  );
}
