import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { liveHash, parseRoute } from '../../renderer/app/route';
import { countdownText, offsetText } from '../../renderer/features/live/format';
import { en } from '../../renderer/i18n/en';
import { vi as viDict } from '../../renderer/i18n/vi';

// The api client picks its transport from `window` when loaded: the desktop's, here a stand-in.
vi.stubGlobal('window', { api: {} });
const { LiveButton } = await import('../../renderer/features/live/LiveButton');

describe('the stage view in the renderer', () => {
  it('boots from #live/<event>, and #live/<event>/screen in the second window; anything else is the app', () => {
    const id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(parseRoute(liveHash(id))).toEqual({ kind: 'live', eventId: id, screen: false });
    expect(parseRoute(liveHash(id, true))).toEqual({ kind: 'live', eventId: id, screen: true });
    for (const h of ['', '#', '#live', '#live/', '#live/a/b', '#live/%E0%A4%A', '#events']) expect(parseRoute(h)).toEqual({ kind: 'app' });
  });

  it('counts down in mm:ss, and past the length counts up with a minus, marked over', () => {
    expect(countdownText(600, 0)).toEqual({ text: '10:00', over: false });
    expect(countdownText(600, 0.4)).toEqual({ text: '10:00', over: false });
    expect(countdownText(600, 599.5)).toEqual({ text: '00:01', over: false });
    expect(countdownText(600, 600)).toEqual({ text: '00:00', over: false });
    expect(countdownText(600, 665.2)).toEqual({ text: '−01:05', over: true });
    expect(countdownText(90 * 60, 0).text).toBe('90:00');
  });

  it('says early or late to the nearest minute, in both languages', () => {
    expect(offsetText(viDict, 6.2)).toEqual({ text: 'Chậm 6 phút', tone: 'late' });
    expect(offsetText(viDict, -2)).toEqual({ text: 'Sớm 2 phút', tone: 'early' });
    expect(offsetText(viDict, 0.4)).toEqual({ text: 'Đúng giờ', tone: 'on-time' });
    expect(offsetText(viDict, 65).text).toBe('Chậm 1 giờ 5 phút');
    expect(offsetText(en, -2).text).toBe('2 min early');
    expect(offsetText(en, 120).text).toBe('2 h late');
  });

  it('offers the stage view and a second window from the script screen', () => {
    const html = renderToStaticMarkup(createElement(LiveButton, { eventId: 'e1' }));
    expect(html).toContain('Trình chiếu');
    expect(html).toContain('Mở cửa sổ thứ hai');
  });
});
