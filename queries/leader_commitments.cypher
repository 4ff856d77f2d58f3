// A leader's commitments: the work a person or an organization leads, is responsible for or assists (in any document that states it), once per work, by deadline, with its status as of a date.
// param name: the leader's name as written (a person such as 张伟, or a body such as 区住建局)
// param as_of: the date to judge the status by, YYYY-MM-DD (default: today)
MATCH (:Person|Organization {name: $name})-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)-[:RESTATES*0..1]->(c:Commitment)
WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) }
WITH DISTINCT c
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
MATCH (a:Person|Organization {name: $name})-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)-[:RESTATES*0..1]->(c)
OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
RETURN DISTINCT c.task AS task, r.role AS role, due, coalesce(c.work_due_text, c.due_text) AS due_text, status,
       c.sources AS sources, d.source AS source, d.date AS stated_on
ORDER BY due, task, role
