// Everything said about one piece of work, in date order: each statement of it (the promise, the table's row, the notice's report) and each progress record, with its document.
// param ref: the id of any commitment of the work, or its task text (a part of it)
MATCH (x:Commitment)-[:RESTATES*0..2]-(s:Commitment)-[:STATED_IN]->(d:Document)
// the work of each commitment asked for (x.work: the id of its canonical commitment) and each statement of it, reached
// from x through RESTATES (restatement -> canonical: x itself, its canonical and the other restatements of that, at
// most two steps) in the same MATCH as x, so Ladybug starts from the few x and does not join every statement's work
WHERE (x.id = $ref OR x.task CONTAINS $ref) AND s.work = x.work
WITH DISTINCT x.work AS w, s, d
MATCH (c:Commitment) WHERE c.id = w
OPTIONAL MATCH (s)-[:HAS_PROGRESS]->(p:Progress)
RETURN c.id AS work, c.task AS work_task, coalesce(p.as_of, d.date) AS date, s.id AS id, s.task AS task, d.date AS stated_on, d.source AS source,
       s.due AS due, s.evidence AS evidence, p.as_of AS as_of, p.status AS status, p.percent AS percent,
       p.text AS progress
ORDER BY work, date, source, id
