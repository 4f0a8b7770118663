import { useId, useState } from 'react';
import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { formatDate, formatDateTime } from '../../../components/format';
import { tekster } from '../tekster';

type History = components['schemas']['HouseRulesHistory'];
type Version = components['schemas']['HouseRulesVersion'];
type Rule = components['schemas']['Rule'];

function RuleList({ rules }: { rules: Rule[] }) {
  if (rules.length === 0) return <Paragraph>{tekster.regler.ingenRegler}</Paragraph>;
  const sorted = [...rules].sort((a, b) => a.number - b.number);
  return (
    <ol className="bta-rules">
      {sorted.map((rule) => (
        <li key={rule.number} value={rule.number}>
          {rule.text}
        </li>
      ))}
    </ol>
  );
}

function versionLabel(version: Version): string {
  return `${tekster.regler.versjon(version.version)}${version.current ? ` (${tekster.regler.gjeldende})` : ''} – fra ${formatDate(version.validFrom)}`;
}

/** The current house rules and HMS rules, with earlier versions one choice away (R-FAC-2). */
export function HouseRulesView({ history }: { history: History }) {
  const selectId = useId();
  const [selected, setSelected] = useState<number>(history.currentVersion);
  const versions = [...history.versions].sort((a, b) => b.version - a.version);
  const shown = versions.find((v) => v.version === selected) ?? versions[0];

  if (!shown) return <Paragraph>{tekster.regler.ingen}</Paragraph>;

  return (
    <div className="bta-stack">
      {versions.length > 1 && (
        <Field>
          <Label htmlFor={selectId}>{tekster.regler.velgVersjon}</Label>
          <Select id={selectId} value={selected} onChange={(e) => setSelected(Number(e.target.value))} width="auto">
            {versions.map((v) => (
              <Select.Option key={v.version} value={v.version}>
                {versionLabel(v)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <div aria-live="polite" className="bta-stack">
        <Paragraph>
          <strong>
            {tekster.regler.versjon(shown.version)}
            {shown.current ? ` (${tekster.regler.gjeldende})` : ''}
          </strong>
          {tekster.regler.gjelderFra(formatDate(shown.validFrom), formatDateTime(shown.createdAt), shown.createdBy)}
        </Paragraph>
        {!shown.current && <Paragraph className="bta-subtle">{tekster.regler.tidligere}</Paragraph>}
        {shown.changeNote && <Paragraph>{tekster.regler.endring(shown.changeNote)}</Paragraph>}
        <Heading level={3} data-size="xs">
          {tekster.regler.husorden}
        </Heading>
        <RuleList rules={shown.houseRules} />
        <Heading level={3} data-size="xs">
          {tekster.regler.hms}
        </Heading>
        <RuleList rules={shown.hmsRules} />
      </div>
    </div>
  );
}
