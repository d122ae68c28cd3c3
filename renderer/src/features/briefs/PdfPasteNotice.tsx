import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { repairPdfPaste } from '../../../../common/brief';
import { SETTLE_ABOVE_CHARS, useSettled } from '../../ui/useSettled';

/** Past this a paste is no page copied out of a PDF, and every keystroke would re-read it. */
const MAX_CHECKED_CHARS = 300_000;

const repairOf = (text: string) => (text.length > MAX_CHECKED_CHARS ? null : repairPdfPaste(text));

/**
 * Offers to join the line ends and drop the page numbers of a text pasted from a PDF (see
 * `repairPdfPaste`). Asked, not done on paste: a line the author broke on purpose looks the same.
 */
export function PdfPasteNotice(props: { value: string; onRepair: (text: string) => void }) {
  const { t } = useTranslation();
  // 40 ms on 150,000 characters: a long text is re-read when typing pauses, not per keystroke.
  const repair = useSettled(props.value, repairOf, props.value.length > SETTLE_ABOVE_CHARS);
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
          // The offer may be a beat behind the text: repair what is there now, never an older text.
          const now = repairPdfPaste(props.value);
          setDone({ text: now.text, joined: now.joined, pages: now.pageNumbers });
          props.onRepair(now.text);
        }}
      >
        {t('briefs.pdfPaste.join')}
      </button>
    </div>
  );
}
