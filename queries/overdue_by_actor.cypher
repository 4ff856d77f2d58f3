// Which leaders and departments carry the most overdue work: per person or organization, the pieces of work (each once) they lead or are responsible for in any document that states them, due before a date and not reported done by then. A body or person is one per place (the 县住建局 of two counties are two rows, each with its place).
// param as_of: the date to judge by, YYYY-MM-DD
MATCH (c:Commitment) WHERE c.work = c.id
  AND coalesce(c.work_due, c.due) < date($as_of)
// the status as of the date (docs/status.md), from what ingest derived on the canonical commitment (kg/status.py
// judge): due before the date, no done record by then; missed when a record from the due date on was short
WITH c, coalesce(c.work_due, c.due) AS due WHERE NOT coalesce(c.done_on <= date($as_of), false)
WITH c, due, CASE WHEN c.short_on <= date($as_of) THEN 'missed' ELSE 'overdue' END AS status
// who leads, is responsible or assists in any statement of the work (s.work: its canonical commitment)
MATCH (a:Person|Organization)-[:LEADS|RESPONSIBLE_FOR]->(s:Commitment) WHERE s.work = c.id
RETURN a.name AS actor, a.kind AS kind, a.place AS place, count(DISTINCT c) AS overdue, min(due) AS oldest_due
ORDER BY overdue DESC, oldest_due, actor, place
