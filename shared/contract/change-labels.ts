/**
 * What each write is called in the change history and on the undo button ("Hoàn tác: Nhập 1.975
 * đại biểu từ danh-sach.xlsx"), in both languages. A label reads the call's input and answer, and
 * the rows it changed (a deleted delegate's name is only there). A write with no label here gets a
 * plain one from its name; a test lists every write call and fails on one without a label.
 */
import type { Message } from '../result';
import { CHECKLIST_LABELS } from './change-labels-checklist';

/** The rows a change set holds, as the history recorded them (columns in snake_case). */
export interface ChangedRows {
  count(table: string, op?: 'insert' | 'update' | 'delete'): number;
  first(table: string, op?: 'insert' | 'update' | 'delete'): Record<string, unknown> | null;
}

type Label = (input: Record<string, unknown>, output: unknown, rows: ChangedRows) => Message;

const vi = (n: number) => n.toLocaleString('vi-VN');
const en = (n: number) => n.toLocaleString('en-GB');
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const nameOf = (rows: ChangedRows, table: string) => str(rows.first(table, 'delete')?.full_name ?? rows.first(table)?.full_name ?? rows.first(table)?.name);
const people = (n: number) => ({ vi: `${vi(n)} đại biểu`, en: `${en(n)} ${n === 1 ? 'delegate' : 'delegates'}` });

const RESULT_LABELS: Record<string, Message> = {
  passed: { vi: 'đạt', en: 'passed' },
  problems: { vi: 'có vấn đề', en: 'problems' },
  failed: { vi: 'không đạt', en: 'failed' },
};

