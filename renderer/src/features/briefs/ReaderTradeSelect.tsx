import { useTranslation } from 'react-i18next';
import { NO_READER_TRADE, READER_TRADES, readerTradeOf } from '../../../../common/brief/trade';

const CHOICES = [NO_READER_TRADE, ...READER_TRADES] as const;

/**
 * 「読み手の業種」: the reader company's trade, beside 「読み手」 and independent of it. The red pen
 * leaves the words that trade uses daily (長寿命化 to a facility-management firm) unexplained.
 */
export function ReaderTradeSelect(props: { value: string; onChange: (trade: string) => void }) {
  const { t } = useTranslation();
  // A trade a newer client wrote reads as none here; the record keeps it until the user chooses.
  const value = readerTradeOf(props.value) ?? NO_READER_TRADE;
  return (
    <div className="workspace__reader">
      <label className="field-label" htmlFor="issue-reader-trade">
        {t('briefs.readerTrade.label')}
      </label>
      <select
        id="issue-reader-trade"
        className="input workspace__status"
        aria-describedby="issue-reader-trade-help"
        value={value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {CHOICES.map((trade) => (
          <option key={trade} value={trade}>
            {t(`briefs.readerTrade.options.${trade}`)}
          </option>
        ))}
      </select>
      <span id="issue-reader-trade-help" className="muted">
        {t('briefs.readerTrade.help')}
      </span>
    </div>
  );
}
