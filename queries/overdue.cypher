// The overdue list as of a date: each piece of work once, due before that date and not reported done by then (overdue, or missed: reported short of its target at the deadline), with who leads it and is responsible in any document that states it.
// param as_of: the date to judge by, YYYY-MM-DD
// param limit: at most this many works, earliest deadline first (default: 1000; 0: all)
// count: MATCH (c:Commitment) WHERE c.work = c.id
// count:   AND coalesce(c.work_due, c.due) < date($as_of) AND NOT coalesce(c.done_on <= date($as_of), false)
// count: RETURN count(c) AS total
MATCH (c:Commitment) WHERE c.work = c.id
// the status as of the date (docs/status.md), from what ingest derived on the canonical commitment (kg/status.py
// judge): due before the date, no done record by then; missed when a record from the due date on was short
  AND coalesce(c.work_due, c.due) < date($as_of) AND NOT coalesce(c.done_on <= date($as_of), false)
// the first works by deadline, then who is on them: only these are looked up
WITH c, coalesce(c.work_due, c.due) AS due ORDER BY due, c.task, c.id LIMIT $limit
WITH c, due, CASE WHEN c.short_on <= date($as_of) THEN 'missed' ELSE 'overdue' END AS status
// who leads or is responsible in any statement of the work: the canonical commitment, and those that RESTATE it
OPTIONAL MATCH (a1:Person|Organization|Post)-[r1:LEADS|RESPONSIBLE_FOR]->(c)
OPTIONAL MATCH (a2:Person|Organization|Post)-[r2:LEADS|RESPONSIBLE_FOR]->(:Commitment)-[:RESTATES]->(c)
UNWIND [{role: r1.role, actor: a1.name}, {role: r2.role, actor: a2.name}] AS ra
WITH c, due, status, ra, a1 IS NULL AND a2 IS NULL AS nobody WHERE ra.actor IS NOT NULL OR nobody
RETURN DISTINCT c.task AS task, due, status, ra.role AS role, ra.actor AS actor,
       c.sources AS sources, c.source AS source
ORDER BY due, task, role, actor
