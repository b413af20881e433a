// Co-attendees of a person, with how often, when, and at which events.
// params: name
// example: name=王小平
MATCH (p:Person {name: $name})-[c:CO_ATTENDED]-(q:Person)
RETURN q.name AS co_attendee, c.count AS times, c.first AS first, c.last AS last, c.events AS events
ORDER BY times DESC, co_attendee
