// A person's timeline of posts (first and last seen) and events (with role).
// params: name
// example: name=吕沛
MATCH (p:Person {name: $name})
CALL (p) {
  MATCH (p)-[h:HELD]->(post:Post)
  RETURN h.first_seen AS date, 'post' AS kind, h.title AS what, 'until ' + coalesce(h.last_seen, '?') AS detail,
         h.article_id AS article_id
  UNION
  MATCH (p)-[r:ATTENDED]->(e:Event)
  RETURN e.date AS date, 'event' AS kind, e.type + ': ' + coalesce(e.headline, e.trigger, '') AS what,
         r.role AS detail, r.article_id AS article_id
}
RETURN date, kind, what, detail, article_id
ORDER BY date, kind, what, detail
