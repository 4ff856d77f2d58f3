// Workload per leader and organization as of a date: the pieces of work each leads, is responsible for or assists (each once, whatever number of documents state it), how many are open, due within 30 days, overdue, missed, done on time and done late, and the colour (red: overdue, missed or behind; yellow: due within 30 days; green), busiest first. A body or person is one per place (the 县住建局 of two counties are two rows, each with its place).
// param as_of: the date to judge by, YYYY-MM-DD
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
