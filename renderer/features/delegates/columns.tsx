import type { ReactNode } from 'react';
import type { DelegateStatus } from '../../../shared/contract/delegates';
import type { ExportColumn } from '../../../shared/contract/export';
import type { IndexEntry, SortValue } from '../../../shared/delegate-list';
import type { Delegate } from '../../../shared/contract/delegates';
import type { Dict } from '../../i18n';
import { dayText } from '../../ui/dateText';
import { formatPhone } from './formatPhone';

/** The columns the organizer can show or hide; name (and the row number) are always there. */
export const COLUMN_IDS = ['title', 'organization', 'category', 'bridgePoint', 'status', 'rank', 'phone', 'email', 'appointmentDate', 'birthDate', 'notes'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['title', 'organization', 'category', 'status', 'rank', 'phone'];

const isColumn = (s: string): s is ColumnId => (COLUMN_IDS as readonly string[]).includes(s);

/** The saved choice (settings.delegateColumns), minus names this version does not know. */
export function columnsFromSettings(saved: readonly string[] | null | undefined): ColumnId[] {
  if (!saved) return [...DEFAULT_COLUMNS];
  return COLUMN_IDS.filter((c) => saved.includes(c) && isColumn(c));
}

/** What the cells need besides the delegate: names of categories and bridge points, the words. */
export interface CellContext {
  tr: Dict;
  categories: Map<string, { name: string; code: string }>;
  bridgePoints: Map<string, string>;
}

type Entry = IndexEntry<Delegate>;

export interface ColumnDef {
  id: ColumnId;
  /** The CSS grid track and the narrowest it may get (for the table's horizontal scroll). */
  track: string;
  min: number;
  className: string;
  /** The value the column sorts by; `plain` compares code points (ISO dates, digits) instead of collating. */
  sortValue(e: Entry, ctx: CellContext): SortValue;
  plain?: boolean;
  cell(e: Entry, ctx: CellContext): ReactNode;
  /** The full text, for the tooltip of a cut-off cell. */
  tip?(e: Entry): string | undefined;
}

const text = (s: string | null) => s ?? '';

export function RankCell({ e, tr }: { e: Entry; tr: Dict }) {
  if (e.rank === null) return null;
  const byHand = e.delegate.precedenceRank !== null;
  const tip = byHand ? tr.delegates.rankByHand : tr.delegates.rankByRule(e.rule?.pattern ?? '');
  return (
    <span className={`rank ${byHand ? 'rank-hand' : 'rank-rule'}`} title={tip} data-rank-source={byHand ? 'hand' : 'rule'}>
      {e.rank}
      <span className="sr-only"> ({tip})</span>
    </span>
  );
}

export const STATUS_CLASS: Record<DelegateStatus, string> = { invited: 'st-invited', confirmed: 'st-confirmed', declined: 'st-declined' };

export const COLUMNS: Record<ColumnId, ColumnDef> = {
  title: {
    id: 'title',
    track: 'minmax(76px, 1.6fr)',
    min: 76,
    className: 'col-text',
    sortValue: (e) => e.delegate.title,
    cell: (e) => text(e.delegate.title),
    tip: (e) => e.delegate.title ?? undefined,
  },
  organization: {
    id: 'organization',
    track: 'minmax(76px, 1.5fr)',
    min: 76,
    className: 'col-text',
    sortValue: (e) => e.delegate.organization,
    cell: (e) => text(e.delegate.organization),
    tip: (e) => e.delegate.organization ?? undefined,
  },
  category: {
    id: 'category',
    track: 'minmax(112px, 0.75fr)',
    min: 112,
    className: 'col-cat',
    sortValue: (e, ctx) => ctx.categories.get(e.delegate.categoryId)?.name ?? null,
    cell: (e, ctx) => {
      const cat = ctx.categories.get(e.delegate.categoryId);
      return cat ? (
        <span className={`cat cat-${cat.code}`}>
          <span className="cat-dot" aria-hidden="true" />
          <span className="cat-name">{cat.name}</span>
        </span>
      ) : null;
    },
  },
  bridgePoint: {
    id: 'bridgePoint',
    track: 'minmax(92px, 0.8fr)',
    min: 92,
    className: 'col-text',
    sortValue: (e, ctx) => (e.delegate.bridgePointId ? (ctx.bridgePoints.get(e.delegate.bridgePointId) ?? null) : null),
    cell: (e, ctx) => (e.delegate.bridgePointId ? ctx.bridgePoints.get(e.delegate.bridgePointId) : null),
  },
  status: {
    id: 'status',
    track: 'minmax(100px, 0.4fr)',
    min: 100,
    className: 'col-status',
    // Invited, confirmed, declined: the order of the workflow, not of the alphabet.
    sortValue: (e) => ({ invited: 0, confirmed: 1, declined: 2 })[e.delegate.status],
    cell: (e, ctx) => <span className={`status ${STATUS_CLASS[e.delegate.status]}`}>{ctx.tr.delegates.status[e.delegate.status]}</span>,
  },
  rank: {
    id: 'rank',
    track: 'minmax(78px, 0.3fr)',
    min: 78,
    className: 'col-rank tabular',
    sortValue: (e) => e.rank,
    cell: (e, ctx) => <RankCell e={e} tr={ctx.tr} />,
  },
  phone: {
    id: 'phone',
    track: 'minmax(132px, 0.45fr)',
    min: 132,
    className: 'col-phone tabular',
    plain: true,
    sortValue: (e) => (e.delegate.phone ? e.delegate.phone.replace(/\D/g, '') : null),
    cell: (e) => formatPhone(e.delegate.phone),
  },
  email: {
    id: 'email',
    track: 'minmax(120px, 1fr)',
    min: 120,
    className: 'col-text',
    plain: true,
    sortValue: (e) => e.delegate.email?.toLowerCase() ?? null,
    cell: (e) => text(e.delegate.email),
    tip: (e) => e.delegate.email ?? undefined,
  },
  appointmentDate: {
    id: 'appointmentDate',
    track: 'minmax(96px, 0.4fr)',
    min: 96,
    className: 'col-date tabular',
    plain: true,
    sortValue: (e) => e.delegate.appointmentDate,
    cell: (e) => dayText(e.delegate.appointmentDate),
  },
  birthDate: {
    id: 'birthDate',
    track: 'minmax(96px, 0.4fr)',
    min: 96,
    className: 'col-date tabular',
    plain: true,
    sortValue: (e) => e.delegate.birthDate,
    cell: (e) => dayText(e.delegate.birthDate),
  },
  notes: {
    id: 'notes',
    track: 'minmax(100px, 1fr)',
    min: 100,
    className: 'col-text',
    sortValue: (e) => e.delegate.notes,
    cell: (e) => text(e.delegate.notes),
    tip: (e) => e.delegate.notes ?? undefined,
  },
};

/** Checkbox, row number, name: always shown, in this order. */
export const FIXED_TRACKS = ['34px', '52px', 'minmax(130px, 1.25fr)'];
export const FIXED_MIN = 34 + 52 + 130;

export function gridTemplate(columns: readonly ColumnId[]): { template: string; minWidth: number } {
  return {
    template: [...FIXED_TRACKS, ...columns.map((c) => COLUMNS[c].track)].join(' '),
    minWidth: FIXED_MIN + columns.reduce((sum, c) => sum + COLUMNS[c].min, 0),
  };
}

/** The export carries the same columns as the screen, after the row number and the name. */
export const exportColumnsOf = (columns: readonly ColumnId[]): ExportColumn[] => ['seq', 'fullName', ...columns];
