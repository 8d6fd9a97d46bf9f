// name: appeals
// description: Who appealed to whom: speaker, addressee, CAMEO code and Goldstein score of every appeal and proposal
// params:
MATCH (act:Appeal)-[:EVENT_TYPE]->(type)
WHERE type.notation IS NOT NULL
OPTIONAL MATCH (act)-[:SPEAKER]->(speaker)
OPTIONAL MATCH (act)-[:ADDRESSEE]->(addressee)
RETURN DISTINCT speaker.name AS speaker, addressee.name AS addressee, type.notation AS code,
       type.goldstein AS goldstein, act.reportedDate AS date, act.uri AS appeal
ORDER BY speaker, addressee, code, goldstein, date, appeal
