import { Injectable } from '@nestjs/common';
import { DomainSeeder, SeedContext, seededOrganizationId, seededRegionIds, Seeder } from '@suunta/api-core';
import { StrategyLookupService } from '@suunta/api-strategy';
import type { NetworkDto } from '@suunta/shared-domain';
import type { EntityManager } from 'typeorm';

interface MeetingsFile {
  region: string;
  body: string;
  name: string;
  source: string;
  meetings: {
    date: string | null;
    dateEstimate?: { earliest: string; latest: string; reason: string } | null;
    place: string | null;
    chair: string | null;
    actingChair?: { name: string; from: string } | null;
    secretary: string | null;
    openedAt?: string | null;
    closedAt?: string | null;
    minuteCheckers?: string[];
    items: {
      number: number;
      title: string;
      proposal: string | null;
      discussion: string | null;
      decision: string | null;
      note?: string | null;
      focusAreaKeys: string[];
    }[];
  }[];
}

/** A network of networks.json: the register's fields, the region and focus areas named by their codes. */
interface NetworkRecord
  extends Pick<
    NetworkDto,
    'name' | 'coordinator' | 'sinceYear' | 'meetingsPerYear' | 'meetingsPerYearMin' | 'meetingsPerYearMax' | 'meetingsPerYearText' | 'status' | 'source' | 'notes'
  > {
  key: string;
  region: string | null;
  focusAreaKeys: string[];
}

export const MEETING_FILES = ['meetings-ep-2014.json'];
export const NETWORK_FILE = 'networks.json';

/**
 * The minutes (today: the Etelä-Pohjanmaa regional steering group 2014, § 1–12) and the network
 * register from tools/seed-data, items and networks linked to focus areas by their keys
 * (`2015-3`, `2020-5`). Re-runnable: a meeting or network whose code exists is left as it is.
 */
@Injectable()
@DomainSeeder({ order: 55, name: 'meetings and networks' })
export class GovernanceSeeder implements Seeder {
  constructor(private readonly strategy: StrategyLookupService) {}

  async seed(ctx: SeedContext): Promise<void> {
    const m = ctx.manager;
    const organizationId = await seededOrganizationId(ctx);
    if (!organizationId) return;
    const regionId = await seededRegionIds(ctx, organizationId);
    const focusAreaIds = async (file: string, keys: string[]): Promise<string[]> => {
      if (keys.length === 0) return [];
      const rows = await this.strategy.focusAreasByKeys(organizationId, keys, m);
      const missing = keys.filter((k) => !rows.some((r) => r.code === k));
      if (missing.length > 0) throw new Error(`${file}: focus area ${missing.join(', ')} is not seeded`);
      return keys.map((k) => rows.find((r) => r.code === k)?.id as string);
    };

    for (const fileName of MEETING_FILES) {
      const file = await ctx.readJson<MeetingsFile>(fileName);
      for (const [index, meeting] of file.meetings.entries()) {
        const code = `${fileName.replace(/\.json$/, '')}/${index + 1}`;
        if (await exists(m, 'meeting', organizationId, code)) {
          ctx.log(`Meeting ${code} already seeded`);
          continue;
        }
        const [{ id: meetingId }]: { id: string }[] = await m.query(
          // historical minutes: approved (the document is the approved record)
          `INSERT INTO meeting (organization_id, region_id, code, body, body_name, date, date_earliest, date_latest, date_note, place, chair, secretary, notes, source,
                                status, start_time, end_time, minute_checkers)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'approved', $15, $16, $17) RETURNING id`,
          [
            organizationId,
            regionId(fileName, file.region),
            code,
            file.body,
            file.name,
            meeting.date,
            meeting.dateEstimate?.earliest ?? null,
            meeting.dateEstimate?.latest ?? null,
            meeting.dateEstimate?.reason ?? null,
            meeting.place,
            meeting.chair,
            meeting.secretary,
            meetingNotes(meeting),
            file.source,
            meeting.openedAt ?? null,
            meeting.closedAt ?? null,
            meeting.minuteCheckers ?? [],
          ],
        );
        for (const [order, item] of meeting.items.entries()) {
          const [{ id: itemId }]: { id: string }[] = await m.query(
            `INSERT INTO meeting_item (organization_id, meeting_id, number, title, proposal, discussion, decision, note, sort_order)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [organizationId, meetingId, item.number, item.title, item.proposal, item.discussion, item.decision, item.note ?? null, order + 1],
          );
          for (const focusAreaId of await focusAreaIds(fileName, item.focusAreaKeys)) {
            await m.query(`INSERT INTO meeting_item_focus_area (organization_id, item_id, focus_area_id) VALUES ($1, $2, $3)`, [organizationId, itemId, focusAreaId]);
          }
        }
        ctx.log(`Meeting ${code}: ${meeting.items.length} items`);
      }
    }

    const networks = await ctx.readJson<NetworkRecord[]>(NETWORK_FILE);
    let added = 0;
    for (const [order, n] of networks.entries()) {
      if (await exists(m, 'network', organizationId, n.key)) continue;
      const [{ id: networkId }]: { id: string }[] = await m.query(
        `INSERT INTO network (organization_id, region_id, code, name, coordinator, since_year, meetings_per_year, meetings_per_year_min,
                              meetings_per_year_max, meetings_per_year_text, status, notes, source, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          organizationId,
          regionId(NETWORK_FILE, n.region),
          n.key,
          n.name,
          n.coordinator,
          n.sinceYear,
          n.meetingsPerYear,
          n.meetingsPerYearMin,
          n.meetingsPerYearMax,
          n.meetingsPerYearText,
          n.status,
          n.notes,
          n.source,
          order + 1,
        ],
      );
      for (const focusAreaId of await focusAreaIds(NETWORK_FILE, n.focusAreaKeys)) {
        await m.query(`INSERT INTO network_focus_area (organization_id, network_id, focus_area_id) VALUES ($1, $2, $3)`, [organizationId, networkId, focusAreaId]);
      }
      added++;
    }
    ctx.log(`Networks: ${added} added, ${networks.length - added} already seeded`);
  }
}

async function exists(m: EntityManager, table: 'meeting' | 'network', organizationId: string, code: string): Promise<boolean> {
  const rows: unknown[] = await m.query(`SELECT 1 FROM ${table} WHERE organization_id = $1 AND code = $2`, [organizationId, code]);
  return rows.length > 0;
}

/** What the minutes say about the meeting itself, beyond chair and secretary (in the minutes' language). */
function meetingNotes(meeting: MeetingsFile['meetings'][number]): string | null {
  const parts: string[] = [];
  if (meeting.openedAt || meeting.closedAt) parts.push(`Kokous klo ${meeting.openedAt ?? '?'}–${meeting.closedAt ?? '?'}.`);
  if (meeting.actingChair) parts.push(`Puheenjohtajana klo ${meeting.actingChair.from} alkaen ${meeting.actingChair.name}.`);
  if (meeting.minuteCheckers?.length) parts.push(`Pöytäkirjantarkastajat: ${meeting.minuteCheckers.join(', ')}.`);
  return parts.length > 0 ? parts.join(' ') : null;
}
