// A leader's commitments: what a person or an organization leads, is responsible for or assists, by deadline.
// param name: the leader's name as written (a person such as 张伟, or a body such as 区住建局)
MATCH (a:Person|Organization {name: $name})-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment)
OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
RETURN c.task AS task, r.role AS role, c.due AS due, c.due_text AS due_text, c.status AS status,
       d.source AS source, d.date AS stated_on
ORDER BY due, task, role
