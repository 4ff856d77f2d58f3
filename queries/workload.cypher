// Workload per leader and organization as of a date: the pieces of work each leads, is responsible for or assists (each once, whatever number of documents state it), how many are open, due within 30 days, overdue, missed, done on time and done late, and the colour (red: overdue, missed or behind; yellow: due within 30 days; green), busiest first. A body or person is one per place (the 县住建局 of two counties are two rows, each with its place).
// param as_of: the date to judge by, YYYY-MM-DD
MATCH (c:Commitment) WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) }
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
MATCH (a:Person|Organization)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)-[:RESTATES*0..1]->(c)
WITH DISTINCT a, c, due, status
WITH a, count(c) AS works,
     sum(CASE WHEN status IN ['not_started', 'on_track', 'behind', 'unknown'] THEN 1 ELSE 0 END) AS open,
     sum(CASE WHEN status IN ['not_started', 'on_track', 'behind', 'unknown'] AND due <= date($soon)
              THEN 1 ELSE 0 END) AS due_soon,
     sum(CASE WHEN status = 'behind' THEN 1 ELSE 0 END) AS behind,
     sum(CASE WHEN status = 'overdue' THEN 1 ELSE 0 END) AS overdue,
     sum(CASE WHEN status = 'missed' THEN 1 ELSE 0 END) AS missed,
     sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done,
     sum(CASE WHEN status = 'done_late' THEN 1 ELSE 0 END) AS done_late
RETURN a.name AS actor, a.kind AS kind, a.place AS place, works, open, due_soon, overdue, missed, done, done_late,
       CASE WHEN overdue + missed + behind > 0 THEN 'red' WHEN due_soon > 0 THEN 'yellow' ELSE 'green' END AS colour
ORDER BY works DESC, actor, place
