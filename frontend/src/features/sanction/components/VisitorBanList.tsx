import { useState } from 'react';
import { Button, Checkbox, Table } from '@digdir/designsystemet-react';
import { ActionDialog } from '../../../components/ActionDialog';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { todayIso } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { ListResult } from '../../../components/ListResult';
import { Pager } from '../../../components/Pager';
import { SavedAlert } from '../../../components/SavedAlert';
import { Section } from '../../../components/Section';
import { useDialogState } from '../../../components/useDialogState';
import { useVisitorBans, type VisitorBan } from '../api/useVisitorBans';
import { LIFT_VISITOR_BAN_FORM_ID, LiftVisitorBanForm } from '../form/LiftVisitorBanForm';
import { tekster, utstederTekst } from '../tekster';

const PAGE_SIZE = 20;
const HEADING_ID = 'besoksforbud-liste';

/** Whether the ban is in force, lifted (when, by whom, why) or ended. */
function BanStatus({ ban, onLift }: { ban: VisitorBan; onLift: () => void }) {
  const t = tekster.forbud;
  if (ban.active) {
    return (
      <div className="bta-buttons">
        <span>{t.gjelder}</span>
        <Button type="button" variant="secondary" data-size="sm" aria-haspopup="dialog" onClick={onLift}>
          {t.opphev}
        </Button>
      </div>
    );
  }
  if (ban.liftedAt) {
    // The day it was lifted, in Oslo.
    return <>{t.opphevet(formatDate(todayIso(new Date(ban.liftedAt))), ban.liftedBy ?? '', ban.liftReason ?? '')}</>;
  }
  return <>{t.utlopt}</>;
}

/**
 * "Er NN utestengt?": the visitor bans at the facility, those in force first (R-SAN-9), each in force with
 * "Opphev forbud"; on request also the lifted and ended ones.
 */
export function VisitorBanList({ facilityId }: { facilityId: string }) {
  const t = tekster.forbud;
  const [all, setAll] = useState(false);
  const [page, setPage] = useState(0);
  const status = all ? 'ALL' : 'ACTIVE';
  const bans = useVisitorBans({ facility: facilityId, status, page, size: PAGE_SIZE });
  const { open, saved, savedRef, start, close, done } = useDialogState<VisitorBan>();

  return (
    <Section id={HEADING_ID} heading={t.tittel}>
      <Checkbox
        label={t.visAlle}
        checked={all}
        onChange={(event) => {
          setAll(event.target.checked);
          setPage(0);
        }}
      />
      {saved && <SavedAlert ref={savedRef}>{saved}</SavedAlert>}
      <ListResult
        isPending={bans.isPending}
        error={bans.error}
        data={bans.data}
        loadingText={t.henter}
        errorHeading={t.feil}
        empty={all ? t.ingenAlle : t.ingen}
      >
        {(data) => (
          <>
            <CaptionedTable labelledBy={HEADING_ID} size="sm" headers={[t.besokende, t.ilagtAv, t.periode, t.begrunnelse, t.status]}>
              {data.items.map((ban) => (
                <Table.Row key={ban.id}>
                  <Table.HeaderCell scope="row">{ban.visitor}</Table.HeaderCell>
                  <Table.Cell>{utstederTekst[ban.issuedBy]}</Table.Cell>
                  <Table.Cell>{t.periodeTekst(formatDate(ban.fromDate), ban.toDate ? formatDate(ban.toDate) : null)}</Table.Cell>
                  <Table.Cell className="bta-pre">{ban.reason}</Table.Cell>
                  <Table.Cell>
                    <BanStatus ban={ban} onLift={() => start(ban)} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </CaptionedTable>
            <Pager page={page} size={PAGE_SIZE} totalItems={data.totalItems} onChange={setPage} label={t.sider} />
          </>
        )}
      </ListResult>
      <ActionDialog formId={open ? LIFT_VISITOR_BAN_FORM_ID : null} onClose={close}>
        {open && <LiftVisitorBanForm ban={open} onDone={done} onCancel={close} />}
      </ActionDialog>
    </Section>
  );
}
