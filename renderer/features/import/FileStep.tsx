import { useRef, useState, type DragEvent } from 'react';
import { ApiError } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { FileIcon, UploadIcon } from '../../ui/icons';
import { chooseFile } from './importActions';
import { useImport } from './importStore';
import type { FileProblem } from './readFile';

type FileError = { local: FileProblem; name: string } | { error: unknown; name: string };

function FileErrorBanner({ error }: { error: FileError }) {
  const tr = useT();
  const f = tr.import.file;
  const lang = useLanguage((s) => s.lang);
  let detail: string;
  if ('local' in error) detail = error.local === 'wrongType' ? f.wrongType(error.name) : f.tooBig(error.name);
  else detail = error.error instanceof ApiError ? error.error.error.message[lang] : tr.errors.unexpected;
  return (
    <Banner testId="import-file-error">
      <strong>{f.failed(error.name)}</strong> {detail}
      <span className="banner-note">{f.unchanged}</span>
    </Banner>
  );
}

/** Step 1: a file dropped on the zone or chosen with the button; read here, inspected by the server. */
export function FileStep({ eventId }: { eventId: string }) {
  const tr = useT();
  const f = tr.import.file;
  const reading = useImport((s) => s.reading);
  const fileError = useImport((s) => s.fileError) as FileError | null;
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (file: File | undefined) => {
    if (file && !reading) void chooseFile(eventId, file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files[0]);
  };

  return (
    <div className="import-body">
      <div className="import-file">
        {fileError && <FileErrorBanner error={fileError} />}
        <div
          className={`dropzone${over ? ' is-over' : ''}${reading ? ' is-busy' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="import-dropzone"
        >
          <span className="dropzone-icon" aria-hidden="true">
            {reading ? <span className="spinner spinner-lg" /> : <UploadIcon />}
          </span>
          {reading ? (
            <p className="dropzone-title" role="status">
              {f.reading(reading)}
            </p>
          ) : (
            <>
              <p className="dropzone-title">{f.dropTitle}</p>
              <p className="dropzone-or">{f.or}</p>
              <Button variant="primary" icon={<FileIcon />} onClick={() => inputRef.current?.click()} data-testid="import-choose">
                {f.choose}
              </Button>
            </>
          )}
          <p className="dropzone-formats">{f.formats}</p>
          <input
            ref={inputRef}
            type="file"
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              take(e.target.files?.[0]);
              e.target.value = '';
            }}
            data-testid="import-file-input"
          />
        </div>
        <ul className="import-tips">
          {f.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
