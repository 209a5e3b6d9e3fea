import { ApiError } from '../api/client';
import { useLanguage, useT } from '../i18n';
import { Banner } from './Banner';
import { Button } from './Button';

/** A screen whose data could not be read: why, in the current language, and a way to try again. */
export function LoadError({ error, onRetry, testId }: { error: unknown; onRetry(): void; testId: string }) {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  return (
    <Banner
      testId={testId}
      action={
        <Button size="sm" onClick={onRetry}>
          {tr.common.retry}
        </Button>
      }
    >
      {error instanceof ApiError ? error.error.message[lang] : tr.errors.unexpected}
    </Banner>
  );
}