export const CHANGE_LABELS: Record<string, Label> = {
  'settings.update': () => ({ vi: 'Đổi cài đặt', en: 'Change the settings' }),
  'events.create': (i) => ({ vi: `Tạo hội nghị “${str(i.name)}”`, en: `Create the event “${str(i.name)}”` }),
  'events.update': (i) => ({ vi: `Sửa thông tin hội nghị “${str(i.name)}”`, en: `Edit the event “${str(i.name)}”` }),
  'events.delete': (_i, _o, r) => ({
    vi: `Xóa hội nghị “${str(r.first('events', 'delete')?.name)}”`,
    en: `Delete the event “${str(r.first('events', 'delete')?.name)}”`,
  }),
  'events.createDemo': () => ({ vi: 'Tạo hội nghị mẫu', en: 'Create the demo event' }),
  // The handler names the laptop the file came from; this is the fallback.
  'eventFile.import': () => ({ vi: 'Nhập tệp sự kiện', en: 'Import an event file' }),
  'categories.create': (i) => ({ vi: `Thêm đối tượng “${str(i.label)}”`, en: `Add the category “${str(i.label)}”` }),
  'bridgePoints.create': (i) => ({ vi: `Thêm điểm cầu “${str(i.name)}”`, en: `Add the bridge point “${str(i.name)}”` }),
  'bridgePoints.update': (i) => ({ vi: `Sửa điểm cầu “${str(i.name)}”`, en: `Edit the bridge point “${str(i.name)}”` }),
  'bridgePoints.delete': (_i, _o, r) => {
    const n = str(r.first('bridge_points', 'delete')?.name);
    return { vi: `Xóa điểm cầu “${n}”`, en: `Delete the bridge point “${n}”` };
  },
  'bridgePoints.setMain': (i, o) => {
    const main = ((o as { id: string; name: string }[] | undefined) ?? []).find((p) => p.id === i.id);
    return main
      ? { vi: `Đặt “${main.name}” làm điểm cầu chính`, en: `Make “${main.name}” the main point` }
      : { vi: 'Bỏ chọn điểm cầu chính', en: 'Clear the main point' };
  },
  'bridgePoints.assign': (_i, o) => {
    const p = people((o as { updated?: number } | undefined)?.updated ?? 0);
    return { vi: `Chuyển ${p.vi} sang điểm cầu`, en: `Move ${p.en} to a bridge point` };
  },
  'bridgeTests.create': () => ({ vi: 'Thêm lịch kiểm tra đường truyền', en: 'Add a connection test' }),
  'bridgeTests.update': () => ({ vi: 'Sửa lịch kiểm tra đường truyền', en: 'Edit a connection test' }),
  'bridgeTests.delete': () => ({ vi: 'Xóa lịch kiểm tra đường truyền', en: 'Delete a connection test' }),
  'bridgeTests.generate': (_i, o) => {
    const n = (o as { created?: unknown[] } | undefined)?.created?.length ?? 0;
    return { vi: `Lập lịch kiểm tra đường truyền (${vi(n)} lần)`, en: `Schedule connection tests (${en(n)})` };
  },
  'bridgeTests.log': (i) => {
    const r = RESULT_LABELS[str(i.result)] ?? { vi: '', en: '' };
    return { vi: `Ghi kết quả kiểm tra đường truyền: ${r.vi}`, en: `Log a connection test: ${r.en}` };
  },
  'delegates.create': (i) => ({ vi: `Thêm đại biểu ${str(i.fullName)}`, en: `Add the delegate ${str(i.fullName)}` }),
  'delegates.update': (i) => ({ vi: `Sửa đại biểu ${str(i.fullName)}`, en: `Edit the delegate ${str(i.fullName)}` }),
  'delegates.delete': (_i, _o, r) => ({ vi: `Xóa đại biểu ${nameOf(r, 'delegates')}`, en: `Delete the delegate ${nameOf(r, 'delegates')}` }),
  'delegates.bulkUpdate': (_i, _o, r) => {
    const p = people(r.count('delegates', 'update'));
    return { vi: `Sửa ${p.vi}`, en: `Edit ${p.en}` };
  },
  'delegates.bulkDelete': (_i, _o, r) => {
    const p = people(r.count('delegates', 'delete'));
    return { vi: `Xóa ${p.vi}`, en: `Delete ${p.en}` };
  },
  'import.commit': (i, _o, r) => {
    const p = people(r.count('delegates', 'insert'));
    const u = r.count('delegates', 'update');
    const file = str(i.fileName);
    return {
      vi: `Nhập ${p.vi}${u ? `, cập nhật ${vi(u)}` : ''}${file ? ` từ ${file}` : ''}`,
      en: `Import ${p.en}${u ? `, update ${en(u)}` : ''}${file ? ` from ${file}` : ''}`,
    };
  },
  'precedence.move': (_i, _o, r) => {
    const n = str(r.first('delegates')?.full_name);
    return { vi: `Đổi thứ tự ưu tiên của ${n}`, en: `Move ${n} in the order of precedence` };
  },
  'precedence.reset': () => ({ vi: 'Bỏ điều chỉnh thủ công thứ tự ưu tiên', en: 'Undo hand changes to the order of precedence' }),
  'precedence.saveSettings': () => ({ vi: 'Đổi cài đặt thứ tự ưu tiên', en: 'Change the precedence settings' }),
  'precedenceRules.save': () => ({ vi: 'Lưu quy tắc chức vụ', en: 'Save the title rules' }),
  'precedenceRules.add': (i) => {
    const post = str((i.rule as Record<string, unknown> | undefined)?.post);
    return { vi: `Đặt cấp cho chức vụ «${post}»`, en: `Give “${post}” a level` };
  },
  'precedenceRules.reset': () => ({ vi: 'Khôi phục danh mục chức vụ mặc định', en: 'Restore the default catalogue of posts' }),
  'precedenceRules.copy': () => ({ vi: 'Chép quy tắc chức vụ từ hội nghị khác', en: 'Copy the title rules of another event' }),
  'seating.createPlan': (i, _o, r) => ({
    vi: `Tạo sơ đồ chỗ ngồi “${str(i.name)}” (${vi(r.count('plan_seats', 'insert'))} ghế)`,
    en: `Create the seating plan “${str(i.name)}” (${en(r.count('plan_seats', 'insert'))} seats)`,
  }),
  'seating.deletePlan': (_i, _o, r) => ({
    vi: `Xóa sơ đồ chỗ ngồi “${str(r.first('seating_plans', 'delete')?.name)}”`,
    en: `Delete the seating plan “${str(r.first('seating_plans', 'delete')?.name)}”`,
  }),
  'seating.updatePlan': (_i, o) => ({
    vi: `Sửa sơ đồ chỗ ngồi “${str((o as { name?: string } | undefined)?.name)}”`,
    en: `Edit the seating plan “${str((o as { name?: string } | undefined)?.name)}”`,
  }),
  'seating.setPresidium': () => ({ vi: 'Chọn Đoàn Chủ tịch', en: 'Choose the presidium' }),
  'seating.assign': (i, _o, r) =>
    i.delegateId === null
      ? { vi: 'Bỏ trống một ghế', en: 'Empty a seat' }
      : r.count('plan_seats', 'update') > 2
        ? { vi: 'Đổi chỗ hai đại biểu', en: 'Swap two delegates' }
        : { vi: 'Xếp chỗ cho một đại biểu', en: 'Seat a delegate' },
  'seating.markSeats': (i) => {
    const n = Array.isArray(i.seatIds) ? i.seatIds.length : 0;
    return { vi: `Đánh dấu ${vi(n)} ghế`, en: `Mark ${en(n)} ${n === 1 ? 'seat' : 'seats'}` };
  },
  'seating.addRow': (i, _o, r) => {
    const n = r.count('plan_seats', 'insert');
    const row = str(r.first('plan_seats', 'insert')?.row_label);
    return i.zone === 'presidium'
      ? { vi: `Thêm hàng ${row} của Đoàn Chủ tịch (${vi(n)} ghế)`, en: `Add presidium row ${row} (${en(n)} seats)` }
      : { vi: `Thêm hàng ghế ${row} (${vi(n)} ghế)`, en: `Add row ${row} (${en(n)} seats)` };
  },
  'seating.removeRow': (i, _o, r) => {
    const row = str(r.first('plan_seats', 'delete')?.row_label);
    return i.zone === 'presidium'
      ? { vi: `Bỏ hàng ${row} của Đoàn Chủ tịch`, en: `Remove presidium row ${row}` }
      : { vi: `Bỏ hàng ghế ${row}`, en: `Remove row ${row}` };
  },
  'seating.setRowSeats': (i, o) => {
    const n = typeof i.seats === 'number' ? i.seats : 0;
    const seat = (o as { seats?: { zone: string; rowIndex: number; rowLabel: string }[] } | undefined)?.seats?.find(
      (s) => s.zone === i.zone && s.rowIndex === i.rowIndex,
    );
    const row =
      i.zone === 'presidium'
        ? { vi: `hàng ${seat?.rowLabel ?? ''} của Đoàn Chủ tịch`, en: `presidium row ${seat?.rowLabel ?? ''}` }
        : { vi: `hàng ghế ${seat?.rowLabel ?? ''}`, en: `row ${seat?.rowLabel ?? ''}` };
    return { vi: `Đổi ${row.vi} thành ${vi(n)} ghế`, en: `Make ${row.en} ${en(n)} ${n === 1 ? 'seat' : 'seats'}` };
  },
  'seating.copyPlan': (_i, o, r) => {
    const name = str((o as { plan?: { name?: string } } | undefined)?.plan?.name);
    const n = r.count('plan_seats', 'insert');
    return { vi: `Chép sơ đồ chỗ ngồi “${name}” (${vi(n)} ghế)`, en: `Copy the seating plan “${name}” (${en(n)} seats)` };
  },
  'script.addItem': (i) => {
    const t = str((i.item as { title?: string } | undefined)?.title);
    return { vi: `Thêm mục “${t}” vào kịch bản`, en: `Add “${t}” to the script` };
  },
  'script.updateItem': (_i, o) => {
    const t = str((o as { title?: string } | undefined)?.title);
    return { vi: `Sửa mục “${t}” của kịch bản`, en: `Edit “${t}” in the script` };
  },
  'script.deleteItem': (_i, _o, r) => {
    const t = str(r.first('script_items', 'delete')?.title);
    return { vi: `Xóa mục “${t}” khỏi kịch bản`, en: `Delete “${t}” from the script` };
  },
  'script.moveItem': () => ({ vi: 'Đổi thứ tự kịch bản', en: 'Reorder the script' }),
  'script.updateSettings': () => ({ vi: 'Đổi cài đặt kịch bản', en: 'Change the script settings' }),
  'script.applyTemplate': (i, _o, r) => {
    const n = r.count('script_items', 'insert');
    return i.mode === 'replace'
      ? { vi: `Lập kịch bản từ mẫu (${vi(n)} mục)`, en: `Start the script from a template (${en(n)} items)` }
      : { vi: `Thêm ${vi(n)} mục từ mẫu vào kịch bản`, en: `Add ${en(n)} items from a template to the script` };
  },
  'script.saveTemplate': (i) => ({ vi: `Lưu kịch bản làm mẫu “${str(i.name)}”`, en: `Save the script as the template “${str(i.name)}”` }),
  'script.deleteTemplate': () => ({ vi: 'Xóa một mẫu kịch bản', en: 'Delete a script template' }),
  'script.writeIntroductions': () => ({ vi: 'Viết lời giới thiệu đại biểu từ danh sách', en: 'Write the introductions from the list' }),
  'script.setBlocs': () => ({ vi: 'Sửa các khối giới thiệu đại biểu', en: 'Edit the introduction blocs' }),
  // The live calls write only script_live, which the history does not record: these name them for
  // completeness (a test asks every write for a label), they never appear on the undo button.
  'live.start': () => ({ vi: 'Bắt đầu chương trình', en: 'Start the programme' }),
  'live.next': () => ({ vi: 'Chuyển sang mục tiếp theo', en: 'Go on to the next item' }),
  'live.back': () => ({ vi: 'Quay lại mục trước', en: 'Go back to the item before' }),
  'live.setActualStart': () => ({ vi: 'Tính lại giờ từ giờ bắt đầu thực tế', en: 'Re-time from the actual start' }),
  'live.reset': () => ({ vi: 'Đặt lại phần trình chiếu', en: 'Reset the live run' }),
  'awards.createKind': (i) => {
    const n = str((i.kind as Record<string, unknown> | undefined)?.name);
    return { vi: `Thêm hình thức khen thưởng “${n}”`, en: `Add the award “${n}”` };
  },
  'awards.updateKind': (_i, _o, r) => {
    const n = str(r.first('award_kinds')?.name);
    return { vi: `Sửa hình thức khen thưởng “${n}”`, en: `Edit the award “${n}”` };
  },
  'awards.deleteKind': (_i, _o, r) => {
    const n = str(r.first('award_kinds', 'delete')?.name);
    return { vi: `Xóa hình thức khen thưởng “${n}”`, en: `Delete the award “${n}”` };
  },
  'awards.moveKind': () => ({ vi: 'Đổi thứ tự các hình thức khen thưởng', en: 'Reorder the awards' }),
  'awards.addRecipient': (_i, _o, r) => {
    const row = r.first('award_recipients', 'insert');
    const n = str(row?.full_name ?? row?.unit);
    return { vi: `Thêm người nhận khen thưởng ${n}`, en: `Add the award recipient ${n}` };
  },
  'awards.updateRecipient': (_i, _o, r) => {
    const row = r.first('award_recipients');
    const n = str(row?.full_name ?? row?.unit);
    return { vi: `Sửa người nhận khen thưởng ${n}`, en: `Edit the award recipient ${n}` };
  },
  'awards.deleteRecipient': (_i, _o, r) => {
    const row = r.first('award_recipients', 'delete');
    const n = str(row?.full_name ?? row?.unit);
    return { vi: `Xóa người nhận khen thưởng ${n}`, en: `Delete the award recipient ${n}` };
  },
  'awards.moveRecipient': () => ({ vi: 'Đổi thứ tự người nhận khen thưởng', en: 'Reorder the award recipients' }),
  'awards.importRecipients': (i, _o, r) => {
    const n = r.count('award_recipients', 'insert');
    const file = str(i.fileName);
    return { vi: `Nhập ${vi(n)} người nhận khen thưởng từ ${file}`, en: `Import ${en(n)} award recipients from ${file}` };
  },
  'awards.setPresenter': (i) => {
    const batch = typeof i.batchIndex === 'number' ? i.batchIndex + 1 : 0;
    return i.delegateId
      ? { vi: `Chọn người trao thưởng cho đợt ${batch}`, en: `Choose the presenter of batch ${batch}` }
      : { vi: `Để thứ tự ưu tiên chọn người trao thưởng cho đợt ${batch}`, en: `Let precedence choose the presenter of batch ${batch}` };
  },
  'awards.writeScript': (_i, _o, r) => {
    const n = r.count('script_items', 'insert');
    return { vi: `Đưa ${vi(n)} đợt trao thưởng vào kịch bản`, en: `Write ${en(n)} award batches into the script` };
  },
  'checkin.checkIn': (_i, o) => {
    const n = str((o as { person?: { fullName?: unknown } } | undefined)?.person?.fullName);
    return { vi: `Điểm danh ${n}`, en: `Check in ${n}` };
  },
  'checkin.setSeniorLevel': (i) =>
    typeof i.level === 'number'
      ? { vi: `Đổi khách cấp cao thành từ cấp ${i.level} trở lên`, en: `Senior guests set to level ${i.level} and above` }
      : { vi: 'Đặt khách cấp cao về mức chuẩn', en: 'Senior guests set back to the standard cut' },
  'checkin.undo': (_i, o) => {
    const n = str((o as { fullName?: unknown } | undefined)?.fullName);
    return { vi: `Hủy điểm danh ${n}`, en: `Take back the check-in of ${n}` };
  },
  'seating.autoSeat': (i, o) => {
    const n = (o as { seated?: number; moved?: number } | undefined) ?? {};
    const placed = (n.seated ?? 0) + (n.moved ?? 0);
    return i.mode === 'unseated'
      ? { vi: `Xếp chỗ cho ${vi(n.seated ?? 0)} đại biểu chưa có chỗ`, en: `Seat ${en(n.seated ?? 0)} delegates without a seat` }
      : { vi: `Xếp chỗ tự động theo nghi thức (${vi(placed)} đại biểu)`, en: `Seat by protocol (${en(placed)} delegates)` };
  },
  'badges.createTemplate': (i) => ({ vi: `Thêm mẫu thẻ “${str(i.name)}”`, en: `Add the badge template “${str(i.name)}”` }),
  'badges.updateTemplate': (_i, _o, r) => {
    const n = str(r.first('badge_templates')?.name);
    return { vi: `Sửa mẫu thẻ “${n}”`, en: `Edit the badge template “${n}”` };
  },
  'badges.deleteTemplate': (_i, _o, r) => {
    const n = str(r.first('badge_templates', 'delete')?.name);
    return { vi: `Xóa mẫu thẻ “${n}”`, en: `Delete the badge template “${n}”` };
  },
  'badges.recordPrinted': (_i, _o, r) => {
    const n = r.count('badge_prints', 'insert');
    return { vi: `Ghi nhận đã in ${vi(n)} thẻ đại biểu`, en: `Record ${en(n)} ${n === 1 ? 'badge' : 'badges'} printed` };
  },
  ...CHECKLIST_LABELS,
};

/** The label of a write; one from the call's name when it has none of its own. */
export function changeLabel(call: string, input: Record<string, unknown>, output: unknown, rows: ChangedRows): Message {
  const f = CHANGE_LABELS[call];
  return f ? f(input, output, rows) : { vi: `Thao tác ${call}`, en: `Operation ${call}` };
}
