// graph_builder: attended_with_both — People who attended events with both A and B.
:param a => "刘明胜";
:param b => "冯利民";
MATCH (a:Person {name: $a})-[ca:CO_ATTENDED]-(x:Person)-[cb:CO_ATTENDED]-(b:Person {name: $b})
WHERE x <> a AND x <> b
RETURN DISTINCT x.name AS person, ca.count AS with_a, cb.count AS with_b
ORDER BY person
