// name: co_appearing
// description: Pairs of actors mentioned in the same article, with the number of articles they share
// params:
MATCH (a:Actor)<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(b:Actor)
WHERE a.uri < b.uri AND a.name IS NOT NULL AND b.name IS NOT NULL
WITH a, b, count(DISTINCT article) AS articles
RETURN a.name AS actor_a, b.name AS actor_b, articles
ORDER BY articles DESC, actor_a, actor_b
