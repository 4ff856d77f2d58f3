// What a document states: its commitments with the evidence sentence and character offsets, in reading order.
// param source: the document's source file name as ingested (e.g. speech.txt)
MATCH (c:Commitment)-[:STATED_IN]->(d:Document {source: $source})
RETURN d.speech AS speech, c.start_offset AS start, c.end_offset AS `end`, c.task AS task, c.due AS due,
       c.evidence AS evidence
ORDER BY speech, start, task
