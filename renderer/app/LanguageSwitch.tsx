import { LANGUAGES } from '../../shared/contract/settings';
import { useLanguage, useT } from '../i18n';
import { changeLanguage } from './changeLanguage';

/** VI | EN, always in the header. */
export function LanguageSwitch() {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  return (
    <div className="lang-switch" role="group" aria-label={tr.language.label}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={`lang-btn${lang === l ? ' is-on' : ''}`}
          aria-pressed={lang === l}
          title={tr.language[l]}
          onClick={() => changeLanguage(l)}
          data-testid={`lang-${l}`}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
