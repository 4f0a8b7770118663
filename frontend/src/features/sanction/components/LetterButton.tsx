import { ProblemAlert } from '../../../components/ProblemAlert';
import { DownloadButton } from '../../../components/DownloadButton';
import { useDownloadLetter } from '../api/useDownloadLetter';
import { tekster } from '../tekster';

/** Downloads the decision letter or the forhåndsvarsel as the PDF the resident receives. */
export function LetterButton({ letter, id }: { letter: 'decision' | 'advanceNotice'; id: string }) {
  const t = tekster.sak;
  const download = useDownloadLetter(letter, id);
  return (
    <>
      <DownloadButton
        label={letter === 'decision' ? t.vedtaksbrev : t.forhandsvarselBrev}
        pendingLabel={t.henterPdf}
        pending={download.isPending}
        onClick={() => download.mutate()}
      />
      {download.error && <ProblemAlert error={download.error} heading={t.pdfFeil} />}
    </>
  );
}
