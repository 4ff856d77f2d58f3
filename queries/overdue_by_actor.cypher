// Which leaders and departments carry the most overdue work: per person or organization, the commitments they lead or are responsible for that are due before a date and not done (by the latest report on it).
// param as_of: the date to judge by, YYYY-MM-DD
MATCH (a:Person|Organization)-[r:LEADS|RESPONSIBLE_FOR]->(c:Commitment)
WHERE c.due IS NOT NULL AND c.due < date($as_of) AND (c.status IS NULL OR c.status <> 'done')
  // a report on a commitment that is listed itself is not listed again
  AND NOT EXISTS { MATCH (c)-[:REPORTS_ON]->(o:Commitment)
                   WHERE o.due IS NOT NULL AND o.due < date($as_of) AND (o.status IS NULL OR o.status <> 'done') }
RETURN a.name AS actor, a.kind AS kind, count(DISTINCT c) AS overdue, min(c.due) AS oldest_due
ORDER BY overdue DESC, oldest_due, actor
