import { sql, type Kysely } from 'kysely';

/**
 * Delegate lists at scale: status, bridge point, the dates precedence ties need, per-event title
 * rules (seeded for existing events with the defaults of the day this migration was written), and
 * the event's tone-placement style for cleaning imported names.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE bridge_points (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      UNIQUE (event_id, name_key)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX bridge_points_event ON bridge_points(event_id)`.execute(db);
  await sql`
    CREATE TABLE title_rules (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      pattern TEXT NOT NULL,
      rank INTEGER NOT NULL CHECK (rank >= 1),
      sort_order INTEGER NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX title_rules_event ON title_rules(event_id, sort_order)`.execute(db);

  await sql`ALTER TABLE delegates ADD COLUMN status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'confirmed', 'declined'))`.execute(db);
  await sql`ALTER TABLE delegates ADD COLUMN bridge_point_id TEXT REFERENCES bridge_points(id) ON DELETE SET NULL`.execute(db);
  await sql`ALTER TABLE delegates ADD COLUMN appointment_date TEXT`.execute(db);
  await sql`ALTER TABLE delegates ADD COLUMN birth_date TEXT`.execute(db);
  await sql`CREATE INDEX delegates_bridge_point ON delegates(bridge_point_id)`.execute(db);

  await sql`ALTER TABLE events ADD COLUMN tone_style TEXT NOT NULL DEFAULT 'old' CHECK (tone_style IN ('old', 'new'))`.execute(db);

  // Defaults as of this migration, copied here so the migration never changes meaning.
  const defaults: [string, number][] = [
    ['Tổng Bí thư', 1],
    ['Chủ tịch nước', 2],
    ['Thủ tướng', 3],
    ['Chủ tịch Quốc hội', 4],
    ['Thường trực Ban Bí thư', 5],
    ['Ủy viên Bộ Chính trị', 10],
    ['Bí thư Trung ương Đảng', 12],
    ['Phó Chủ tịch nước', 14],
    ['Phó Chủ tịch Quốc hội', 15],
    ['Phó Thủ tướng', 16],
    ['Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc', 17],
    ['Ủy viên Trung ương Đảng', 20],
    ['Trưởng Ban', 25],
    ['Bộ trưởng', 30],
    ['Chủ nhiệm Ủy ban', 30],
    ['Bí thư Tỉnh ủy', 30],
    ['Bí thư Thành ủy', 30],
    ['Chủ tịch Hội đồng nhân dân', 31],
    ['Chủ tịch Ủy ban nhân dân', 32],
    ['Chủ tịch UBND', 32],
    ['Phó Trưởng Ban', 38],
    ['Thứ trưởng', 40],
    ['Phó Chủ nhiệm Ủy ban', 40],
    ['Phó Bí thư Tỉnh ủy', 41],
    ['Phó Bí thư Thành ủy', 41],
    ['Phó Chủ tịch Hội đồng nhân dân', 42],
    ['Phó Chủ tịch Ủy ban nhân dân', 43],
    ['Phó Chủ tịch UBND', 43],
    ['Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc', 44],
    ['Tổng cục trưởng', 50],
    ['Phó Tổng cục trưởng', 55],
    ['Chánh Văn phòng', 60],
    ['Chánh Thanh tra', 60],
    ['Vụ trưởng', 60],
    ['Cục trưởng', 60],
    ['Viện trưởng', 60],
    ['Giám đốc Sở', 62],
    ['Phó Chánh Văn phòng', 70],
    ['Phó Chánh Thanh tra', 70],
    ['Phó Vụ trưởng', 70],
    ['Phó Cục trưởng', 70],
    ['Phó Viện trưởng', 70],
    ['Phó Giám đốc Sở', 72],
  ];
  for (const [i, [pattern, rank]] of defaults.entries()) {
    await sql`
      INSERT INTO title_rules (id, event_id, pattern, rank, sort_order)
      SELECT lower(hex(randomblob(16))), id, ${pattern}, ${rank}, ${i} FROM events`.execute(db);
  }
}
