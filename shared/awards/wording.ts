import { spokenPost } from '../spoken-post';
import { identityKey } from '../text';

/** A recipient as the MC reads it. */
export interface ReadRecipient {
  collective: boolean;
  /** The person, or the leader receiving for a collective (null: nobody named yet). */
  name: string | null;
  title: string | null;
  /** The person's unit, or the collective itself. */
  unit: string | null;
  /** Where the person (the leader) sits, "B-12", so the ushers can find them; null: not seated. */
  seat: string | null;
}

export interface ReadPresenter {
  name: string;
  title: string | null;
  organization: string | null;
}

/** "Vụ trưởng, Vụ Pháp chế", the unit left out when the title already names it ("Vụ trưởng Vụ Pháp chế"). */
export function titleAndUnit(title: string | null, unit: string | null): string | null {
  if (title && unit && identityKey(title).includes(identityKey(unit))) return title;
  return [title, unit].filter(Boolean).join(', ') || null;
}

const seatOf = (r: ReadRecipient) => (r.seat ? ` (ghế ${r.seat})` : '');

/**
 * One recipient's line. A person: "Đồng chí <name>, <title>, <unit>". A collective (Decree
 * 145/2013: its leader receives for it): "<unit>, đồng chí <leader>, <title> nhận thay", the
 * leader's seat being where the ushers go.
 */
export function recipientLine(r: ReadRecipient): string {
  if (r.collective) {
    const leader = r.name ? `, đồng chí ${[r.name, r.title].filter(Boolean).join(', ')} nhận thay` : '';
    return `${r.unit ?? ''}${leader}${seatOf(r)}`;
  }
  const about = titleAndUnit(r.title, r.unit);
  return `Đồng chí ${r.name ?? ''}${about ? `, ${about}` : ''}${seatOf(r)}`;
}

/** Who is invited up: "các đồng chí", "đại diện các tập thể", or both. */
function invited(list: readonly ReadRecipient[]): string {
  const collectives = list.filter((r) => r.collective).length;
  const one = list.length === 1;
  if (collectives === 0) return one ? 'đồng chí' : 'các đồng chí';
  if (collectives === list.length) return one ? 'đại diện tập thể' : 'đại diện các tập thể';
  return 'đại diện các tập thể và các đồng chí';
}

/**
 * The MC's lines for one batch, in Vietnamese whatever the screen's language (the MC speaks it):
 * the award, the recipients in the decision's order one a line, then the presenter.
 *   Xin trân trọng kính mời các đồng chí có tên sau lên nhận Bằng khen của Thủ tướng Chính phủ:
 *   1. Đồng chí Nguyễn Văn A, Vụ trưởng, Vụ Pháp chế (ghế B-12);
 *   2. …
 *   Xin kính mời đồng chí Lê Minh Hưng, Bộ trưởng Bộ Nội vụ lên trao thưởng.
 */
export function batchLines(award: string, list: readonly ReadRecipient[], presenter: ReadPresenter | null): string {
  const lines = [`Xin trân trọng kính mời ${invited(list)} có tên sau lên nhận ${award}:`];
  list.forEach((r, i) => lines.push(`${i + 1}. ${recipientLine(r)}${i === list.length - 1 ? '.' : ';'}`));
  lines.push(
    presenter
      ? `Xin kính mời đồng chí ${[presenter.name, spokenPost(presenter.title, presenter.organization)].filter(Boolean).join(', ')} lên trao thưởng.`
      : 'Xin kính mời đồng chí lãnh đạo lên trao thưởng.',
  );
  return lines.join('\n');
}

/** The script item's title: "Trao Bằng khen của Thủ tướng Chính phủ (đợt 1/3)", the batch left out when there is one. */
export const batchTitle = (award: string, index: number, of: number): string => `Trao ${award}${of > 1 ? ` (đợt ${index + 1}/${of})` : ''}`;

/**
 * Minutes on stage for a batch: two to call and walk up, present and take the photo, and one for
 * every three names read. Eight recipients: five minutes.
 */
export const batchMinutes = (recipients: number): number => 2 + Math.ceil(recipients / 3);
