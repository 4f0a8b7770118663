import { useAuth } from '../../../auth/AuthContext';
import { readsIntakesAsQueue } from '../../../auth/roles';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { usePersonCase } from '../../../shared/person/caseView';
import { FullPageLink } from '../../../shared/person/components/FullPageLink';
import { useIntake } from '../api/useIntake';
import { tekster } from '../tekster';
import { IntakeDetails } from './IntakeDetails';

/** The case view's Søknad tab: the newest application the user may read, as its page shows it (getIntake). */
export function PersonIntakeTab() {
  const { person } = usePersonCase();
  return person.application ? <IntakeTab intakeId={person.application.id} /> : null;
}

function IntakeTab({ intakeId }: { intakeId: string }) {
  const { user } = useAuth();
  const intake = useIntake(intakeId);
  const { names } = useFacilityNames();
  return (
    <>
      <FullPageLink to={`/soknader/${encodeURIComponent(intakeId)}`}>{tekster.person.apne}</FullPageLink>
      {intake.isPending ? (
        <Loading text={tekster.person.henter} />
      ) : intake.error ? (
        <ProblemAlert error={intake.error} heading={tekster.side.feil} />
      ) : (
        <IntakeDetails intake={intake.data} facilityNames={names} queueView={readsIntakesAsQueue(user)} />
      )}
    </>
  );
}
