// Which leaders and departments carry the most overdue work: per person or organization, the pieces of work (each once) they lead or are responsible for in any document that states them, due before a date and not reported done by then. A body or person is one per place (the 县住建局 of two counties are two rows, each with its place).
// param as_of: the date to judge by, YYYY-MM-DD
MATCH (c:Commitment) WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) }
  AND coalesce(c.work_due, c.due) < date($as_of)
// the status as of the date (kg/status.py, docs/status.md), from the progress records of the whole work:
// those of the canonical commitment (p0, q0) and those of its restatements (p1, q1)
WITH c, coalesce(c.work_due, c.due) AS due
OPTIONAL MATCH (c)-[:HAS_PROGRESS]->(p0:Progress) WHERE p0.as_of <= date($as_of)
WITH c, due, min(CASE WHEN p0.status = 'done' THEN p0.as_of END) AS done0, max(p0.as_of) AS last0,
     max(CASE WHEN p0.as_of >= due AND p0.percent < coalesce(c.required, 100.0) THEN 1 ELSE 0 END) AS short0
OPTIONAL MATCH (c)<-[:RESTATES]-(:Commitment)-[:HAS_PROGRESS]->(p1:Progress) WHERE p1.as_of <= date($as_of)
WITH c, due, done0, last0, short0, min(CASE WHEN p1.status = 'done' THEN p1.as_of END) AS done1,
     max(p1.as_of) AS last1,
     max(CASE WHEN p1.as_of >= due AND p1.percent < coalesce(c.required, 100.0) THEN 1 ELSE 0 END) AS short1
WITH c, due, CASE WHEN done1 IS NULL OR done0 <= done1 THEN done0 ELSE done1 END AS done_on,
     CASE WHEN last1 IS NULL OR last0 >= last1 THEN last0 ELSE last1 END AS last_on, short0 + short1 AS short
OPTIONAL MATCH (c)-[:HAS_PROGRESS]->(q0:Progress)
  WHERE q0.as_of = last_on AND q0.status IN ['behind', 'not_started', 'on_track']
WITH c, due, done_on, last_on, short, min(q0.status) AS said0
OPTIONAL MATCH (c)<-[:RESTATES]-(:Commitment)-[:HAS_PROGRESS]->(q1:Progress)
  WHERE q1.as_of = last_on AND q1.status IN ['behind', 'not_started', 'on_track']
WITH c, due, done_on, short, said0, min(q1.status) AS said1
WITH c, due, CASE WHEN done_on IS NOT NULL AND done_on > due THEN 'done_late'
                  WHEN done_on IS NOT NULL THEN 'done'
                  WHEN due < date($as_of) AND short > 0 THEN 'missed'
                  WHEN due < date($as_of) THEN 'overdue'
                  WHEN said1 IS NULL OR said0 <= said1 THEN coalesce(said0, 'unknown')
                  ELSE said1 END AS status
WHERE status IN ['overdue', 'missed']
MATCH (a:Person|Organization)-[:LEADS|RESPONSIBLE_FOR]->(:Commitment)-[:RESTATES*0..1]->(c)
RETURN a.name AS actor, a.kind AS kind, a.place AS place, count(DISTINCT c) AS overdue, min(due) AS oldest_due
ORDER BY overdue DESC, oldest_due, actor, place
