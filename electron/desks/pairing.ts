import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { PairedDesk } from '../../shared/contract/desks';

/** Wrong codes tried (by anyone) before pairing locks until the host makes a new code. */
export const MAX_WRONG_CODES = 5;

interface Desk extends PairedDesk {
  tokenHash: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const now = () => new Date().toISOString();

/**
 * The desks of one opening: a six-digit code to pair with (locked after a few wrong tries), then a
 * random token per desk, kept only as its hash, that the host can revoke.
 */
export class Pairing {
  code = '';
  wrong = 0;
  private desks = new Map<string, Desk>();
  private byHash = new Map<string, Desk>();

  constructor() {
    this.newCode();
  }

  get locked(): boolean {
    return this.wrong >= MAX_WRONG_CODES;
  }

  newCode(): void {
    this.code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.wrong = 0;
  }

  pair(code: string, name: string): { token: string; desk: PairedDesk } | 'wrong' | 'locked' {
    if (this.locked) return 'locked';
    const given = Buffer.from(code.trim());
    const want = Buffer.from(this.code);
    if (given.length !== want.length || !timingSafeEqual(given, want)) {
      this.wrong++;
      return this.locked ? 'locked' : 'wrong';
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
    this.desks.set(desk.id, desk);
    this.byHash.set(desk.tokenHash, desk);
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

  revoke(deskId: string): boolean {
    const desk = this.desks.get(deskId);
    if (!desk) return false;
    desk.revoked = true;
    return true;
  }

  list(): PairedDesk[] {
    return [...this.desks.values()].map(publicOf);
  }
}

const publicOf = ({ tokenHash: _, ...d }: Desk): PairedDesk => ({ ...d });
