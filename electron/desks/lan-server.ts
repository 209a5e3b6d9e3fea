import type { IncomingHttpHeaders } from 'node:http';
import { fail, type Result } from '../../shared/result';
import { dispatch, type DispatchContext } from '../main/dispatch';
import { serve, type Answer, type Served } from '../main/http-serve';
import { Pairing, type PairingKeep } from './pairing';

export const DESK_TOKEN_HEADER = 'x-hoi-nghi-token';
/** The desk's calls are a code or a few words: a few KB is plenty. */
const MAX_BODY = 16 * 1024;

/** What a paired desk may ask for: the check-in of the opened event, nothing else. */
const ALLOWED = new Set(['checkin.find', 'checkin.checkIn', 'checkin.status', 'checkin.undo']);

export interface LanServer extends Served {
  pairing: Pairing;
}

const refuse = (status: number, reason: string, vi: string, en: string): Answer => ({ status, result: fail('FORBIDDEN', { vi, en }, { reason }) });

const REVOKED = refuse(
  403,
  'revoked',
  'Máy chủ đã thu hồi quyền của bàn này. Hãy ghép nối lại bằng mã mới.',
  'The host revoked this desk. Pair again with a new code.',
);
const NOT_PAIRED = refuse(403, 'not-paired', 'Bàn này chưa được ghép nối với máy chủ.', 'This desk is not paired with the host.');

/**
 * The check-in of one event on the venue's network: the built renderer in desk mode, pairing with
 * the host's code, and the allowed calls of that event run through the host's own dispatch, each
 * named after its desk. Same request handling as the preview (Host, Origin, sizes, timeouts).
 */
export async function startLanServer(o: {
  bind: string;
  port: number;
  event: { id: string; name: string };
  ctx: DispatchContext;
  rendererDir: string;
  keep?: PairingKeep;
}): Promise<LanServer> {
  const pairing = new Pairing(o.keep);
  const deskOf = (headers: IncomingHttpHeaders) => pairing.check(String(headers[DESK_TOKEN_HEADER] ?? ''));
  const event = { id: o.event.id, name: o.event.name };

  const served = await serve({
    bind: o.bind,
    port: o.port,
    rendererDir: o.rendererDir,
    maxBody: MAX_BODY,
    requestTimeoutMs: 10_000,
    idleTimeoutMs: 3_000,
    // The desk page: no token of the host's, only the mark that it is a desk.
    page: (html) => html.replace('</head>', '<meta name="hoi-nghi-desk" content="1"></head>'),
    authorize(path, headers) {
      if (path === '/desk/pair') return null;
      if (path !== '/desk/ping' && !path.startsWith('/rpc/'))
        return { status: 404, result: fail('UNKNOWN_CALL', { vi: 'Không có địa chỉ này.', en: 'No such address.' }) };
      const desk = deskOf(headers);
      if (desk === 'revoked') return REVOKED;
      if (!desk) return NOT_PAIRED;
      return null;
    },
    async post(path, input, headers, from) {
      if (path === '/desk/pair') return pair(input, from);
      const desk = deskOf(headers);
      if (!desk || desk === 'revoked') return NOT_PAIRED;
      if (path === '/desk/ping') return { status: 200, result: { ok: true, value: { desk: { id: desk.id, name: desk.name }, event } } };
      const name = path.slice('/rpc/'.length);
      if (!ALLOWED.has(name)) return refuse(403, 'not-allowed', 'Bàn điểm danh không được làm thao tác này.', 'A check-in desk may not do this.');
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return { status: 200, result: await dispatch(name, input, o.ctx) };
      const given = (input as { eventId?: unknown }).eventId;
      if (given !== undefined && given !== event.id)
        return refuse(403, 'other-event', 'Bàn này chỉ điểm danh cho hội nghị đã được mở.', 'This desk only checks in for the event it was opened for.');
      if (name === 'checkin.checkIn') desk.scans++;
      const result: Result<unknown> = await dispatch(name, { ...input, eventId: event.id }, { ...o.ctx, desk: desk.name });
      return { status: 200, result };
    },
    log: o.ctx.log,
  });

  async function pair(input: unknown, from: string): Promise<Answer> {
    const { code, name } = (input ?? {}) as { code?: unknown; name?: unknown };
    if (typeof code !== 'string' || code.length > 20 || (name !== undefined && (typeof name !== 'string' || name.length > 40)))
      return { status: 400, result: fail('VALIDATION', { vi: 'Hãy nhập mã 6 chữ số.', en: 'Enter the 6-digit code.' }) };
    const paired = await pairing.pair(code, (name as string | undefined) ?? '', from);
    if (paired === 'locked')
      return refuse(
        429,
        'locked',
        'Đã nhập sai mã quá nhiều lần. Hãy nhờ máy chủ tạo mã mới.',
        'Too many wrong codes were tried. Ask the host for a new code.',
      );
    if (paired === 'wrong') return refuse(403, 'wrong-code', 'Mã ghép nối không đúng.', 'The pairing code is wrong.');
    return { status: 200, result: { ok: true, value: { token: paired.token, desk: { id: paired.desk.id, name: paired.desk.name }, event } } };
  }

  return { ...served, pairing };
}
