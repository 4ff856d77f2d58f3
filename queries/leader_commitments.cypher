// A leader's commitments: the work a person or an organization leads, is responsible for or assists (in any document that states it), once per work, by deadline, with its status as of a date.
// param name: the leader's name as written (a person such as 张伟, or a body such as 区住建局)
// param as_of: the date to judge the status by, YYYY-MM-DD (default: today)
MATCH (:Person|Organization {name: $name})-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)-[:RESTATES*0..1]->(c:Commitment)
WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) }
WITH DISTINCT c
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
MATCH (a:Person|Organization {name: $name})-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)-[:RESTATES*0..1]->(c)
OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
RETURN DISTINCT c.task AS task, r.role AS role, due, coalesce(c.work_due_text, c.due_text) AS due_text, status,
       c.sources AS sources, d.source AS source, d.date AS stated_on
ORDER BY due, task, role
