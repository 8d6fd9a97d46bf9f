// name: asked_to_act_on
// description: Who was asked to act on whom: the addressee of an appeal and the third party it should act on
// params:
MATCH (addressee)<-[:ADDRESSEE]-(act:Appeal)-[:TARGET]->(target)
WHERE addressee.name IS NOT NULL AND target.name IS NOT NULL
OPTIONAL MATCH (act)-[:SPEAKER]->(speaker)
OPTIONAL MATCH (act)-[:EVENT_TYPE]->(type)
OPTIONAL MATCH (act)-[:REQUESTED_ACTION]->(action)
RETURN DISTINCT addressee.name AS addressee, target.name AS target, speaker.name AS speaker,
       type.notation AS code, action.name AS request, act.uri AS appeal
ORDER BY addressee, target, speaker, code, request, appeal
