import { describe, expect, it } from 'vitest';
import { formatDateTime, formatEventWhen, formatNumber } from '../../renderer/i18n/format';

describe('dates, times and numbers on screen', () => {
  it('write a moment day first with the full year in both languages, as formal papers do', () => {
    const iso = new Date(2026, 11, 1, 14, 5, 9).toISOString();
    expect(formatDateTime(iso, 'vi')).toBe('01/12/2026 14:05');
    expect(formatDateTime(iso, 'en')).toBe('01/12/2026 14:05');
    expect(formatDateTime(iso, 'vi', true)).toBe('01/12/2026 14:05:09');
  });

  it('write an event day by day, and numbers with the language separator', () => {
    expect(formatEventWhen({ startDate: '2027-01-08', endDate: null, startTime: '08:00' }, 'vi')).toBe('08/01/2027 · 08:00');
    expect(formatEventWhen({ startDate: '2027-01-08', endDate: '2027-01-09', startTime: null }, 'en')).toBe('8 Jan 2027 – 9 Jan 2027');
    expect(formatNumber(1975, 'vi')).toBe('1.975');
    expect(formatNumber(1975, 'en')).toBe('1,975');
  });
});
