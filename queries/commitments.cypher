// Who leads what by when: every commitment with its actors, deadline and status, earliest deadline first.
// One row per commitment and actor; a commitment without actors has one row with an empty actor.
MATCH (c:Commitment)
OPTIONAL MATCH (a)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c)
RETURN c.task AS task, c.due AS due, c.due_text AS due_text, r.role AS role, a.name AS actor,
       c.status AS status, c.source AS source
ORDER BY due, task, role, actor, status, source
