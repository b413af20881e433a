"""Records: the pydantic models every later stage (graph writer, refresh, notebooks) reads.

Offsets (`start`, `end`) are always character offsets into the page file's decoded
text, as read from disk, so that a fact can be shown in its original place.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal["meeting", "inspection", "talks", "signing", "ceremony", "other", "none"]
Role = Literal["presided", "spoke", "attended", "accompanied", "led", "received", "participated"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(Record):
    """Where a fact is written: article, offsets into the original page text, sentence."""

    article_id: str
    start: int
    end: int
    sentence: str


class Continuation(Record):
    """An editorial jump note such as （下转第二版②） kept as metadata."""

    text: str
    direction: Literal["to", "from"]
    start: int
    end: int


class Page(Record):
    page_id: str = Field(description="sha256 of the page key and the sha256 of its bytes, first 16 hex digits")
    source: str = Field(description="the page's key: its path relative to the folder given, or its file name")
    path: str = Field(description="absolute path of the file")
    paper: str = Field("", description="the paper the page is of (config.yaml `papers:`); empty: the default paper")
    copy_of: str | None = Field(None, description="key of the page this one is an exact copy of (loaded once)")
    sha256: str
    encoding: str
    issue_date: dt.date | None = None
    issue_date_source: Literal["option", "path", "text", "none"] = "none"
    issue_date_inferred: bool = False
    continuations: list[Continuation] = []


class TitleMention(Record):
    """A post as written (`修武县委书记`), split into organisation and post."""

    text: str
    org: str | None = Field(None, description="organisation as written, e.g. 修武县委")
    org_resolved: str | None = Field(None, description="organisation in context, e.g. 焦作市委")
    post: str = Field(description="the post itself, e.g. 书记")
    start: int
    end: int


class PersonMention(Record):
    name: str
    start: int
    end: int
    sentence: str


class Person(Record):
    """One person as seen in one article."""

    name: str
    titles: list[str] = []
    title_mentions: list[TitleMention] = []
    participant: bool = False
    roles: list[Role] = []
    mentions: list[PersonMention] = []


class Organization(Record):
    name: str
    start: int
    end: int


class Participation(Record):
    person: str
    role: Role
    evidence: Evidence


class Event(Record):
    event_id: str
    type: EventType
    trigger: str | None = None
    name: str | None = Field(None, description="the event as named, e.g. 党政联席会")
    date_text: str | None = None
    date: dt.date | None = None
    place: str | None = None
    evidence: Evidence | None = None


class Article(Record):
    article_id: str = Field(description="page_id + ':' + index of the article in its page")
    source: str
    page_id: str
    paper: str = Field("", description="the page's paper (empty: the default paper)")
    index: int
    start: int
    end: int
    text: str = Field(description="cleaned article text")
    headline: str | None = None
    headline_span: tuple[int, int] | None = None
    date_text: str | None = None
    date: dt.date | None = None
    event_type: EventType = "none"
    reporters: list[str] = []
    persons: list[Person] = []
    organizations: list[Organization] = []
    event: Event | None = None
    participations: list[Participation] = []


class PageResult(Record):
    page: Page
    articles: list[Article]
