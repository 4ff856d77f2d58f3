// Who leads what by when: every piece of work once (its canonical commitment), with its actors in any of the documents that state it, its deadline, its status as of a date and how many documents state it, earliest deadline first.
// One row per work and actor; a work without actors has one row with an empty actor.
// param as_of: the date to judge the status by, YYYY-MM-DD (default: today)
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
OPTIONAL MATCH (a)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)-[:RESTATES*0..1]->(c)
RETURN DISTINCT c.task AS task, due, coalesce(c.work_due_text, c.due_text) AS due_text, r.role AS role, a.name AS actor,
       status, c.sources AS sources, c.source AS source
ORDER BY due, task, role, actor, status, source
