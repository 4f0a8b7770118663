import { newAgreementStep } from './features/agreement/form/NewAgreementForm';
import { IntakePage } from './features/intake/pages/IntakePage';

/** The application page with the agreement step, as the route shows it (one chunk for both). */
export function IntakeWithAgreementStep() {
  return <IntakePage agreementStep={newAgreementStep} />;
}
