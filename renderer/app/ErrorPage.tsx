import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { detectLanguage } from '../i18n/detectLanguage';
import { I18nContext, type I18nValue } from '../i18n/I18nContext';
import { translate } from '../i18n/translate';
import { copyToClipboard, errorDetails, shortenAddress, type PageFailure } from './errorDetails';
import { HOME_SECTION } from './navigation';
import { leaveForLastWorkingAddress, rememberFailedAddress } from './useRoute';

const SHOWN_ADDRESS_CHARACTERS = 200;
/** Direction controls: in a shown address they could reorder what the user reads (…txt.exe). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * In the app's language; also usable above the i18n provider (the top boundary), where the
 * remembered choice is the current language.
 */
function usePageTranslation(): I18nValue['t'] {
  const i18n = useContext(I18nContext);
  const language = i18n?.language ?? detectLanguage();
  return (key, ...params) => translate(language, key, ...params);
}

type CopyState = 'idle' | 'copied' | 'refused';

/** Shown instead of a page that failed to render or an address that leads nowhere: never a blank app. */
export function ErrorPage({ failure }: { failure: PageFailure }) {
  const t = usePageTranslation();
  const headingId = useId();
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const details = useMemo(() => errorDetails(failure, window.location.href), [failure]);
  const detailsRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(function sayWhatHappened() {
    // Back passes this address by from now on; focus goes where a screen reader reads what happened.
    rememberFailedAddress(window.location.hash);
    headingRef.current?.focus();
  }, []);

  useEffect(
    function selectDetailsToCopyByHand() {
      if (copyState === 'refused') detailsRef.current?.select();
    },
    [copyState],
  );

  async function copyDetails() {
    setCopyState((await copyToClipboard(details)) ? 'copied' : 'refused');
  }

  const title = failure.kind === 'address' ? t('errorBoundary.address.title') : t('errorBoundary.render.title');
  return (
    <section className="empty-state" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {failure.kind === 'address' ? (
        <>
          <p>{t(`errorBoundary.address.${failure.problem.reason}`)}</p>
          <p>
            {t('errorBoundary.address.label')}{' '}
            <bdi>{shortenAddress(failure.problem.address.replace(BIDI_CONTROLS, ''), SHOWN_ADDRESS_CHARACTERS)}</bdi>
          </p>
        </>
      ) : (
        <p>{t('errorBoundary.render.text')}</p>
      )}
      <p>{t('errorBoundary.detailsNote')}</p>
      <div className="empty-state-actions">
        <button type="button" className="button-primary" onClick={() => leaveForLastWorkingAddress(HOME_SECTION)}>
          {t('common.back')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('errorBoundary.reload')}
        </button>
        <button type="button" onClick={() => void copyDetails()}>
          {t('errorBoundary.copyDetails')}
        </button>
      </div>
      <p role="status">
        {copyState === 'copied'
          ? t('errorBoundary.copied')
          : copyState === 'refused'
            ? t('errorBoundary.copyRefused')
            : ''}
      </p>
      {copyState === 'refused' && (
        <textarea ref={detailsRef} readOnly rows={8} aria-label={t('errorBoundary.details')} value={details} />
      )}
    </section>
  );
}
