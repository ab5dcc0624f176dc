import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { JOURNAL_PROMPTS, type JournalPromptId } from '../../../../core/journal/prompts.js';
import { Page } from '../../../components/Page.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { journalTool } from './journalTool.js';
import { ToolFlow, useUrgeRef, withUrge } from './ToolFlow.js';

/** Prompts that look at the worry itself come first; the rest follow. */
const ORDER: JournalPromptId[] = ['trigger', 'needed', 'uncertain', 'noticed', 'kind', 'steady', 'effort', 'connection'];

export function JournalToolPage() {
  const { t } = useTranslation('tools');
  const { t: tHome } = useTranslation('home');
  const urge = useUrgeRef();
  const navigate = useNavigate();
  const location = useLocation();
  const [prompt, setPrompt] = useState<JournalPromptId>('trigger');
  // Back from the journal with an entry written: ask the "after" rating for the session started here.
  const [resume] = useState(() => ((location.state as { written?: boolean } | null)?.written ? journalTool.get() : null));
  const prompts = ORDER.map((id) => JOURNAL_PROMPTS.find((p) => p.id === id)).filter((p) => p !== undefined);

  return (
    <Page title={t('writing.title')} lead={t('writing.lead')} className="tool">
      <p className="back-link">
        <Link to={withUrge('/tools', urge)}>{t('allTools')}</Link>
      </p>
      {resume ? <p className="notice">{t('writing.saved')}</p> : null}
      <ToolFlow
        tool="journal"
        variant={resume ? resume.prompt : prompt}
        resume={resume ?? undefined}
        startLabel={t('writing.start')}
        setup={
          <fieldset className="field">
            <legend className="field-label">{t('writing.question')}</legend>
            <div className="option-cards">
              {prompts.map((p) => (
                <label key={p.id} className="option-card">
                  <input type="radio" name="prompt" value={p.id} checked={prompt === p.id} onChange={() => setPrompt(p.id)} />
                  <span className="option-card-body">
                    <span className="option-card-text option-card-prompt">{tHome(`prompts.${p.id}`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        }
        onStart={(session) => {
          journalTool.set({ ...session, urge, prompt });
          void navigate(`/journal/new?prompt=${prompt}&from=tools`);
        }}
        run={() => null}
        onSaved={() => journalTool.set(null)}
      />
    </Page>
  );
}
