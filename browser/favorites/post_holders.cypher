// graph_builder: post_holders — Who held a post (as written, e.g. 市长, or with its organisation, e.g. 焦作市委书记) in a period, each under the organisation of the post (焦作市 市长, 孟州市 市长).
:param post => "副市长";
:param from => "2019-01-01";
:param to => "2019-12-31";
MATCH (p:Person)-[h:HELD]->(post:Post)
WHERE (post.post = $post OR post.title = $post OR h.title = $post)
  AND ($from IS NULL OR h.last_seen >= $from) AND ($to IS NULL OR h.first_seen <= $to)
RETURN post.org AS organization, p.name AS person, h.title AS title, post.title AS post,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.count AS mentions
ORDER BY organization, first_seen, person
