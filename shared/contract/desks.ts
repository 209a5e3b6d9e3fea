import { z } from 'zod';
import { id } from '../fields';
import { query, returns } from './define';

/** A network address of this laptop the desks could reach it at. */
export interface DeskInterface {
  address: string;
  /** The system's name for the interface (wlan0, Wi-Fi…); 'loopback' for 127.0.0.1. */
  name: string;
  /** 127.0.0.1: this laptop only, for trying it out. */
  loopback: boolean;
}

/** A desk paired with the host: what the host's screen lists. */
export interface PairedDesk {
  id: string;
  name: string;
  pairedAt: string;
  /** Check-ins asked for by the desk (let in or warned). */
  scans: number;
  lastSeenAt: string;
  revoked: boolean;
}

/** The host's side: closed, or open at an address with this opening's pairing code. */
export interface DeskHostState {
  open: boolean;
  eventId: string | null;
  eventName: string | null;
  /** http://ip:port/ */
  url: string | null;
  /** Six digits, new at each opening (and on demand). */
  code: string | null;
  /** Too many wrong codes were tried: no desk pairs until a new code is made. */
  locked: boolean;
  desks: PairedDesk[];
}

/** This laptop as a desk of another laptop (the host), its check-ins forwarded there by the main process. */
export interface JoinedHost {
  joined: boolean;
  /** The host's address, http://ip:port/. */
  url: string | null;
  desk: { id: string; name: string } | null;
  event: { id: string; name: string } | null;
  /** The host answered the last call or heartbeat. */
  reachable: boolean;
  /** This laptop's own data file holds the host's event (an event file imported): it can go on alone. */
  localCopy: boolean;
  /** Why the last joining ended on the host's side. */
  ended: 'revoked' | 'closed' | null;
}

/** The calls a desk may forward to its host: the check-in of the host's event. */
export const DESK_CALLS = ['checkin.find', 'checkin.checkIn', 'checkin.status', 'checkin.undo'] as const;

/** Port 0: let the system choose. Privileged ports are left alone. */
const port = z
  .number()
  .int()
  .refine((p) => p === 0 || (p >= 1024 && p <= 65535), { message: 'port' });

/**
 * Opening the check-in of one event to other devices on the venue's network. The server and its
 * code live as long as the host keeps it open; the paired desks (a hash of each token) are kept in
 * the data file, so an opening at the same address after a restart takes them back.
 */
export const desksContract = {
  /** The IPv4 addresses of this laptop's own network cards (and 127.0.0.1 to try it out). */
  'desks.interfaces': query(z.strictObject({}), returns<DeskInterface[]>()),
  /** Opens (or moves) the desks' server on one of those addresses, for one event. */
  'desks.open': query(z.strictObject({ eventId: id, address: z.string().min(1).max(64), port: port.default(0) }), returns<DeskHostState>()),
  'desks.close': query(z.strictObject({}), returns<DeskHostState>()),
  'desks.state': query(z.strictObject({}), returns<DeskHostState>()),
  /** A new pairing code (the old one stops working; a locked pairing opens again). */
  'desks.newCode': query(z.strictObject({}), returns<DeskHostState>()),
  /** The desk's token stops working at once; its screen goes back to pairing. */
  'desks.revoke': query(z.strictObject({ deskId: id }), returns<DeskHostState>()),
  /** Makes this laptop a desk of a host on the network: pairs with its code (the main process keeps the token). */
  'desks.join': query(
    z.strictObject({ url: z.url({ protocol: /^http$/ }).max(200), code: z.string().regex(/^\d{6}$/), name: z.string().trim().min(1).max(40) }),
    returns<JoinedHost>(),
  ),
  /** Where this laptop stands as a desk; asks the host (the heartbeat). */
  'desks.joined': query(z.strictObject({}), returns<JoinedHost>()),
  'desks.leave': query(z.strictObject({}), returns<JoinedHost>()),
  /** One check-in call sent to the host, its eventId the host's event; refused UNAVAILABLE (reason 'host-lost') when the host does not answer. */
  'desks.forward': query(z.strictObject({ call: z.enum(DESK_CALLS), input: z.record(z.string(), z.unknown()) }), returns<unknown>()),
};
