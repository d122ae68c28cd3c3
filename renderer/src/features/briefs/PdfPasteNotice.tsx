import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { repairPdfPaste } from '../../../../common/brief';

/** Past this a paste is no page copied out of a PDF, and every keystroke would re-read it. */
const MAX_CHECKED_CHARS = 300_000;

/**
 * Offers to join the line ends and drop the page numbers of a text pasted from a PDF (see
 * `repairPdfPaste`). Asked, not done on paste: a line the author broke on purpose looks the same.
 */
export function PdfPasteNotice(props: { value: string; onRepair: (text: string) => void }) {
  const { t } = useTranslation();
  const repair = useMemo(
    () => (props.value.length > MAX_CHECKED_CHARS ? null : repairPdfPaste(props.value)),
    [props.value],
  );
  // What was done, shown until the text changes again.
  const [done, setDone] = useState<{ text: string; joined: number; pages: number } | null>(null);
  if (done && done.text === props.value)
    return (
      <p className="notice" role="status" data-testid="pdf-paste">
        {t('briefs.pdfPaste.done', {
          count: done.joined,
          removed: t('briefs.pdfPaste.removed', { count: done.pages }),
        })}
      </p>
    );
  if (!repair || (repair.joined === 0 && repair.pageNumbers === 0)) return null;
  return (
    <div className="notice pdf-paste" role="note" data-testid="pdf-paste">
      <p>
        {t('briefs.pdfPaste.found', {
          count: repair.joined,
          pages: t('briefs.pdfPaste.pages', { count: repair.pageNumbers }),
        })}
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          setDone({ text: repair.text, joined: repair.joined, pages: repair.pageNumbers });
          props.onRepair(repair.text);
        }}
      >
        {t('briefs.pdfPaste.join')}
      </button>
    </div>
  );
}
