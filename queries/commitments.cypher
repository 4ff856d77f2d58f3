// Who leads what by when: every piece of work once (its canonical commitment), with its actors in any of the documents that state it, its deadline, its status as of a date and how many documents state it, earliest deadline first.
// One row per work and actor; a work without actors has one row with an empty actor.
// param as_of: the date to judge the status by, YYYY-MM-DD (default: today)
// param limit: at most this many works, earliest deadline first (default: 1000; 0: all)
// count: MATCH (c:Commitment) WHERE c.work = c.id RETURN count(c) AS total
MATCH (c:Commitment) WHERE c.work = c.id
// the first works by deadline, then their status and who is on them: only these are judged and looked up
WITH c, coalesce(c.work_due, c.due) AS due ORDER BY due, c.task, c.id LIMIT $limit
// the status as of the date (docs/status.md), from what ingest derived on the work (kg/status.py work_facts, judge):
// done_on, short_on, and said: what was said while it was open, as 21-letter intervals FROM TO letter
// (b behind, n not_started, o on_track); the first interval is read directly, the others only when there are some
WITH c, due, coalesce(c.said, '') AS said, $as_of AS day
WITH c, due, CASE WHEN c.done_on <= date(day) THEN CASE WHEN c.done_on > due THEN 'done_late' ELSE 'done' END
  WHEN due < date(day) THEN CASE WHEN c.short_on <= date(day) THEN 'missed' ELSE 'overdue' END
  WHEN left(said, 10) <= day AND right(left(said, 20), 10) > day THEN right(left(said, 21), 1)
  WHEN size(said) <= 21 THEN 'unknown'
  WHEN any(i IN range(2, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day AND right(left(said, 21 * i), 1) = 'b') THEN 'b'
  WHEN any(i IN range(2, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day AND right(left(said, 21 * i), 1) = 'n') THEN 'n'
  WHEN any(i IN range(2, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day) THEN 'o'
  ELSE 'unknown' END AS status
WITH c, due, CASE status WHEN 'b' THEN 'behind' WHEN 'n' THEN 'not_started' WHEN 'o' THEN 'on_track' ELSE status END AS status
// who leads, is responsible or assists in any statement of the work: the canonical commitment, and those that RESTATE it
OPTIONAL MATCH (a1:Person|Organization|Post)-[r1:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c)
OPTIONAL MATCH (a2:Person|Organization|Post)-[r2:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)-[:RESTATES]->(c)
UNWIND [{role: r1.role, actor: a1.name}, {role: r2.role, actor: a2.name}] AS ra
WITH c, due, status, ra, a1 IS NULL AND a2 IS NULL AS nobody WHERE ra.actor IS NOT NULL OR nobody
RETURN DISTINCT c.task AS task, due, coalesce(c.work_due_text, c.due_text) AS due_text, ra.role AS role, ra.actor AS actor,
       status, c.sources AS sources, c.source AS source
ORDER BY due, task, role, actor, status, source
