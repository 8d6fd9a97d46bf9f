// name: actor_timeline
// description: Timeline of an actor's statements and appeals (name or alias) by report date, with CAMEO type and tone
// params: actor:string
MATCH (who:Actor)
WHERE toLower(who.name) = toLower($actor)
   OR any(alias IN coalesce(who.alias, []) WHERE toLower(alias) = toLower($actor))
MATCH (node:CommunicativeAct)-[:SPEAKER]->(who)
OPTIONAL MATCH (node)-[:REPORTED_IN]->(article)
OPTIONAL MATCH (node)-[:EVENT_TYPE]->(type)
WHERE type.notation IS NOT NULL
RETURN DISTINCT node.reportedDate AS date,
       CASE WHEN node:Proposal THEN 'Proposal' WHEN node:Appeal THEN 'Appeal' ELSE 'Statement' END AS kind,
       type.notation AS code, type.prefLabel AS event_type, type.goldstein AS goldstein,
       node.name AS summary, article.headline AS article, node.uri AS act
ORDER BY date, kind, code, event_type, goldstein, summary, article, act
