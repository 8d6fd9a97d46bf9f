// name: group_composition
// description: Members and composition of a group or organisation (name or alias): members, parent bodies, country
// params: group:string
MATCH (group:Actor)
WHERE toLower(group.name) = toLower($group)
   OR any(alias IN coalesce(group.alias, []) WHERE toLower(alias) = toLower($group))
MATCH (group)-[link:MEMBER_OF|FORMER_MEMBER_OF|COUNTRY]-(node)
WHERE node.name IS NOT NULL
WITH group, node, type(link) AS kind, startNode(link) = group AS outgoing
RETURN DISTINCT group.name AS group_name, group.memberCountMin AS member_count_min,
       CASE kind
         WHEN 'MEMBER_OF' THEN CASE WHEN outgoing THEN 'member of' ELSE 'member' END
         WHEN 'FORMER_MEMBER_OF' THEN CASE WHEN outgoing THEN 'former member of' ELSE 'former member' END
         ELSE CASE WHEN outgoing THEN 'country' ELSE 'affiliated' END
       END AS relation,
       node.name AS other,
       CASE WHEN node:Person THEN 'Person' WHEN node:Group THEN 'Group' WHEN node:Country THEN 'Country'
            WHEN node:Organization THEN 'Organization' ELSE 'Actor' END AS other_type
ORDER BY group_name, member_count_min, relation, other, other_type
