// name: appeals_seeking
// description: Appeals whose requested action aims, directly or through a chain of goals, at an event of a CAMEO type
// params: code:string
MATCH (act:Appeal)-[:REQUESTED_ACTION]->(action)-[:AIMS_AT*0..]->(goalEvent)-[:EVENT_TYPE]->(type)
WHERE type.notation = $code
OPTIONAL MATCH (act)-[:SPEAKER]->(speaker)
OPTIONAL MATCH (act)-[:ADDRESSEE]->(addressee)
RETURN DISTINCT speaker.name AS speaker, addressee.name AS addressee, action.name AS request,
       goalEvent.name AS goal, act.uri AS appeal
ORDER BY speaker, addressee, request, goal, appeal
