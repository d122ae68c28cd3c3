import { useTranslation } from 'react-i18next';
import {
  BRIEF_READERS,
  DEFAULT_READER,
  isBriefReader,
  type BriefReader,
} from '../../../../common/brief/reader';

/**
 * 「読み手」: who the brief is for. The red pen explains the glossary's business-known words
 * (予定価格, 一般競争入札, 電子入札 …) only to a company new to municipalities; the user knows which one it is.
 */
export function ReaderSelect(props: {
  value: BriefReader | undefined;
  onChange: (reader: BriefReader) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="workspace__reader">
      <label className="field-label" htmlFor="issue-reader">
        {t('briefs.reader.label')}
      </label>
      <select
        id="issue-reader"
        className="input workspace__status"
        aria-describedby="issue-reader-help"
        value={props.value ?? DEFAULT_READER}
        onChange={(e) => {
          if (isBriefReader(e.target.value)) props.onChange(e.target.value);
        }}
      >
        {BRIEF_READERS.map((reader) => (
          <option key={reader} value={reader}>
            {t(`briefs.reader.options.${reader}`)}
          </option>
        ))}
      </select>
      <span id="issue-reader-help" className="muted">
        {t('briefs.reader.help')}
      </span>
    </div>
  );
}
