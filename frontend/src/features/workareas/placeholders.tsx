import { PlaceholderPage } from '../../components/PlaceholderPage';

/*
 * Work areas that later issues fill in. Until then each page says what it will be for and
 * that it is not ready: no made-up data.
 */

export const EgenbetalingPage = () => (
  <PlaceholderPage
    title="Egenbetaling"
    purpose="Her skal økonomi følge opp egenbetalingen: krav, innbetalinger med KID og restanser."
  />
);
