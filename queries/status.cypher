// How every piece of work stands on a date: each work once (its canonical commitment), its deadline, its status and colour as of that date (docs/status.md), how many documents state it and the newest progress by then, earliest deadline first.
// param as_of: the date to judge by, YYYY-MM-DD (default: today)
// param place: only works stated in documents of this place (a part of its name; default: any)
// param limit: at most this many works, earliest deadline first (default: 1000; 0: all)
// count: MATCH (c:Commitment) WHERE c.work = c.id
// count:   AND ($place = '' OR EXISTS { MATCH (s:Commitment)-[:STATED_IN]->(d:Document)
// count:                                 WHERE s.work = c.id AND d.place CONTAINS $place })
// count: RETURN count(c) AS total
MATCH (c:Commitment) WHERE c.work = c.id
  AND ($place = '' OR EXISTS { MATCH (s:Commitment)-[:STATED_IN]->(d:Document)
                                WHERE s.work = c.id AND d.place CONTAINS $place })
// the first works by deadline, then their status: only these are judged
WITH c, coalesce(c.work_due, c.due) AS due ORDER BY due, c.task, c.id LIMIT $limit
// the status as of the date (docs/status.md), from what ingest derived on the work (kg/status.py work_facts, judge):
// done_on, short_on, and said: what was said while it was open, as 21-letter intervals FROM TO letter
// (b behind, n not_started, o on_track); the first interval is read directly, the others only when there are some
WITH c, due, coalesce(c.said, '') AS said, $as_of AS day
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
RETURN c.id AS id, c.task AS task, due, status,
       CASE WHEN status IN ['overdue', 'missed', 'behind'] THEN 'red'
            WHEN NOT status IN ['done', 'done_late'] AND due >= date($as_of) AND due <= date($soon)
              THEN 'yellow'
            WHEN status IN ['on_track', 'done', 'done_late'] THEN 'green'
            ELSE 'grey' END AS colour,
       c.sources AS sources, c.source AS source
ORDER BY due, task, id
