// name: articles
// description: The stored articles with date, author and how many statements and appeals each reports
// params:
MATCH (node:Article)
OPTIONAL MATCH (statement:Statement)-[:REPORTED_IN]->(node)
WITH node, count(DISTINCT statement) AS statements
OPTIONAL MATCH (appeal:Appeal)-[:REPORTED_IN]->(node)
WITH node, statements, count(DISTINCT appeal) AS appeals
OPTIONAL MATCH (node)-[:AUTHOR]->(author)
RETURN node.datePublished AS date, node.headline AS headline, author.name AS author,
       statements, appeals, node.uri AS article
ORDER BY date, headline, author, statements, appeals, article
