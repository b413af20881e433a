// The shortest co-attendance path between two people.
// params: a, b
// example: a=刘明胜, b=赵俊峰
MATCH (a:Person {name: $a}), (b:Person {name: $b})
MATCH path = shortestPath((a)-[:CO_ATTENDED*..12]-(b))
RETURN [n IN nodes(path) | n.name] AS people, length(path) AS hops,
       [r IN relationships(path) | r.events[0]] AS via_events
