// Who leads what by when: every piece of work once (its canonical commitment), with its actors in any of the documents that state it, its deadline, its status as of a date and how many documents state it, earliest deadline first.
// One row per work and actor; a work without actors has one row with an empty actor.
// param as_of: the date to judge the status by, YYYY-MM-DD (default: today)
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
OPTIONAL MATCH (a:Person|Organization|Post)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(s:Commitment) WHERE s.work = c.id
RETURN DISTINCT c.task AS task, due, coalesce(c.work_due_text, c.due_text) AS due_text, r.role AS role, a.name AS actor,
       status, c.sources AS sources, c.source AS source
ORDER BY due, task, role, actor, status, source
