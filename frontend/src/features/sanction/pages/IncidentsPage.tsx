import { useMemo, useState } from 'react';
import { Alert, Button, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useAuth } from '../../../auth/AuthContext';
import { ActionDialog } from '../../../components/ActionDialog';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useAgreements } from '../../../shared/agreement/api/useAgreements';
import { useIncidents } from '../api/useIncidents';
import { useMyFacilities } from '../../../shared/facility/useMyFacilities';
import { ENTRY_FORM_ID, EntryForm, INCIDENT_FORM_ID, IncidentForm, VISITOR_BAN_FORM_ID, VisitorBanForm } from '../form/IncidentForms';
import { tekster } from '../tekster';
import { SavedAlert } from '../../../components/SavedAlert';
import { useDialogState } from '../../../components/useDialogState';
import { Section } from '../../../components/Section';
import { EntryList } from '../components/EntryList';
import { IncidentTable } from '../components/IncidentTable';
import { VisitorBanList } from '../components/VisitorBanList';

const PAGE_SIZE = 20;

type Dialog = typeof INCIDENT_FORM_ID | typeof ENTRY_FORM_ID | typeof VISITOR_BAN_FORM_ID;

/** Person id → name and the newest agreement at the facility, to name residents and link to their ladder. */
function useResidentsAt(facilityId: string) {
  const agreements = useAgreements({ facility: facilityId, page: 0, size: 200 });
  return useMemo(() => {
    const map = new Map<string, { name: string; agreementId: string; startDate: string }>();
    for (const a of agreements.data?.items ?? []) {
      const known = map.get(a.person.id);
      if (!known || known.startDate < a.startDate) {
        map.set(a.person.id, { name: a.person.name, agreementId: a.id, startDate: a.startDate });
      }
    }
    return map;
  }, [agreements.data]);
}

/**
 * Hendelser: incidents at the user's facility, newest first, its visitor bans and entries without consent, and the
 * forms for incidents, entries and visitor bans.
 */
export function IncidentsPage() {
  const t = tekster.hendelser;
  useDocumentTitle(t.tittel);
  const { user } = useAuth();
  const facilities = useMyFacilities();
  const [facilityId, setFacilityId] = useState(user.facilities[0] ?? '');
  const [page, setPage] = useState(0);
  const { open, saved, savedRef, start, close, done } = useDialogState<Dialog>();
  const incidents = useIncidents({ facility: facilityId, page, size: PAGE_SIZE }, { enabled: facilityId !== '' });
  const residents = useResidentsAt(facilityId);

  if (user.facilities.length === 0) {
    return (
      <>
        <PageHeading>{t.tittel}</PageHeading>
        <Alert data-color="warning">
          <Paragraph>{t.ingenBotiltak}</Paragraph>
        </Alert>
      </>
    );
  }

  const formProps = { facilityId, onDone: done, onCancel: close };

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      {facilities.length > 1 && (
        <Field>
          <Label htmlFor="hendelser-botiltak">{t.botiltak}</Label>
          <Select
            id="hendelser-botiltak"
            value={facilityId}
            onChange={(event) => {
              setFacilityId(event.target.value);
              setPage(0);
            }}
          >
            {facilities.map((f) => (
              <Select.Option key={f.value} value={f.value}>
                {f.label}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <div className="bta-buttons">
        {(
          [
            [INCIDENT_FORM_ID, t.registrer],
            [ENTRY_FORM_ID, t.loggInnlasing],
            [VISITOR_BAN_FORM_ID, t.besoksforbud],
          ] as const
        ).map(([id, text], index) => (
          <Button key={id} type="button" variant={index === 0 ? 'primary' : 'secondary'} aria-haspopup="dialog" onClick={() => start(id)}>
            {text}
          </Button>
        ))}
      </div>
      {saved && <SavedAlert ref={savedRef}>{saved}</SavedAlert>}
      <ActionDialog formId={open} onClose={close}>
        {open === INCIDENT_FORM_ID && <IncidentForm {...formProps} />}
        {open === ENTRY_FORM_ID && <EntryForm {...formProps} />}
        {open === VISITOR_BAN_FORM_ID && <VisitorBanForm {...formProps} />}
      </ActionDialog>

      <Section id="hendelser-liste" heading={t.liste}>
        {incidents.isPending ? (
          <Loading text={tekster.hendelser.henter} />
        ) : incidents.error ? (
          <ProblemAlert error={incidents.error} heading={t.feil} />
        ) : incidents.data.items.length === 0 ? (
          <Paragraph>{t.ingen}</Paragraph>
        ) : (
          <>
            <IncidentTable incidents={incidents.data.items} residents={residents} />
            <Pager page={page} size={PAGE_SIZE} totalItems={incidents.data.totalItems} onChange={setPage} label={tekster.hendelser.sider} />
          </>
        )}
      </Section>
      {/* Keyed by the facility, so that a change of facility starts the lists on their first page. */}
      <VisitorBanList key={`forbud-${facilityId}`} facilityId={facilityId} />
      <EntryList key={`innlasinger-${facilityId}`} facilityId={facilityId} />
    </>
  );
}
