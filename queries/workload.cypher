// Workload per leader and organization as of a date: the pieces of work each leads, is responsible for or assists (each once, whatever number of documents state it), how many are open, due within 30 days, overdue, missed, done on time and done late, and the colour (red: overdue, missed or behind; yellow: due within 30 days; green), busiest first. A body or person is one per place (the 县住建局 of two counties are two rows, each with its place).
// param as_of: the date to judge by, YYYY-MM-DD
// param limit: at most this many actors, busiest first (default: 1000; 0: all); each counts all its works
// count: MATCH (a:Person|Organization) WHERE EXISTS { MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment) }
// count: RETURN count(a) AS total
MATCH (c:Commitment) WHERE c.work = c.id
// the status as of the date (docs/status.md), from what ingest derived on the work (kg/status.py work_facts, judge):
// done_on, short_on, and said: what was said while it was open, as 21-letter intervals FROM TO letter
// (b behind, n not_started, o on_track); the first interval is read directly, the others only when there are some
WITH c, coalesce(c.work_due, c.due) AS due, coalesce(c.said, '') AS said, $as_of AS day
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
// who leads, is responsible or assists in any statement of the work (s.work: its canonical commitment)
MATCH (a:Person|Organization)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(s:Commitment) WHERE s.work = c.id
WITH DISTINCT a.id AS aid, a.name AS name, a.kind AS kind, a.place AS place, c.id AS w, due, status
WITH aid, name, kind, place, count(w) AS works,
     sum(CASE WHEN status IN ['not_started', 'on_track', 'behind', 'unknown'] THEN 1 ELSE 0 END) AS open,
     sum(CASE WHEN status IN ['not_started', 'on_track', 'behind', 'unknown'] AND due <= date($soon)
              THEN 1 ELSE 0 END) AS due_soon,
     sum(CASE WHEN status = 'behind' THEN 1 ELSE 0 END) AS behind,
     sum(CASE WHEN status = 'overdue' THEN 1 ELSE 0 END) AS overdue,
     sum(CASE WHEN status = 'missed' THEN 1 ELSE 0 END) AS missed,
     sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done,
     sum(CASE WHEN status = 'done_late' THEN 1 ELSE 0 END) AS done_late
RETURN name AS actor, kind, place, works, open, due_soon, overdue, missed, done, done_late,
       CASE WHEN overdue + missed + behind > 0 THEN 'red' WHEN due_soon > 0 THEN 'yellow' ELSE 'green' END AS colour
ORDER BY works DESC, actor, place LIMIT $limit
