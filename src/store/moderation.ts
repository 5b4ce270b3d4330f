// What the moderation desk reads and writes besides job state: a donation as received (for
// "Allow and draw") and the bans list (the stage matches `donorKey`, the normalised name).
import type Database from 'better-sqlite3';
import type { Store } from './types.js';

export type ModerationQueries = Pick<Store, 'donation' | 'bans' | 'addBan' | 'removeBan'>;

export function moderationQueries(db: Database.Database): ModerationQueries {
  const q = {
    donation: db.prepare<
      [string],
      { id: string; source: string; source_id: string; donor: string; message: string; amount: number; currency: string }
    >('SELECT id, source, source_id, donor, message, amount, currency FROM donations WHERE id = ?'),
    bans: db.prepare<[], { id: string; donor: string; donor_key: string; source: string | null; created_at: number }>(
      'SELECT id, donor, donor_key, source, created_at FROM bans ORDER BY created_at, rowid',
    ),
    addBan: db.prepare('INSERT INTO bans (id, donor, donor_key, source, created_at) VALUES (@id, @donor, @donorKey, @source, @createdAt)'),
    removeBan: db.prepare('DELETE FROM bans WHERE id = ?'),
  };
  return {
    donation: (id) => {
      const row = q.donation.get(id);
      return row
        ? {
            id: row.id,
            source: row.source,
            sourceId: row.source_id,
            donor: row.donor,
            message: row.message,
            amount: row.amount,
            currency: row.currency,
          }
        : null;
    },
    bans: () =>
      q.bans.all().map((row) => ({ id: row.id, donor: row.donor, donorKey: row.donor_key, source: row.source, createdAt: row.created_at })),
    addBan: (ban) => {
      q.addBan.run({ id: ban.id, donor: ban.donor, donorKey: ban.donorKey, source: ban.source, createdAt: ban.createdAt });
    },
    removeBan: (id) => q.removeBan.run(id).changes === 1,
  };
}
