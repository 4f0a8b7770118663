import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ActionForm } from '../../../components/ActionForm';
import { formatDate } from '../../../components/format';
import { useActionForm } from '../../../components/useActionForm';
import { useLiftVisitorBan } from '../api/useLiftVisitorBan';
import type { VisitorBan } from '../api/useVisitorBans';
import { tekster } from '../tekster';
import { liftVisitorBanFields, liftVisitorBanSchema } from './sanctionSchemas';

export const LIFT_VISITOR_BAN_FORM_ID = 'opphev-besoksforbud';

/** Lift a ban in force with the reason (R-SAN-9); a ban lifted or ended meanwhile answers 409, whose detail the form shows. */
export function LiftVisitorBanForm({
  ban,
  onDone,
  onCancel,
}: {
  ban: VisitorBan;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = tekster.forbud;
  const mutation = useLiftVisitorBan();
  const { form, errors, fieldId, frame } = useActionForm({
    id: LIFT_VISITOR_BAN_FORM_ID,
    schema: liftVisitorBanSchema,
    fields: liftVisitorBanFields,
    defaultValues: { reason: '' },
    save: (v) => mutation.mutateAsync({ banId: ban.id, reason: v.reason.trim() }),
    onSaved: () => onDone(t.opphevetLagret(ban.visitor)),
  });
  return (
    <ActionForm {...frame} title={t.opphevTittel} submitText={t.opphev} onCancel={onCancel}>
      <Paragraph>{t.opphevBeskrivelse(ban.visitor, formatDate(ban.fromDate), ban.toDate ? formatDate(ban.toDate) : null)}</Paragraph>
      <Textfield
        id={fieldId('reason')}
        label={t.opphevGrunn}
        multiline
        rows={3}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </ActionForm>
  );
}
