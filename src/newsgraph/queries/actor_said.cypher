// name: actor_said
// description: Everything an actor (name or alias, any case) said or asked: quote or content, CAMEO code, article
// params: actor:string
MATCH (who:Actor)
WHERE toLower(who.name) = toLower($actor)
   OR any(alias IN coalesce(who.alias, []) WHERE toLower(alias) = toLower($actor))
MATCH (node:CommunicativeAct)-[:SPEAKER]->(who)
MATCH (node)-[:CONTENT_SPAN]->(span)
WHERE span.anchorOf IS NOT NULL AND span.beginIndex IS NOT NULL
OPTIONAL MATCH (node)-[:EVENT_TYPE]->(type)
OPTIONAL MATCH (node)-[:REPORTED_IN]->(article)
RETURN DISTINCT node.reportedDate AS date, article.headline AS article, span.beginIndex AS begin,
       CASE WHEN node:Proposal THEN 'Proposal' WHEN node:Appeal THEN 'Appeal' ELSE 'Statement' END AS kind,
       type.notation AS code, span.anchorOf AS content, node.quote AS quote, node.uri AS act
ORDER BY date, article, begin, kind, code, content, quote, act
