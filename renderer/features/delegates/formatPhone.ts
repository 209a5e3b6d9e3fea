/**
 * Groups a bare Vietnamese number for reading aloud at the desk: 0912 345 678, 024 3825 1234.
 * Anything already spaced, or foreign, is shown as the organizer typed it.
 */
export function formatPhone(phone: string | null): string {
  if (!phone || !/^\d+$/.test(phone)) return phone ?? '';
  if (phone.length === 10 && phone.startsWith('0')) return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
  if (phone.length === 11 && phone.startsWith('02')) return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  return phone;
}
