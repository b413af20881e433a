// graph_builder graph schema: uniqueness constraints on every key, indexes for
// the lookups the writer and the shipped queries make, and a CJK full-text index.
// Idempotent: every statement is IF NOT EXISTS.
CREATE CONSTRAINT page_source IF NOT EXISTS FOR (n:Page) REQUIRE n.source IS UNIQUE;
CREATE CONSTRAINT paper_name IF NOT EXISTS FOR (n:Paper) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.article_id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.person_id IS UNIQUE;
CREATE CONSTRAINT organization_name IF NOT EXISTS FOR (n:Organization) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.post_id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.event_id IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (n:GraphBuilderMeta) REQUIRE n.key IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX post_post IF NOT EXISTS FOR (n:Post) ON (n.post);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_page IF NOT EXISTS FOR (n:Article) ON (n.page);
CREATE INDEX titled_page IF NOT EXISTS FOR ()-[r:TITLED]-() ON (r.page);
CREATE FULLTEXT INDEX names_cjk IF NOT EXISTS FOR (n:Person|Organization|Post) ON EACH [n.name, n.title]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
