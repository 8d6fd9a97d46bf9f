// name: evidence
// description: The text behind a fact (by IRI): its sentence and spans with offsets, the article, rule and confidence
// params: fact:iri
MATCH (fact:Resource {uri: $fact})-[link:EVIDENCE|SPEAKER_SPAN|CUE_SPAN|ADDRESSEE_SPAN|CONTENT_SPAN]->(mention)
WHERE mention.anchorOf IS NOT NULL AND mention.beginIndex IS NOT NULL AND mention.endIndex IS NOT NULL
OPTIONAL MATCH (mention)-[:REFERENCE_CONTEXT]->(context)
RETURN DISTINCT
       CASE type(link)
         WHEN 'EVIDENCE' THEN 'sentence' WHEN 'SPEAKER_SPAN' THEN 'speaker' WHEN 'CUE_SPAN' THEN 'cue'
         WHEN 'ADDRESSEE_SPAN' THEN 'addressee' ELSE 'content'
       END AS kind,
       mention.beginIndex AS begin, mention.endIndex AS end, mention.anchorOf AS text,
       mention.sentenceIndex AS sentence_index, context.uri AS article, context.headline AS headline,
       fact.rule AS rule, fact.confidence AS confidence
ORDER BY begin, end, kind, text, sentence_index, article, headline, rule, confidence
