import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { KeptPairing } from '../../db/desk-pairings';
import type { PairedDesk } from '../../shared/contract/desks';

/** Wrong codes one device may try before it is refused until the host makes a new code. */
export const MAX_WRONG_CODES = 5;
/**
 * Wrong codes from all devices together before pairing locks for everyone (until a new code): a
 * guessing chance of 30 in a million, while one device on the Wi-Fi trying codes shuts out only itself.
 */
export const MAX_WRONG_CODES_IN_ALL = 30;

interface Desk extends PairedDesk {
  tokenHash: string;
}

/** Where the paired desks are kept beyond one opening (the data file); the tests may keep none. */
export interface PairingKeep {
  load(): KeptPairing[];
  add(desk: KeptPairing): Promise<void>;
  revoke(deskId: string, at: string): Promise<void>;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const now = () => new Date().toISOString();

/**
 * The desks of one event's check-in: a six-digit code to pair with (locked after a few wrong tries),
 * then a random token per desk, kept only as its hash, that the host can revoke. The desks paired
 * in an earlier opening come back with it (scans counted from this opening), so a host that
 * restarts at the same address takes its desks back by itself.
 */
export class Pairing {
  code = '';
  wrong = 0;
  private wrongFrom = new Map<string, number>();
  private desks = new Map<string, Desk>();
  private byHash = new Map<string, Desk>();

  constructor(private readonly keep?: PairingKeep) {
    this.newCode();
    for (const k of keep?.load() ?? []) this.remember({ ...k, scans: 0, lastSeenAt: k.pairedAt });
  }

  private remember(desk: Desk): void {
    this.desks.set(desk.id, desk);
    this.byHash.set(desk.tokenHash, desk);
  }

  /** Locked for every device (the host's screen says so). */
  get locked(): boolean {
    return this.wrong >= MAX_WRONG_CODES_IN_ALL;
  }

  newCode(): void {
    this.code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.wrong = 0;
    this.wrongFrom.clear();
  }

  /** The token is given once the desk is kept: a desk told it is paired stays paired after a restart. */
  async pair(code: string, name: string, from = ''): Promise<{ token: string; desk: PairedDesk } | 'wrong' | 'locked'> {
    const tried = this.wrongFrom.get(from) ?? 0;
    if (this.locked || tried >= MAX_WRONG_CODES) return 'locked';
    const given = Buffer.from(code.trim());
    const want = Buffer.from(this.code);
    if (given.length !== want.length || !timingSafeEqual(given, want)) {
      this.wrong++;
      this.wrongFrom.set(from, tried + 1);
      return this.locked || tried + 1 >= MAX_WRONG_CODES ? 'locked' : 'wrong';
    }
    const token = randomBytes(32).toString('hex');
    const at = now();
    const desk: Desk = {
      id: randomUUID(),
      name: name.trim() || `Bàn ${this.desks.size + 2}`,
      pairedAt: at,
      scans: 0,
      lastSeenAt: at,
      revoked: false,
      tokenHash: hash(token),
    };
    await this.keep?.add({ id: desk.id, name: desk.name, tokenHash: desk.tokenHash, pairedAt: at, revoked: false });
    this.remember(desk);
    return { token, desk: publicOf(desk) };
  }

  /** The desk of this token (its last-seen time moved), 'revoked', or null for a token never given. */
  check(token: string): Desk | 'revoked' | null {
    const desk = token ? this.byHash.get(hash(token)) : undefined;
    if (!desk) return null;
    if (desk.revoked) return 'revoked';
    desk.lastSeenAt = now();
    return desk;
  }

  /**
   * Shut out at once (in memory, before the write lands), then kept so; and a new code, since the
   * revoked device (a lost phone) knows the old one and could pair again as a new desk.
   */
  async revoke(deskId: string): Promise<boolean> {
    const desk = this.desks.get(deskId);
    if (!desk) return false;
    desk.revoked = true;
    this.newCode();
    await this.keep?.revoke(deskId, now());
    return true;
  }

  list(): PairedDesk[] {
    return [...this.desks.values()].map(publicOf);
  }
}

const publicOf = ({ tokenHash: _, ...d }: Desk): PairedDesk => ({ ...d });
