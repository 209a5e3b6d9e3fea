import { sql, type Kysely } from 'kysely';
import { catalogueRules } from '../../shared/precedence/catalogue';

// Old title-rule ranks (0002's defaults) -> the new catalogue's levels, for hand ranks and custom
// rules carried over. A rank between two old defaults takes the level of the one above it.
const OLD_RANK_TO_LEVEL: readonly [rank: number, level: number][] = [
  [1, 10],
  [2, 20],
  [3, 30],
  [4, 40],
  [5, 50],
  [10, 60],
  [12, 100],
  [14, 110],
  [15, 120],
  [16, 130],
  [17, 140],
  [20, 200],
  [25, 220],
  [30, 220],
  [31, 320],
  [32, 320],
  [38, 300],
  [40, 300],
  [41, 320],
  [42, 340],
  [43, 340],
  [44, 240],
  [50, 400],
  [55, 410],
  [60, 500],
  [62, 500],
  [70, 600],
  [72, 600],
  [73, 800],
];

const OLD_DEFAULT_PATTERNS = new Set([
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Thủ tướng',
  'Chủ tịch Quốc hội',
  'Thường trực Ban Bí thư',
  'Ủy viên Bộ Chính trị',
  'Bí thư Trung ương Đảng',
  'Phó Chủ tịch nước',
  'Phó Chủ tịch Quốc hội',
  'Phó Thủ tướng',
  'Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc',
  'Ủy viên Trung ương Đảng',
  'Trưởng Ban',
  'Bộ trưởng',
  'Chủ nhiệm Ủy ban',
  'Bí thư Tỉnh ủy',
  'Bí thư Thành ủy',
  'Chủ tịch Hội đồng nhân dân',
  'Chủ tịch Ủy ban nhân dân',
  'Chủ tịch UBND',
  'Phó Trưởng Ban',
  'Thứ trưởng',
  'Phó Chủ nhiệm Ủy ban',
  'Phó Bí thư Tỉnh ủy',
  'Phó Bí thư Thành ủy',
  'Phó Chủ tịch Hội đồng nhân dân',
  'Phó Chủ tịch Ủy ban nhân dân',
  'Phó Chủ tịch UBND',
  'Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  'Chánh Văn phòng',
  'Chánh Thanh tra',
  'Vụ trưởng',
  'Cục trưởng',
  'Viện trưởng',
  'Giám đốc Sở',
  'Phó Chánh Văn phòng',
  'Phó Chánh Thanh tra',
  'Phó Vụ trưởng',
  'Phó Cục trưởng',
  'Phó Viện trưởng',
  'Phó Giám đốc Sở',
]);

export const levelOfOldRank = (rank: number): number => {
  let level = OLD_RANK_TO_LEVEL[0]![1];
  for (const [r, l] of OLD_RANK_TO_LEVEL) if (rank >= r) level = l;
  return level;
};

/**
 * Precedence as posts and levels. Title rules (substrings with ranks) become post rules with
 * levels, seeded from the catalogue; rules an organizer added are carried over at the level of
 * their old rank (the table above). A hand rank becomes a hand order inside the level. Events name their hosts (none: the
 * organizing unit) and how former posts rank; categories say whether they are ranked (reporters and service staff are not).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE precedence_rules (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      post TEXT NOT NULL CHECK (length(post) BETWEEN 1 AND 300),
      org_pattern TEXT CHECK (org_pattern IS NULL OR length(org_pattern) BETWEEN 1 AND 300),
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9999)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX precedence_rules_event ON precedence_rules(event_id, level)`.execute(db);

  const seeds = catalogueRules();
  const events = await sql<{ id: string }>`SELECT id FROM events`.execute(db);
  for (const { id } of events.rows) {
    for (const r of seeds)
      await sql`INSERT INTO precedence_rules (id, event_id, post, org_pattern, level)
        VALUES (lower(hex(randomblob(16))), ${id}, ${r.post}, ${r.orgPattern}, ${r.level})`.execute(db);
    const custom = await sql<{ pattern: string; rank: number }>`SELECT pattern, rank FROM title_rules WHERE event_id = ${id} ORDER BY sort_order`.execute(db);
    for (const r of custom.rows) {
      if (OLD_DEFAULT_PATTERNS.has(r.pattern)) continue;
      await sql`INSERT INTO precedence_rules (id, event_id, post, org_pattern, level)
        VALUES (lower(hex(randomblob(16))), ${id}, ${r.pattern.slice(0, 300)}, NULL, ${levelOfOldRank(r.rank)})`.execute(db);
    }
  }
  await sql`DROP TABLE title_rules`.execute(db);

  await sql`ALTER TABLE delegates ADD COLUMN precedence_level INTEGER CHECK (precedence_level BETWEEN 1 AND 9999)`.execute(db);
  await sql`ALTER TABLE delegates ADD COLUMN precedence_level_of TEXT`.execute(db);
  await sql`ALTER TABLE delegates ADD COLUMN precedence_order REAL`.execute(db);
  // The level the hand order was set in: a key from another level is not this level's order.
  await sql`ALTER TABLE delegates ADD COLUMN precedence_order_level INTEGER`.execute(db);
  // Old hand ranks shared one scale with the rules and were often a renumbered list (10, 20, 30…):
  // never turned into levels, they keep the organizer's relative order inside whatever level the
  // rules give (a key of no particular level, as an imported order is).
  await sql`UPDATE delegates SET precedence_order = precedence_rank WHERE precedence_rank IS NOT NULL`.execute(db);
  await sql`ALTER TABLE delegates DROP COLUMN precedence_rank`.execute(db);

  await sql`ALTER TABLE events ADD COLUMN host_organizations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(host_organizations))`.execute(db);
  await sql`ALTER TABLE events ADD COLUMN former_posts TEXT NOT NULL DEFAULT 'after-holders' CHECK (former_posts IN ('after-holders', 'current-only'))`.execute(
    db,
  );

  await sql`ALTER TABLE categories ADD COLUMN ranked INTEGER NOT NULL DEFAULT 1 CHECK (ranked IN (0, 1))`.execute(db);
  await sql`UPDATE categories SET ranked = 0 WHERE code IN ('reporter', 'staff')`.execute(db);
}
