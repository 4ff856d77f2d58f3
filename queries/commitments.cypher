// Who leads what by when: every piece of work once (its canonical commitment), with its actors in any of the documents that state it, its deadline, its status as of a date and how many documents state it, earliest deadline first.
// One row per work and actor; a work without actors has one row with an empty actor.
// param as_of: the date to judge the status by, YYYY-MM-DD (default: today)
MATCH (c:Commitment) WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) }
// the status as of the date (docs/status.md), from what ingest derived on the canonical commitment (kg/status.py
// judge): the first done record's date, the first short one's from the due date, and what was said while the work
// was open: 21-letter intervals FROM TO letter (b behind, n not_started, o on_track)
WITH c, coalesce(c.work_due, c.due) AS due, coalesce(c.said, '') AS said, $as_of AS day
WITH c, due, CASE WHEN c.done_on <= date($as_of) THEN CASE WHEN c.done_on > due THEN 'done_late' ELSE 'done' END
  WHEN due < date($as_of) THEN CASE WHEN c.short_on <= date($as_of) THEN 'missed' ELSE 'overdue' END
  WHEN any(i IN range(1, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day AND right(left(said, 21 * i), 1) = 'b') THEN 'behind'
  WHEN any(i IN range(1, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day AND right(left(said, 21 * i), 1) = 'n') THEN 'not_started'
  WHEN any(i IN range(1, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day) THEN 'on_track'
  ELSE 'unknown' END AS status
OPTIONAL MATCH (a)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)-[:RESTATES*0..1]->(c)
RETURN DISTINCT c.task AS task, due, coalesce(c.work_due_text, c.due_text) AS due_text, r.role AS role, a.name AS actor,
       status, c.sources AS sources, c.source AS source
ORDER BY due, task, role, actor, status, source
