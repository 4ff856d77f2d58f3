// Workload per leader and organization as of a date: the pieces of work each leads, is responsible for or assists (each once, whatever number of documents state it), how many are open, due within 30 days, overdue, missed, done on time and done late, and the colour (red: overdue, missed or behind; yellow: due within 30 days; green), busiest first.
// param as_of: the date to judge by, YYYY-MM-DD
MATCH (c:Commitment) WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) }
// the status as of the date (kg/status.py, docs/status.md), from the progress records of the whole work
WITH c, coalesce(c.work_due, c.due) AS due
OPTIONAL MATCH (c)<-[:RESTATES*0..1]-(:Commitment)-[:HAS_PROGRESS]->(p:Progress) WHERE p.as_of <= date($as_of)
WITH c, due, min(CASE WHEN p.status = 'done' THEN p.as_of END) AS done_on, max(p.as_of) AS last_on,
     max(CASE WHEN p.as_of >= due AND p.percent < coalesce(c.required, 100.0) THEN 1 ELSE 0 END) AS short
OPTIONAL MATCH (c)<-[:RESTATES*0..1]-(:Commitment)-[:HAS_PROGRESS]->(q:Progress)
  WHERE q.as_of = last_on AND q.status IN ['behind', 'not_started', 'on_track']
WITH c, due, done_on, short, min(q.status) AS said
WITH c, due, CASE WHEN done_on IS NOT NULL AND done_on > due THEN 'done_late'
                  WHEN done_on IS NOT NULL THEN 'done'
                  WHEN due < date($as_of) AND short = 1 THEN 'missed'
                  WHEN due < date($as_of) THEN 'overdue'
                  ELSE coalesce(said, 'unknown') END AS status
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
RETURN a.name AS actor, a.kind AS kind, works, open, due_soon, overdue, missed, done, done_late,
       CASE WHEN overdue + missed + behind > 0 THEN 'red' WHEN due_soon > 0 THEN 'yellow' ELSE 'green' END AS colour
ORDER BY works DESC, actor
