import { call } from '../../api/client';
import { notifyError } from '../../ui/toast';
import { columnsFromSettings, widthsFromSettings, type ColumnId, type ColumnWidths } from './columns';
import { useDelegateView } from './viewStore';

// Only the answer to the latest save is shown: an older one arriving late (a key held down on a
// resize handle sends several) must not put an earlier width back.
let columnsSeq = 0;
let widthsSeq = 0;

/** Shows the choice at once and remembers it for the next launch; then shows what was stored. */
export function saveColumns(columns: ColumnId[]): void {
  useDelegateView.getState().setColumns(columns);
  const seq = ++columnsSeq;
  call('settings.update', { delegateColumns: columns })
    .then((s) => {
      if (seq === columnsSeq) useDelegateView.getState().setColumns(columnsFromSettings(s.delegateColumns));
    })
    .catch(notifyError);
}

/** Remembers the dragged widths (settings.delegateColumnWidths); then shows what was stored. */
export function saveWidths(widths: ColumnWidths = useDelegateView.getState().widths): void {
  const seq = ++widthsSeq;
  call('settings.update', { delegateColumnWidths: widths as Record<string, number> })
    .then((s) => {
      if (seq === widthsSeq) useDelegateView.getState().setWidths(widthsFromSettings(s.delegateColumnWidths));
    })
    .catch(notifyError);
}
