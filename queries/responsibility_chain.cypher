// The responsibility chain of a project: its commitments, who leads, is responsible and assists, and the body each unit belongs to.
// param project: the project's name, or a part of it (matched with CONTAINS)
MATCH (p:Project)<-[:CONCERNS]-(c:Commitment)
WHERE p.name CONTAINS $project
OPTIONAL MATCH (a)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c)
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Organization)
RETURN p.name AS project, c.task AS task, c.due AS due, r.role AS role, a.name AS actor,
       a.kind AS actor_kind, parent.name AS part_of
ORDER BY project, due, task, role, actor
