import { useTranslation } from '../../../i18n/i18n.js';
import type { SafetyPlanSteps } from '../../../../contracts/support/safety-plan.js';
import { CrisisLines } from '../../../components/CrisisLines.js';
import { dialable, useCrisisResources } from '../../../safety/useCrisisResources.js';
import { STEPS } from './steps.js';

interface ViewProps {
  steps: SafetyPlanSteps;
  /** Lists the region's support lines under step 5 (left out where the page shows them already). */
  linesRegion?: string;
  headingLevel?: 2 | 3 | 4;
}

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/** The plan as read in a hard moment (and on paper): each step that has something in it, in order. */
export function SafetyPlanView({ steps, linesRegion, headingLevel = 3 }: ViewProps) {
  const { t } = useTranslation('safety');
  const Heading = HEADINGS[headingLevel];
  return (
    <ol className="safety-plan-steps" data-testid="safety-plan">
      {STEPS.map((key, i) => {
        const body = stepBody(key, steps, linesRegion);
        if (!body) return null;
        return (
          <li key={key} className="safety-plan-step">
            <Heading className="safety-plan-step-title">
              <span className="safety-plan-step-number">{i + 1}.</span> {t(`planSteps.${key}`)}
            </Heading>
            {body}
          </li>
        );
      })}
    </ol>
  );
}

function stepBody(key: keyof SafetyPlanSteps, steps: SafetyPlanSteps, linesRegion: string | undefined) {
  switch (key) {
    case 'helpers':
      return steps.helpers.length ? (
        <ul className="safety-plan-contacts">
          {steps.helpers.map((c, i) => (
            <li key={i}>
              <span className="safety-plan-contact-name">{c.name || c.phone}</span>
              <PhoneLinks name={c.name} phone={c.phone} text />
            </li>
          ))}
        </ul>
      ) : null;
    case 'professionals':
      return steps.professionals.length || linesRegion ? (
        <>
          {steps.professionals.length ? (
            <ul className="safety-plan-contacts">
              {steps.professionals.map((p, i) => (
                <li key={i}>
                  <span className="safety-plan-contact-name">{p.name || p.phone}</span>
                  {p.note ? <span className="safety-plan-contact-note"> {p.note}</span> : null}
                  <PhoneLinks name={p.name} phone={p.phone} />
                </li>
              ))}
            </ul>
          ) : null}
          {linesRegion ? <RegionLines region={linesRegion} /> : null}
        </>
      ) : null;
    case 'warningSigns':
    case 'copingAlone':
    case 'distractions':
    case 'saferSurroundings':
    case 'reasonsForLiving':
      return steps[key].length ? (
        <ul className="safety-plan-lines">
          {steps[key].map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null;
  }
}

function PhoneLinks({ name, phone, text = false }: { name: string; phone: string; text?: boolean }) {
  const { t } = useTranslation('safety');
  if (!phone) return null;
  const who = name || phone;
  return (
    <span className="safety-plan-phone">
      <a className="button button-secondary" href={`tel:${dialable(phone)}`}>
        {t('planSteps.call')}
        <span className="visually-hidden"> {who}</span> {phone}
      </a>
      {text ? (
        <a className="button button-quiet" href={`sms:${dialable(phone)}`}>
          {t('planSteps.text')}
          <span className="visually-hidden"> {who}</span>
        </a>
      ) : null}
    </span>
  );
}

function RegionLines({ region }: { region: string }) {
  const { t } = useTranslation('safety');
  const { data } = useCrisisResources(region);
  return (
    <div className="safety-plan-region-lines">
      <p>{t('planSteps.regionLines')}</p>
      <CrisisLines data={data} headingLevel={3} />
    </div>
  );
}
