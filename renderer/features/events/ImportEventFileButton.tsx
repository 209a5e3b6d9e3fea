import { useRef } from 'react';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { UploadIcon } from '../../ui/icons';
import { useEventFile } from './eventFileStore';

/** "Nhập tệp sự kiện…": picks a .hoinghi file and opens its review (the events list and the first run both offer it). */
export function ImportEventFileButton({ variant = 'secondary' }: { variant?: 'secondary' | 'ghost' }) {
  const tr = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant={variant} icon={<UploadIcon />} onClick={() => input.current?.click()} title={tr.eventFile.dropHint} data-testid="evfile-import">
        {tr.eventFile.import}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".hoinghi"
        hidden
        data-testid="evfile-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void useEventFile.getState().open(file);
        }}
      />
    </>
  );
}
