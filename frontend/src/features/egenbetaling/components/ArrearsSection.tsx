import { useState } from 'react';
import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFacilities } from '../../facility/api/useFacilities';
import { useArrears } from '../api/useArrears';
import { tekster } from '../tekster';
import { ArrearsTable } from './ArrearsTable';

const t = tekster.restanser;

/** Facility id → name, for tables that get only ids from the API. */
export function useFacilityNames() {
  const { data } = useFacilities(0, 100);
  return { facilities: data?.items ?? [], names: new Map((data?.items ?? []).map((f) => [f.id, f.name])) };
}

interface Props {
  /** Heading level 2 with this text; without it the section has no heading of its own. */
  heading?: string;
  /** A facility filter (okonomi sees every facility). */
  withFilter?: boolean;
}

/**
 * Restanser (R-PAY-4): arrears by age per agreement, flagged rows and repayment plans marked. Used
 * on the Egenbetaling page (okonomi, with a facility filter) and on Beboere (staff, own facilities).
 */
export function ArrearsSection({ heading, withFilter = false }: Props) {
  const [facilityInput, setFacilityInput] = useState('');
  const [facility, setFacility] = useState('');
  const { data, error, isPending } = useArrears({ facility });
  const { facilities, names } = useFacilityNames();
  const headingId = 'restanser-tittel';
  const content = (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      {withFilter && (
        <form
          role="search"
          aria-label={t.vis}
          className="bta-inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setFacility(facilityInput);
          }}
        >
          <Field>
            <Label htmlFor="restanser-botiltak">{t.botiltak}</Label>
            <Select id="restanser-botiltak" value={facilityInput} onChange={(e) => setFacilityInput(e.target.value)} width="auto">
              <Select.Option value="">{t.alleBotiltak}</Select.Option>
              {facilities.map((f) => (
                <Select.Option key={f.id} value={f.id}>
                  {f.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary">
            {t.vis}
          </Button>
        </form>
      )}
      {isPending ? (
        <Loading text="Henter restansene …" />
      ) : error ? (
        <ProblemAlert error={error} heading={t.feil} />
      ) : (
        <ArrearsTable arrears={data} facilityNames={names} />
      )}
    </>
  );
  if (!heading) return <div className="bta-stack">{content}</div>;
  return (
    <section aria-labelledby={headingId} className="bta-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {content}
    </section>
  );
}
