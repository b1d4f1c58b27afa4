import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the strategy domain offers other domains to read in SQL (documented in
 * libs/api/strategy/README.md, "For other domains"): the one focus-area lineage walk and the focus
 * area of each evaluation criterion.
 */
export class StrategyReadModel1764200000000 implements MigrationInterface {
  name = 'StrategyReadModel1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // A typo'd direction is an error, not an empty lineage.
    await q.query(`CREATE DOMAIN focus_area_lineage_direction AS text CHECK (VALUE IN ('up', 'down', 'both'))`);
    // Lineage: predecessors (up, distance −1, −2 …) and successors (down, +1, +2 …) through copy
    // links (focus_area.predecessor_id) and mappings, never sideways: focus areas that merely share
    // a successor with a root are not its lineage. Each node keeps its nearest distance; a node
    // reachable both ways (only with cycles) counts as a predecessor. max_distance bounds the walk
    // (and stops cycles). One row per (root, node), the root itself at distance 0.
    await q.query(`
      CREATE FUNCTION focus_area_lineage(
        organization uuid,
        roots uuid[],
        direction focus_area_lineage_direction DEFAULT 'both',
        max_distance integer DEFAULT 25
      ) RETURNS TABLE (root_id uuid, focus_area_id uuid, distance integer)
      LANGUAGE sql STABLE AS $$
        WITH RECURSIVE edges(a, b) AS (
          SELECT fa.predecessor_id, fa.id FROM focus_area fa WHERE fa.organization_id = organization AND fa.predecessor_id IS NOT NULL
          UNION
          SELECT m.from_focus_area_id, m.to_focus_area_id FROM focus_area_mapping m WHERE m.organization_id = organization
        ),
        root_nodes AS (SELECT fa.id FROM focus_area fa WHERE fa.organization_id = organization AND fa.id = ANY(roots)),
        up(root, id, dist) AS (
          SELECT id, id, 0 FROM root_nodes
          UNION
          SELECT up.root, e.a, up.dist - 1 FROM up JOIN edges e ON e.b = up.id
           WHERE direction IN ('up', 'both') AND up.dist > -max_distance
        ),
        down(root, id, dist) AS (
          SELECT id, id, 0 FROM root_nodes
          UNION
          SELECT down.root, e.b, down.dist + 1 FROM down JOIN edges e ON e.a = down.id
           WHERE direction IN ('down', 'both') AND down.dist < max_distance
        ),
        nearest_up AS (SELECT root, id, max(dist) AS dist FROM up GROUP BY root, id)
        SELECT root, id, dist FROM nearest_up
        UNION ALL
        SELECT d.root, d.id, min(d.dist) FROM down d
         WHERE d.dist > 0 AND NOT EXISTS (SELECT 1 FROM nearest_up u WHERE u.root = d.root AND u.id = d.id)
         GROUP BY d.root, d.id
      $$`);
    // The focus area a criterion sits under (criterion → critical success factor → focus area).
    await q.query(`
      CREATE VIEW criterion_focus_area AS
        SELECT c.id AS criterion_id, c.organization_id, csf.focus_area_id
          FROM evaluation_criterion c JOIN critical_success_factor csf ON csf.id = c.csf_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW criterion_focus_area`);
    await q.query(`DROP FUNCTION focus_area_lineage(uuid, uuid[], focus_area_lineage_direction, integer)`);
    await q.query(`DROP DOMAIN focus_area_lineage_direction`);
  }
}
