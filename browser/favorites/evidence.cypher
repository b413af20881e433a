// graph_builder: evidence — The sentences that support a person's facts: attendance with role, posts as written.
:param name => "郭鹏";
MATCH (p:Person {name: $name})-[r:ATTENDED|TITLED]->(x)
RETURN type(r) AS fact, coalesce(r.role, r.title) AS detail, r.article_id AS article_id,
       r.start AS start, r.end AS end, r.sentence AS sentence
ORDER BY article_id, start
