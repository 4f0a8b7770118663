import { PlaceholderPage } from '../../components/PlaceholderPage';

/*
 * Work areas that later issues fill in. Until then each page says what it will be for and
 * that it is not ready: no made-up data.
 */

export const SoknaderPage = () => (
  <PlaceholderPage
    title="Søknader"
    purpose="Her skal HVK registrere søknader om plass i botiltak, med den faglige vurderingen, og følge dem fram til vedtak."
  />
);

export const VentelistePage = () => (
  <PlaceholderPage
    title="Venteliste"
    purpose="Her skal ESIKT prioritere søkerne og holde ventelisten til botiltakene oppdatert."
  />
);

export const LedigeBoenheterPage = () => (
  <PlaceholderPage
    title="Ledige boenheter"
    purpose="Her skal ESIKT se ledige boenheter og tildele dem til søkere på ventelisten."
  />
);

export const BeboerePage = () => (
  <PlaceholderPage
    title="Beboere"
    purpose="Her skal personalet se beboerne i sine botiltak, med primærkontakt og oppfølging."
  />
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
