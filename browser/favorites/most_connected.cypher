// graph_builder: most_connected — The most connected officials: co-attendance degree and weight, with their posts.
:param limit => 10;
MATCH (p:Person)-[c:CO_ATTENDED]-()
WITH p, count(c) AS degree, sum(c.count) AS weight
OPTIONAL MATCH (p)-[:HELD]->(post:Post)
RETURN p.name AS person, degree, weight, collect(DISTINCT post.title)[..3] AS posts
ORDER BY degree DESC, weight DESC, person
LIMIT toInteger($limit)
