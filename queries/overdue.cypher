// The overdue list as of a date: each piece of work once, due before that date and not reported done by then (overdue, or missed: reported short of its target at the deadline), with who leads it and is responsible in any document that states it.
// param as_of: the date to judge by, YYYY-MM-DD
MATCH (c:Commitment) WHERE c.work = c.id
  AND coalesce(c.work_due, c.due) < date($as_of)
// the status as of the date (docs/status.md), from what ingest derived on the canonical commitment (kg/status.py
// judge): due before the date, no done record by then; missed when a record from the due date on was short
WITH c, coalesce(c.work_due, c.due) AS due WHERE NOT coalesce(c.done_on <= date($as_of), false)
WITH c, due, CASE WHEN c.short_on <= date($as_of) THEN 'missed' ELSE 'overdue' END AS status
// who leads, is responsible or assists in any statement of the work (s.work: its canonical commitment)
OPTIONAL MATCH (a:Person|Organization|Post)-[r:LEADS|RESPONSIBLE_FOR]->(s:Commitment) WHERE s.work = c.id
RETURN DISTINCT c.task AS task, due, status, r.role AS role, a.name AS actor,
       c.sources AS sources, c.source AS source
ORDER BY due, task, role, actor
