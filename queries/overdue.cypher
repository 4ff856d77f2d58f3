// Commitments due before a date and not done (by the latest report on it), with who leads them: the overdue list as of that date.
// param as_of: the date to judge by, YYYY-MM-DD
MATCH (c:Commitment)
WHERE c.due IS NOT NULL AND c.due < date($as_of) AND (c.status IS NULL OR c.status <> 'done')
  // a report on a commitment that is listed itself is not listed again
  AND NOT EXISTS { MATCH (c)-[:REPORTS_ON]->(o:Commitment)
                   WHERE o.due IS NOT NULL AND o.due < date($as_of) AND (o.status IS NULL OR o.status <> 'done') }
OPTIONAL MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(c)
RETURN c.task AS task, c.due AS due, c.status AS status, r.role AS role, a.name AS actor, c.source AS source
ORDER BY due, task, role, actor
