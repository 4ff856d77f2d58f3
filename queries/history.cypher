// Everything said about one piece of work, in date order: each statement of it (the promise, the table's row, the notice's report) and each progress record, with its document.
// param ref: the id of any commitment of the work, or its task text (a part of it)
MATCH (x:Commitment) WHERE x.id = $ref OR x.task CONTAINS $ref
MATCH (c:Commitment) WHERE c.id = x.work
WITH DISTINCT c
MATCH (s:Commitment)-[st:STATED_IN]->(d:Document) WHERE s.work = c.id
OPTIONAL MATCH (s)-[:HAS_PROGRESS]->(p:Progress)
RETURN c.id AS work, c.task AS work_task, coalesce(p.as_of, d.date) AS date, s.id AS id, s.task AS task, d.date AS stated_on, d.source AS source,
       s.due AS due, st.evidence AS evidence, p.as_of AS as_of, p.status AS status, p.percent AS percent,
       p.text AS progress
ORDER BY work, date, source, id
