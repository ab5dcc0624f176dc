import { useId, useState } from 'react';
import { TAG_MAX } from '../../../contracts/tags.js';

/** Ideas for someone with no history yet; their own words soon replace them. */
const STARTERS = ['no reply yet', 'apart today', 'they seemed distant', 'tired', 'work stress', 'something online'];
const SHOWN = 8;

interface TriggerPickerProps {
  /** Suggestions from the person's own past triggers, most used first (null while unknown). */
  suggestions: string[] | null;
  selected: string[];
  onChange: (selected: string[]) => void;
  /** What is typed in the "add your own" box; kept by the parent so a save includes it. */
  typed: string;
  onTyped: (typed: string) => void;
  error?: string | undefined;
}

export function TriggerPicker({ suggestions, selected, onChange, typed, onTyped, error }: TriggerPickerProps) {
  const id = useId();
  const [announce, setAnnounce] = useState('');
  const base = suggestions && suggestions.length ? suggestions : STARTERS;
  const chips = [...new Set([...base.slice(0, SHOWN), ...selected])];

  const toggle = (tag: string) => {
    const on = selected.includes(tag);
    onChange(on ? selected.filter((t) => t !== tag) : [...selected, tag]);
  };

  const add = () => {
    const tags = typed
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    if (!tags.length) return;
    onChange([...new Set([...selected, ...tags])]);
    onTyped('');
    setAnnounce(`Added ${tags.join(', ')}.`);
  };

  return (
    <fieldset className="field triggers">
      <legend className="field-label">
        What set it off? <span className="field-optional">(optional)</span>
      </legend>
      <p className="field-hint" id={`${id}-hint`}>
        Choose any that fit, or add your own words.
      </p>
      <ul className="toggle-chips">
        {chips.map((tag) => (
          <li key={tag}>
            <button type="button" className="toggle-chip" aria-pressed={selected.includes(tag)} onClick={() => toggle(tag)}>
              {tag}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label htmlFor={`${id}-own`} className="visually-hidden">
          Add your own trigger
        </label>
        <input
          id={`${id}-own`}
          name="triggers"
          className="input"
          placeholder="Your own words"
          value={typed}
          maxLength={TAG_MAX * 3}
          autoCapitalize="none"
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button-secondary" onClick={add}>
          Add
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </fieldset>
  );
}
