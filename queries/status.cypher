// How every piece of work stands on a date: each work once (its canonical commitment), its deadline, its status and colour as of that date (docs/status.md), how many documents state it and the newest progress by then, earliest deadline first.
// param as_of: the date to judge by, YYYY-MM-DD (default: today)
// param place: only works stated in documents of this place (a part of its name; default: any)
MATCH (c:Commitment) WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) }
  AND ($place = '' OR EXISTS { MATCH (c)<-[:RESTATES*0..1]-(:Commitment)-[:STATED_IN]->(d:Document)
                                WHERE d.place CONTAINS $place })
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
RETURN c.id AS id, c.task AS task, due, status,
       CASE WHEN status IN ['overdue', 'missed', 'behind'] THEN 'red'
            WHEN NOT status IN ['done', 'done_late'] AND due >= date($as_of) AND due <= date($soon)
              THEN 'yellow'
            WHEN status IN ['on_track', 'done', 'done_late'] THEN 'green'
            ELSE 'grey' END AS colour,
       c.sources AS sources, c.source AS source
ORDER BY due, task, id
