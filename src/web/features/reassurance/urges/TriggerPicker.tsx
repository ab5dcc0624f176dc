import { useId, useState } from 'react';
import { TAG_MAX } from '../../../../contracts/tags.js';
import { useTranslation } from '../../../i18n/i18n.js';

/** Ideas for someone with no history yet; their own words soon replace them. */
const STARTERS = ['noReply', 'apart', 'distant', 'tired', 'work', 'online'] as const;
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
  const { t } = useTranslation('urges');
  const id = useId();
  const [announce, setAnnounce] = useState('');
  const base = suggestions && suggestions.length ? suggestions : STARTERS.map((s) => t(`triggers.starters.${s}`));
  const chips = [...new Set([...base.slice(0, SHOWN), ...selected])];

  const toggle = (tag: string) => {
    const on = selected.includes(tag);
    onChange(on ? selected.filter((s) => s !== tag) : [...selected, tag]);
  };

  const add = () => {
    const tags = typed
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    if (!tags.length) return;
    onChange([...new Set([...selected, ...tags])]);
    onTyped('');
    setAnnounce(t('triggers.added', { tags: tags.join(', ') }));
  };

  return (
    <fieldset className="field triggers">
      <legend className="field-label">
        {t('triggers.legend')} <span className="field-optional">{t('triggers.optional')}</span>
      </legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('triggers.hint')}
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
          {t('triggers.addOwn')}
        </label>
        <input
          id={`${id}-own`}
          name="triggers"
          className="input"
          placeholder={t('triggers.placeholder')}
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
          {t('triggers.add')}
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
