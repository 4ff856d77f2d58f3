// Workload per organization: how many commitments each body leads, is responsible for and assists, busiest first.
MATCH (o:Organization)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment)
RETURN o.name AS organization,
       count(DISTINCT c) AS commitments,
       sum(CASE WHEN r.role = 'lead' THEN 1 ELSE 0 END) AS leads,
       sum(CASE WHEN r.role = 'responsible' THEN 1 ELSE 0 END) AS responsible,
       sum(CASE WHEN r.role = 'assist' THEN 1 ELSE 0 END) AS assists
ORDER BY commitments DESC, organization
