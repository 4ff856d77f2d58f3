// Which leaders and departments carry the most overdue work: per person or organization, the pieces of work (each once) they lead or are responsible for in any document that states them, due before a date and not reported done by then. A body or person is one per place (the 县住建局 of two counties are two rows, each with its place).
// param as_of: the date to judge by, YYYY-MM-DD
MATCH (c:Commitment), (x)-[:LEADS|RESPONSIBLE_FOR]->(s:Commitment)
// the works due before the date and not reported done by then (docs/status.md, from what ingest derived on the
// canonical commitment, kg/status.py judge), each with who leads or is responsible in any statement of it (s.work:
// its canonical commitment), in one MATCH: Ladybug joins the role relations to those works first
WHERE c.work = c.id AND coalesce(c.work_due, c.due) < date($as_of) AND NOT coalesce(c.done_on <= date($as_of), false)
  AND s.work = c.id
// a statement that is its work's canonical commitment is c itself, so it takes part only when it is overdue: said
// here, the engine drops those that are not before the join (at 1,000,000 commitments 728,326 of the 2 million role
// relations reach the join, not all of them)
  AND (s.work <> s.id OR coalesce(s.work_due, s.due) < date($as_of) AND NOT coalesce(s.done_on <= date($as_of), false))
// each actor and work once (two roles, or roles in two statements of a work, count the work once), counted per
// actor node, then the actors' names read for their rows only.  The pairs are made distinct on the nodes'
// internal ids (id()): a pair of nodes would also group on the commitment's id string, which costs Ladybug
// a sixth more CPU at 1,000,000 commitments (docs/benchmarks.md, session 15)
WITH DISTINCT id(x) AS actor_id, id(c) AS work_id, coalesce(c.work_due, c.due) AS due
WITH actor_id, count(*) AS overdue, min(due) AS oldest_due
MATCH (a:Person|Organization) WHERE id(a) = actor_id
RETURN a.name AS actor, a.kind AS kind, a.place AS place, overdue, oldest_due
ORDER BY overdue DESC, oldest_due, actor, place
