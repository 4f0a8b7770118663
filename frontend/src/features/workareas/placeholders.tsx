import { PlaceholderPage } from '../../components/PlaceholderPage';
import { IncomingAllocationsSection } from '../intake/pages/WaitingListPage';

/*
 * Work areas that later issues fill in. Until then each page says what it will be for and
 * that it is not ready: no made-up data.
 */

/** Beboere is still to come; incoming allocations to the staff's facilities are shown already. */
export const BeboerePage = () => (
  <>
    <PlaceholderPage
      title="Beboere"
      purpose="Her skal personalet se beboerne i sine botiltak, med primærkontakt og oppfølging."
    />
    <IncomingAllocationsSection />
  </>
);

export const AvtalerPage = () => (
  <PlaceholderPage
    title="Avtaler"
    purpose="Her skal personalet opprette, signere, forlenge og avslutte bo- og tjenesteavtaler og husleiekontrakter."
  />
);

export const HendelserPage = () => (
  <PlaceholderPage
    title="Hendelser"
    purpose="Her skal personalet registrere hendelser og brudd på reglene, og reaksjoner som advarsel og bortvisning."
  />
);

export const EgenbetalingPage = () => (
  <PlaceholderPage
    title="Egenbetaling"
    purpose="Her skal økonomi følge opp egenbetalingen: krav, innbetalinger med KID og restanser."
  />
);
