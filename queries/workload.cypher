// Workload per leader and organization as of a date: the pieces of work each leads, is responsible for or assists (each once, whatever number of documents state it), how many are open, due within 30 days, overdue, missed, done on time and done late, and the colour (red: overdue, missed or behind; yellow: due within 30 days; green), busiest first. A body or person is one per place (the 县住建局 of two counties are two rows, each with its place).
// param as_of: the date to judge by, YYYY-MM-DD
// param limit: at most this many actors, busiest first (default: 1000; 0: all); each counts all its works
// count: MATCH (a:Person|Organization) WHERE EXISTS { MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment) }
// count: RETURN count(a) AS total
// the busiest first: works (how many works each is on, kept on the node by every write, kg/store/base.py
// WORKS_STATEMENT) does not depend on the date, so only the works of the first ones are judged
MATCH (a:Person|Organization) WHERE a.works > 0
WITH a ORDER BY a.works DESC, a.name, a.place LIMIT $limit
// their works, each once (s.work: the canonical commitment of a statement they lead, are responsible for or
// assist), with what ingest derived on the work: kept on its canonical commitment (kg/link.py derived)
MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(s:Commitment)
WITH DISTINCT a, s.work AS w
MATCH (c:Commitment) WHERE c.id = w
WITH a, coalesce(c.work_due, c.due) AS due, coalesce(c.said, '') AS said, $as_of AS day,
     c.done_on AS done_on, c.short_on AS short_on
// the status as of the date (docs/status.md), from what ingest derived on the work (kg/status.py work_facts, judge):
// done_on, short_on, and said: what was said while it was open, as 21-letter intervals FROM TO letter
// (b behind, n not_started, o on_track); the first interval is read directly, the others only when there are some
WITH a, due, CASE WHEN done_on <= date(day) THEN CASE WHEN done_on > due THEN 'done_late' ELSE 'done' END
  WHEN due < date(day) THEN CASE WHEN short_on <= date(day) THEN 'missed' ELSE 'overdue' END
  WHEN left(said, 10) <= day AND right(left(said, 20), 10) > day THEN right(left(said, 21), 1)
  WHEN size(said) <= 21 THEN 'unknown'
  WHEN any(i IN range(2, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day AND right(left(said, 21 * i), 1) = 'b') THEN 'b'
  WHEN any(i IN range(2, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day AND right(left(said, 21 * i), 1) = 'n') THEN 'n'
  WHEN any(i IN range(2, size(said) / 21) WHERE right(left(said, 21 * i - 11), 10) <= day
           AND right(left(said, 21 * i - 1), 10) > day) THEN 'o'
  ELSE 'unknown' END AS status
WITH a, due, CASE status WHEN 'b' THEN 'behind' WHEN 'n' THEN 'not_started' WHEN 'o' THEN 'on_track' ELSE status END AS status
WITH a.id AS aid, a.name AS name, a.kind AS kind, a.place AS place, a.works AS works, due, status
WITH aid, name, kind, place, works,
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
