// name: quotations
// description: Every verbatim quotation with its speaker, character offsets and article
// params:
MATCH (node:Quotation)
WHERE node.anchorOf IS NOT NULL AND node.beginIndex IS NOT NULL AND node.endIndex IS NOT NULL
OPTIONAL MATCH (node)-[:SPOKEN_BY]->(speaker)
OPTIONAL MATCH (node)-[:REFERENCE_CONTEXT]->(article)
RETURN DISTINCT speaker.name AS speaker, node.anchorOf AS quote, node.beginIndex AS begin,
       node.endIndex AS end, article.headline AS article, node.uri AS mention
ORDER BY speaker, article, begin, end, quote, mention
