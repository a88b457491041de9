// Review and edit who the user is: per site (or every site), the names, aliases and initials minute-takers
// write, usernames and the handles minutes name people by, and ids. Props in, the whole new list out; each field
// is saved when it loses focus.
import type { Identity } from '../../lib/model/identity';
import { foldName, initialsOf } from '../../lib/people/names';

export interface IdentitiesProps {
  identities: Identity[];
  /** Called with the complete new list after each edit (a field left, an identity added or removed). */
  onChange: (identities: Identity[]) => void;
}

type ListField = 'names' | 'aliases' | 'usernames' | 'accountIds' | 'userKeys';

const LIST_FIELDS: { field: ListField; label: string; hint: string }[] = [
  { field: 'names', label: 'Names', hint: 'As pages write them, e.g. Kian-Tat Lim' },
  { field: 'aliases', label: 'Aliases and initials', hint: 'Nicknames and initials minutes use, e.g. K-T, KT, KTL' },
  {
    field: 'usernames',
    label: 'Usernames and handles',
    hint: 'Your login on the wiki, and the handle minutes name you by, e.g. jdoe or @jdoe',
  },
  { field: 'accountIds', label: 'Account ids', hint: 'Confluence Cloud' },
  { field: 'userKeys', label: 'User keys', hint: 'Confluence Server and Data Center' },
];

const EMPTY_IDENTITY: Identity = { names: [], aliases: [], usernames: [], accountIds: [], userKeys: [] };

/** One entry per line (names may hold commas: "Lim, Kian-Tat"), trimmed, blank lines and repeats dropped. */
function lines(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

/** A field's entries; a handle typed as minutes write it ("@jdoe") is the username "jdoe". */
function entriesOf(field: ListField, text: string): string[] {
  return lines(field === 'usernames' ? text.replace(/^\s*@/gm, '') : text);
}

/** The host the user means: "https://Wiki.Example.org/display/X" → "wiki.example.org"; blank → every site. */
function siteOf(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return undefined;
  try {
    return trimmed.includes('://') ? new URL(trimmed).hostname : trimmed.replace(/\/.*$/, '');
  } catch {
    return trimmed;
  }
}

/** The initials of the first name, when they are worth offering (two letters or more, not yet an alias). */
function missingInitials(identity: Identity): string | undefined {
  const name = identity.names[0];
  const initials = name === undefined ? '' : initialsOf(name);
  const known = [...identity.aliases, ...identity.names].some((alias) => foldName(alias) === foldName(initials));
  return initials.length >= 2 && !known ? initials : undefined;
}

export function Identities({ identities, onChange }: IdentitiesProps) {
  const update = (index: number, change: Partial<Identity>) =>
    onChange(identities.map((identity, i) => (i === index ? { ...identity, ...change } : identity)));
  const setSite = (index: number, text: string) => {
    const { site: _old, ...rest } = identities[index] ?? EMPTY_IDENTITY;
    const site = siteOf(text);
    onChange(
      identities.map((identity, i) => (i === index ? (site === undefined ? rest : { ...rest, site }) : identity)),
    );
  };

  return (
    <section class="identities" id="identities" aria-labelledby="identities-heading">
      <h2 id="identities-heading">Who you are</h2>
      <p class="hint">
        An action is yours when any of these matches one of its assignees, ignoring case and accents. Agendum also
        learns them from the wiki, after asking you once per site.
      </p>
      {identities.length === 0 && <p class="empty">No identity yet.</p>}
      {identities.map((identity, index) => {
        const id = `identity-${index}`;
        const initials = missingInitials(identity);
        return (
          <fieldset key={index} class="identity" data-site={identity.site ?? ''}>
            <legend>{identity.site ? `On ${identity.site}` : 'On every site'}</legend>
            <label for={`${id}-site`}>Site</label>
            <input
              id={`${id}-site`}
              type="text"
              placeholder="Every site"
              value={identity.site ?? ''}
              onChange={(event) => setSite(index, event.currentTarget.value)}
            />
            {LIST_FIELDS.map(({ field, label, hint }) => (
              <>
                <label for={`${id}-${field}`}>
                  {label} <span class="hint">{hint}; one per line</span>
                </label>
                <textarea
                  id={`${id}-${field}`}
                  rows={Math.max(1, identity[field].length)}
                  value={identity[field].join('\n')}
                  onChange={(event) => update(index, { [field]: entriesOf(field, event.currentTarget.value) })}
                />
              </>
            ))}
            <div class="identity-actions">
              {initials !== undefined && (
                <button type="button" onClick={() => update(index, { aliases: [...identity.aliases, initials] })}>
                  Add initials “{initials}”
                </button>
              )}
              <button type="button" class="remove" onClick={() => onChange(identities.filter((_, i) => i !== index))}>
                Remove this identity
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...identities, EMPTY_IDENTITY])}>
        Add an identity
      </button>
    </section>
  );
}
