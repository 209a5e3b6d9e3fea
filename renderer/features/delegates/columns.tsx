import type { ReactNode } from 'react';
import type { DelegateStatus } from '../../../shared/contract/delegates';
import type { ExportColumn } from '../../../shared/contract/export';
import type { IndexEntry, SortValue } from '../../../shared/delegate-list';
import type { OrderEntry } from '../../../shared/precedence/order';
import { reasonText } from '../../../shared/precedence/reason-text';
import type { Delegate } from '../../../shared/contract/delegates';
import type { SeatPlace } from '../../../shared/contract/seating';
import { placesText } from '../../../shared/seating/seat-label';
import type { Dict } from '../../i18n';
import { dayText } from '../../ui/dateText';
import { formatPhone } from './formatPhone';

/** The columns the organizer can show or hide; name (and the row number) are always there. */
export const COLUMN_IDS = [
  'title',
  'organization',
  'category',
  'bridgePoint',
  'status',
  'rank',
  'phone',
  'email',
  'appointmentDate',
  'birthDate',
  'notes',
  'seat',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['title', 'organization', 'category', 'status', 'rank', 'phone'];

const isColumn = (s: string): s is ColumnId => (COLUMN_IDS as readonly string[]).includes(s);

/** Columns whose width the organizer can drag: the name and every optional one. */
export type WidthId = 'fullName' | ColumnId;
export type ColumnWidths = Partial<Record<WidthId, number>>;
const isWidthId = (s: string): s is WidthId => s === 'fullName' || isColumn(s);

/** The saved widths (settings.delegateColumnWidths), minus columns this version does not know. */
export function widthsFromSettings(saved: Record<string, number> | null | undefined): ColumnWidths {
  return Object.fromEntries(Object.entries(saved ?? {}).filter(([k]) => isWidthId(k))) as ColumnWidths;
}

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
  lang: 'vi' | 'en';
  /** Each counted delegate's entry in the order of precedence. */
  order: ReadonlyMap<string, OrderEntry>;
  /** Where each seated delegate sits, plan by plan. */
  seats: ReadonlyMap<string, readonly SeatPlace[]>;
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

const seatText = (e: Entry, ctx: CellContext) => placesText(ctx.seats.get(e.delegate.id) ?? [], ctx.lang);

/** The place in the order of precedence; marked when set by hand or when no rule gives a level. */
function RankCell({ e, ctx }: { e: Entry; ctx: CellContext }) {
  const o = ctx.order.get(e.delegate.id);
  if (!o) return null;
  const source = o.reason.kind === 'rule' && o.handOrder === null ? 'rule' : o.reason.kind === 'none' ? 'none' : 'hand';
  const tip = `${o.level === null ? ctx.tr.delegates.noLevel : ctx.tr.delegates.levelN(o.level)} · ${reasonText(o, ctx.lang)}`;
  return (
    <span className={`rank rank-${source}`} title={tip} data-rank-source={source}>
      {o.position}
      {source === 'none' && <span aria-hidden="true">&nbsp;!</span>}
      <span className="sr-only"> ({tip})</span>
    </span>
  );
}

const STATUS_CLASS: Record<DelegateStatus, string> = { invited: 'st-invited', confirmed: 'st-confirmed', declined: 'st-declined' };

export const COLUMNS: Record<ColumnId, ColumnDef> = {
  title: {
    id: 'title',
    // Titles and units carry the most text: narrower, they read "Phó Vụ t…"; the table scrolls sideways instead.
    track: 'minmax(170px, 1.6fr)',
    min: 170,
    className: 'col-text',
    sortValue: (e) => e.delegate.title,
    cell: (e) => text(e.delegate.title),
    tip: (e) => e.delegate.title ?? undefined,
  },
  organization: {
    id: 'organization',
    track: 'minmax(150px, 1.5fr)',
    min: 150,
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
    plain: true,
    sortValue: (e, ctx) => ctx.order.get(e.delegate.id)?.position ?? null,
    cell: (e, ctx) => <RankCell e={e} ctx={ctx} />,
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
  seat: {
    id: 'seat',
    track: 'minmax(110px, 0.6fr)',
    min: 110,
    className: 'col-text tabular',
    sortValue: (e, ctx) => seatText(e, ctx),
    cell: (e, ctx) => seatText(e, ctx),
    tip: undefined,
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

/** Checkbox and row number: always shown, first, and fixed at the left edge with the name (see --dsticky). */
const CHECK_WIDTH = 34;
const INDEX_WIDTH = 52;
const NAME_TRACK = 'minmax(150px, 1.25fr)';
const NAME_MIN = 150;

/** The track of a column: the width it was dragged to, or its own flexible default. */
const trackOf = (c: ColumnId, widths: ColumnWidths) => (widths[c] ? `${widths[c]}px` : COLUMNS[c].track);

export function gridTemplate(columns: readonly ColumnId[], widths: ColumnWidths = {}): { template: string; minWidth: number } {
  const name = widths.fullName;
  return {
    template: [`${CHECK_WIDTH}px`, `${INDEX_WIDTH}px`, name ? `${name}px` : NAME_TRACK, ...columns.map((c) => trackOf(c, widths))].join(' '),
    minWidth: CHECK_WIDTH + INDEX_WIDTH + (name ?? NAME_MIN) + columns.reduce((sum, c) => sum + (widths[c] ?? COLUMNS[c].min), 0),
  };
}

/** The narrowest a dragged column may get: its default minimum, or less for the short ones. */
export const minWidthOf = (c: WidthId): number => Math.min(c === 'fullName' ? NAME_MIN : COLUMNS[c].min, 96);

/** The export carries the same columns as the screen, after the row number and the name. */
export const exportColumnsOf = (columns: readonly ColumnId[]): ExportColumn[] => ['seq', 'fullName', ...columns];
