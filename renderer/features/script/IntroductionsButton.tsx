import { useState } from 'react';
import type { IntroductionsPreview, ScriptItem } from '../../../shared/contract/script';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useScript } from './scriptStore';

/**
 * Writes the introductions from the order of precedence. When the list has changed since, it
 * shows what changes; when the lines were edited by hand, it asks before writing over them.
 */
export function IntroductionsButton({ item, typed, onWritten }: { item: ScriptItem; typed: string; onWritten(item: ScriptItem): void }) {
  const tr = useT();
  const t = tr.script.intro;
  const [preview, setPreview] = useState<(IntroductionsPreview & { unsaved: boolean }) | null>(null);
  const [busy, setBusy] = useState(false);

  const write = async (overwriteEdits: boolean) => {
    setBusy(true);
    try {
      const written = await call('script.writeIntroductions', { itemId: item.id, overwriteEdits });
      useScript.getState().itemSaved(written);
      onWritten(written);
      setPreview(null);
      notifySuccess((d) => d.script.intro.written);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  const start = async () => {
    setBusy(true);
    try {
      const p = await call('script.previewIntroductions', { itemId: item.id });
      // Lines typed in the panel and not saved yet are the organizer's too: they would be lost.
      const unsaved = typed.trim() !== (item.mcLines ?? '').trim();
      // Nothing of the organizer's to lose, and something new: write at once.
      if (!p.edited && !unsaved && !item.mcLines) await write(false);
      else setPreview({ ...p, unsaved });
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={null} busy={busy} onClick={() => void start()} data-testid="intro-write">
        {item.generatedLines ? t.rewrite : t.write}
      </Button>
      {preview && (
        <Dialog
          title={t.title}
          onClose={() => setPreview(null)}
          size="lg"
          testId="intro-preview"
          footer={
            <>
              <span className="spacer" />
              <Button onClick={() => setPreview(null)}>{tr.common.cancel}</Button>
              <Button variant="primary" busy={busy} onClick={() => void write(preview.edited)} data-testid="intro-confirm">
                {preview.edited ? t.overwrite : t.confirm}
              </Button>
            </>
          }
        >
          {(preview.edited || preview.unsaved) && <p className="banner">{preview.unsaved ? t.unsavedWarning : t.editedWarning}</p>}
          {preview.added.length === 0 && preview.removed.length === 0 ? (
            <p className="muted">{t.noChange}</p>
          ) : (
            <div className="intro-diff" data-testid="intro-diff">
              {preview.removed.map((l) => (
                <p key={`-${l}`} className="intro-removed">
                  − {l}
                </p>
              ))}
              {preview.added.map((l) => (
                <p key={`+${l}`} className="intro-added">
                  + {l}
                </p>
              ))}
            </div>
          )}
        </Dialog>
      )}
    </>
  );
}
