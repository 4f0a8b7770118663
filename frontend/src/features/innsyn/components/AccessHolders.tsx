import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { PersonInnsyn } from '../api/usePersonInnsyn';
import { tekster } from '../tekster';

/** Who may see the person now and why (R-ACC-3), and the roles that see everyone for one purpose. */
export function AccessHolders({ innsyn }: { innsyn: PersonInnsyn }) {
  const t = tekster.tilgang;
  return (
    <>
      {innsyn.holders.length === 0 ? (
        <Paragraph>{t.ingen}</Paragraph>
      ) : (
        <ul className="bta-stack">
          {innsyn.holders.map((h, index) => (
            <li key={`${h.reason}-${h.facilityId ?? h.caseworker ?? ''}-${index}`}>
              <strong>{h.who}</strong>
              <br />
              {h.why} {h.untilText}
            </li>
          ))}
        </ul>
      )}
      <Heading level={3} data-size="xs">
        {t.fast}
      </Heading>
      <ul className="bta-stack">
        {innsyn.standingAccess.map((s) => (
          <li key={s.role}>
            <strong>{s.who}</strong>
            <br />
            {s.why}
          </li>
        ))}
      </ul>
    </>
  );
}
