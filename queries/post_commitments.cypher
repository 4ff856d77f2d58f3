// A post's commitments: what is assigned to an office without a name (由常务副区长牵头), and who documents name in it, with the first and last dates they were named so.
// param post: the post's title (常务副区长, 分管副县长 as 副县长)
// status: the newest progress of the statement's work, kept on the work's canonical commitment (w)
MATCH (p:Post {name: $post})-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment)
OPTIONAL MATCH (w:Commitment) WHERE w.id = c.work
OPTIONAL MATCH (h:Person)-[k:HOLDS]->(p)
RETURN c.task AS task, r.role AS role, p.place AS place, c.due AS due, CASE WHEN w IS NULL THEN c.status ELSE w.status END AS status,
       h.name AS holder, k.from_date AS named_from, k.to_date AS named_until
ORDER BY due, task, place, holder
