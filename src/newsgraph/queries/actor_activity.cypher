// name: actor_activity
// description: Actors ranked by how many statements and appeals they made
// params:
MATCH (who:Actor)<-[:SPEAKER]-(act)
WHERE (act:Statement OR act:Appeal) AND who.name IS NOT NULL
WITH who,
     count(DISTINCT CASE WHEN act:Statement THEN act END) AS statements,
     count(DISTINCT CASE WHEN act:Appeal THEN act END) AS appeals
RETURN DISTINCT who.name AS actor, statements, appeals, statements + appeals AS total, who.uri AS iri
ORDER BY total DESC, statements DESC, appeals DESC, actor, iri
