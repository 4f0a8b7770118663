import { Paragraph } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { grunnlagTekst, tekster } from '../tekster';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { Section } from '../../../components/Section';

type SanctionHistory = components['schemas']['SanctionHistory'];

/** The graded ladder for this agreement kind (R-SAN-1, R-SAN-6): each step, how many given, the grounds it needs. */
export function SanctionLadder({ history }: { history: SanctionHistory }) {
  const t = tekster.stige;
  return (
    <Section id="stige-tittel" heading={t.stigen}>
      <Paragraph>{history.kind === 'LEASE' ? t.stigeLease : t.stigeBta}</Paragraph>
      <ol className="bta-timeline" aria-label={t.stigen}>
        {history.ladder.map((step) => (
          <li key={step.type}>
            <strong>{reaksjonTekst[step.type]}</strong> – {t.gitt(step.given)}
            <br />
            <span className="bta-subtle">
              {t.grunnlag}: {step.grounds.map((g) => grunnlagTekst[g]).join(', ')}
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
