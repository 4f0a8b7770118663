import { useState } from 'react';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { formatDate } from '../../../components/format';
import { InlineForm } from '../../../components/InlineForm';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Confirmation } from '../../../components/SavedAlert';
import { Section } from '../../../components/Section';
import { useActionForm } from '../../../components/useActionForm';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { useMyDigest } from '../api/useMyDigest';
import { useSetMyDigest } from '../api/useSetMyDigest';
import { tekster } from '../tekster';

type DigestSetting = components['schemas']['DigestSetting'];

const t = tekster.varsel;
const ID = 'varsel-epost';

const onSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254, t.forLang)
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+$/.test(v), t.ugyldigEpost),
});
const onFields = ['email'] as const;
const offSchema = z.object({});
const noFields = [] as const;

/** Off: an optional address (empty: the one on the token) and a button that switches the digest on. */
function SwitchOn({ onSaved }: { onSaved: (message: string) => void }) {
  const save = useSetMyDigest();
  const { form, errors, fieldId, frame } = useActionForm({
    id: `${ID}-pa`,
    schema: onSchema,
    fields: onFields,
    defaultValues: { email: '' },
    save: (v) => save.mutateAsync({ enabled: true, email: v.email === '' ? null : v.email }),
    onSaved: () => onSaved(t.slattPa),
  });
  return (
    <>
      <Paragraph>{t.av}</Paragraph>
      <InlineForm {...frame} labelledBy={ID} submitText={t.slaPa} pendingText={t.lagrer} failureHeading={t.feilLagre}>
        <Textfield
          id={fieldId('email')}
          label={t.epost}
          description={t.epostBeskrivelse}
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register('email')}
        />
      </InlineForm>
    </>
  );
}

/** On: where it goes, which facilities, when it was last sent, and a button that switches it off. */
function SwitchOff({ setting, onSaved }: { setting: DigestSetting; onSaved: (message: string) => void }) {
  const save = useSetMyDigest();
  const { names } = useFacilityNames();
  const { frame } = useActionForm({
    id: `${ID}-av`,
    schema: offSchema,
    fields: noFields,
    defaultValues: {},
    save: () => save.mutateAsync({ enabled: false }),
    onSaved: () => onSaved(t.slattAv),
  });
  const facilities = setting.facilities.map((id) => names.get(id) ?? id).join(', ');
  return (
    <>
      <Paragraph>{t.pa(setting.email ?? '')}</Paragraph>
      {facilities && <Paragraph>{t.botiltak(facilities)}</Paragraph>}
      {setting.lastSentOn && <Paragraph>{t.sistSendt(formatDate(setting.lastSentOn))}</Paragraph>}
      <InlineForm {...frame} labelledBy={ID} submitText={t.slaAv} pendingText={t.lagrer} failureHeading={t.feilLagre}>
        {null}
      </InlineForm>
    </>
  );
}

/**
 * "Varsler på e-post" on the Oversikt page: the caller switches the daily e-mail of what the page shows on or off
 * for themselves (reading it also tells the backend which facilities the caller's login has now).
 */
export function DigestSettingSection() {
  const setting = useMyDigest();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Section id={ID} heading={t.tittel}>
      <Paragraph>{t.ingress}</Paragraph>
      {saved && <Confirmation message={saved} />}
      {setting.isPending ? (
        <Loading text={t.henter} />
      ) : setting.error ? (
        <ProblemAlert error={setting.error} heading={t.feil} />
      ) : setting.data.enabled ? (
        <SwitchOff setting={setting.data} onSaved={setSaved} />
      ) : (
        <SwitchOn onSaved={setSaved} />
      )}
    </Section>
  );
}
