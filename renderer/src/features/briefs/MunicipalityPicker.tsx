import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadMunicipalities, type Municipality } from './municipalities';

/**
 * Choose one of Japan's local governments (全国地方公共団体コード). A native datalist keeps
 * it keyboard- and screen-reader-friendly; the list loads on first use, not at startup.
 */
export function MunicipalityPicker(props: {
  code: string;
  name: string;
  onChange: (value: { code: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [all, setAll] = useState<Municipality[] | null>(null);
  const [text, setText] = useState(props.name);
  const unknown = all !== null && text.trim() !== '' && !all.some((m) => m.label === text.trim());

  useEffect(() => {
    let live = true;
    void loadMunicipalities().then((list) => live && setAll(list));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="form-row">
      <label className="field-label" htmlFor={id}>
        {t('briefs.municipality')}
      </label>
      <input
        id={id}
        className="input"
        list={`${id}-list`}
        value={text}
        placeholder={t('briefs.municipalityPlaceholder')}
        aria-invalid={unknown}
        aria-describedby={unknown ? `${id}-err` : undefined}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          const match = all?.find((m) => m.label === value.trim());
          if (match) props.onChange({ code: match.code, name: match.label });
          else if (value.trim() === '') props.onChange({ code: '', name: '' });
        }}
      />
      <datalist id={`${id}-list`}>
        {all?.map((m) => (
          <option key={m.code} value={m.label}>
            {m.ruby}
          </option>
        ))}
      </datalist>
      {unknown && (
        <p id={`${id}-err`} className="field-error">
          {t('briefs.municipalityUnknown')}
        </p>
      )}
      {props.code && <p className="muted field-help">{props.code}</p>}
    </div>
  );
}
