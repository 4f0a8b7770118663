import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Field, Heading, Input, Label, Link, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { toApiError } from '../../../api/problem';
import type { components } from '../../../api/schema.gen';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Terms } from '../../../components/Terms';
import { useBankImport } from '../api/useBankImport';
import { useImportBankFile } from '../api/useImportBankFile';
import { belop, tekster } from '../tekster';
import { JobProgress } from './JobProgress';

type BankImport = components['schemas']['BankImport'];

const t = tekster.innlesing;

/** The import report: how many payments, matched, unmatched, duplicates, and the sum of the new ones. */
export function ImportReport({ report }: { report: BankImport }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [report.id]);
  return (
    <section aria-labelledby="innlesing-rapport-tittel" className="bta-stack">
      <Heading level={3} data-size="xs" id="innlesing-rapport-tittel" tabIndex={-1} ref={ref}>
        {t.rapport(report.filename)}
      </Heading>
      <Terms
        rows={[
          [t.totalt, String(report.total)],
          [t.matchet, String(report.matched)],
          [t.umatchet, String(report.unmatched)],
          [t.duplikater, String(report.duplicates)],
          [t.sum, belop(report.amountOre)],
        ]}
      />
      {report.unmatched > 0 && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/egenbetaling?visning=umatchet">{t.tilUmatchet}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}

/**
 * A large file read in the background (RUNNING): done of total payments. The heading takes focus
 * once when the import starts, not on every poll.
 */
export function ImportProgress({ bankImport }: { bankImport: BankImport }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [bankImport.id]);
  return (
    <section aria-labelledby="innlesing-framdrift-tittel" className="bta-stack">
      <Heading level={3} data-size="xs" id="innlesing-framdrift-tittel" tabIndex={-1} ref={ref}>
        {t.pagar(bankImport.filename)}
      </Heading>
      <Paragraph>{t.bakgrunn}</Paragraph>
      <JobProgress
        id="innlesing-framdrift"
        label={t.framdrift(bankImport.done, bankImport.total)}
        done={bankImport.done}
        total={bankImport.total}
        running
      />
    </section>
  );
}

/** An import that stopped halfway (FAILED): why, how far it got, and that reading the file again finishes it. */
export function ImportFailed({ bankImport }: { bankImport: BankImport }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [bankImport.id]);
  return (
    <Alert data-color="warning" role="status" tabIndex={-1} ref={ref}>
      <Heading level={3} data-size="xs">
        {t.feilet(bankImport.filename)}
      </Heading>
      <Paragraph>{t.feiletBehandlet(bankImport.done, bankImport.total)}</Paragraph>
      {bankImport.error && <Paragraph>{t.feilmelding(bankImport.error)}</Paragraph>}
      <Paragraph>{t.feiletHint}</Paragraph>
    </Alert>
  );
}

/** The import in whichever state it is: progress, report or what went wrong. */
function ImportResult({ bankImport }: { bankImport: BankImport }) {
  switch (bankImport.state) {
    case 'RUNNING':
      return <ImportProgress bankImport={bankImport} />;
    case 'DONE':
      return <ImportReport report={bankImport} />;
    case 'FAILED':
      return <ImportFailed bankImport={bankImport} />;
  }
}

/** The file's content as text (FileReader: works in every browser and in jsdom). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(t.feilLes));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * Innlesing av OCR-fil (R-PAY-3): the bank's file read as text and sent to the API. A small file is
 * imported at once and its report shown; a large one runs in the background and is followed until
 * it is DONE or FAILED.
 */
export function ImportView() {
  const mutation = useImportBankFile();
  const [importId, setImportId] = useState<string | null>(null);
  const bankImport = useBankImport(importId);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const failure = mutation.error ? toApiError(mutation.error) : null;
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      <form
        noValidate
        aria-labelledby="visning-tittel"
        className="bta-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) {
            setMissing(true);
            inputRef.current?.focus();
            return;
          }
          setMissing(false);
          setImportId(null);
          void readText(file).then((content) =>
            mutation.mutate({ filename: file.name, content }, { onSuccess: (started) => setImportId(started.id) }),
          );
        }}
      >
        {failure && (
          <Alert data-color="danger" role="alert">
            <Heading level={3} data-size="xs">
              {t.feil}
            </Heading>
            <Paragraph>
              {failure.problem.title}
              {failure.problem.detail ? `: ${failure.problem.detail}` : ''}
            </Paragraph>
          </Alert>
        )}
        <Field>
          <Label htmlFor="innlesing-fil">{t.fil}</Label>
          <Paragraph data-size="sm" id="innlesing-fil-beskrivelse">
            {t.filBeskrivelse}
          </Paragraph>
          <Input
            ref={inputRef}
            id="innlesing-fil"
            type="file"
            accept=".txt,text/plain"
            aria-describedby={missing ? 'innlesing-fil-beskrivelse innlesing-fil-feil' : 'innlesing-fil-beskrivelse'}
            aria-invalid={missing ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissing(false);
              mutation.reset();
              // A finished report belongs to the previous file; an import still running stays in view.
              if (bankImport.data?.state !== 'RUNNING') setImportId(null);
            }}
          />
          {missing && <ValidationMessage id="innlesing-fil-feil">{t.manglerFil}</ValidationMessage>}
        </Field>
        <div className="bta-buttons">
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            {mutation.isPending ? t.leser : t.lesInn}
          </Button>
        </div>
      </form>
      {bankImport.error && <ProblemAlert error={bankImport.error} heading={t.hentFeil} />}
      {bankImport.data && <ImportResult bankImport={bankImport.data} />}
    </>
  );
}
