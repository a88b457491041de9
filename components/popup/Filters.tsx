// The popup's filter bar: the Mine/Everyone switch, the series and page menus and the search box.
// Props in, one callback out with the whole new filter.
import type { FilterOptions, PopupFilter } from '../../lib/popup/filter-actions';

export interface FiltersProps {
  filter: PopupFilter;
  /** The series and pages the menus offer; a menu with nothing to choose is left out. */
  options: FilterOptions;
  /** The actions (and so the menus' choices) are still being read: the menus stand in place, disabled. */
  loading?: boolean;
  /** Called with the complete new filter on every change (each keystroke in the search box). */
  onChange: (filter: PopupFilter) => void;
}

/** A menu's value: '' is "all", which the filter spells as an absent field. */
function withChoice(filter: PopupFilter, field: 'series' | 'pageUrl', value: string): PopupFilter {
  const { [field]: _previous, ...rest } = filter;
  return value === '' ? rest : { ...rest, [field]: value };
}

export function Filters({ filter, options, loading = false, onChange }: FiltersProps) {
  const scopeButton = (scope: PopupFilter['scope'], label: string) => (
    <button type="button" aria-pressed={filter.scope === scope} onClick={() => onChange({ ...filter, scope })}>
      {label}
    </button>
  );
  return (
    <div class="filters">
      <div class="filters-scope" role="group" aria-label="Whose actions">
        {scopeButton('mine', 'Mine')}
        {scopeButton('everyone', 'Everyone')}
      </div>
      <input
        type="search"
        class="filters-search"
        aria-label="Search actions, people and pages"
        placeholder="Search actions, people, pages"
        value={filter.search ?? ''}
        onInput={(event) => onChange({ ...filter, search: event.currentTarget.value })}
      />
      {(loading || options.series.length > 0) && (
        <select
          aria-label="Meeting series"
          disabled={loading}
          value={filter.series ?? ''}
          onChange={(event) => onChange(withChoice(filter, 'series', event.currentTarget.value))}
        >
          <option value="">All series</option>
          {options.series.map((series) => (
            <option key={series} value={series}>
              {series}
            </option>
          ))}
        </select>
      )}
      {(loading || options.pages.length > 0) && (
        <select
          aria-label="Page"
          disabled={loading}
          value={filter.pageUrl ?? ''}
          onChange={(event) => onChange(withChoice(filter, 'pageUrl', event.currentTarget.value))}
        >
          <option value="">All pages</option>
          {options.pages.map((page) => (
            <option key={page.url} value={page.url}>
              {page.title}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
