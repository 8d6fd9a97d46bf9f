// name: roles_as_of
// description: Roles an actor (name or alias) was reported to hold on or before a date, with first and last report
// params: actor:string, date:date
MATCH (who:Actor)
WHERE toLower(who.name) = toLower($actor)
   OR any(alias IN coalesce(who.alias, []) WHERE toLower(alias) = toLower($actor))
MATCH (who)-[:HOLDS]->(assignment)-[:ROLE]->(role)
WHERE role.name IS NOT NULL
MATCH (assignment)-[:EVIDENCE]->()-[:REFERENCE_CONTEXT]->(article)
WHERE article.datePublished <= $date
OPTIONAL MATCH (assignment)-[:IN_ORGANIZATION]->(organization)
RETURN who.name AS holder, role.name AS role, organization.name AS organization,
       min(article.datePublished) AS since, max(article.datePublished) AS last_reported
ORDER BY holder, role, organization, since, last_reported
