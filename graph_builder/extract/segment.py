"""pkuseg's segmentation with the same words, its features found a text at a time.

spacy_pkuseg builds some hundred feature strings per character and looks each up
in a 2.6M-entry dict: two thirds of the pipeline's time. Most of them cannot be
in the model: every `ww.` feature (the character inside a word) pairs two
dictionary words, yet pkuseg builds all 50 pairs with `**noWord` in them, and
checks every substring against the dictionary four times (as the word ending
at, starting at, ending before, starting after a character). Here each
substring is checked once, and only pairs of dictionary words are looked up.
The feature lists are pkuseg's own, in its order: the Viterbi sums their weights
in that order, so the words are the same (tests/test_segment.py compares them).
"""
from __future__ import annotations

from functools import partial
from operator import is_not

from spacy_pkuseg import inference
from spacy_pkuseg.config import config
from spacy_pkuseg.feature_extractor import FeatureExtractor

WORD_LENGTHS = tuple(range(config.wordMax, config.wordMin - 1, -1))  # pkuseg's order: 6 … 2
# Word features look up to wordMax characters past a character, on both sides.
MARGIN = config.wordMax + 1
is_word = partial(is_not, None)  # "" is a word to pkuseg
NO_WORD = "**noWord"  # pkuseg's filler for a substring that is no word


def normal_forms() -> dict[str, str]:
    """pkuseg's stand-ins for digits and letters (FeatureExtractor._num_letter_normalize_char)."""
    forms = {c: "**Letter" for c in FeatureExtractor.letter}
    forms.update({c: "**Num" for c in FeatureExtractor.num})  # a digit first, as pkuseg checks
    return forms


class PkusegCutter:
    """`cut(text)` gives the words of `seg.cut(text)` for a spacy_pkuseg.pkuseg `seg`."""

    def __init__(self, seg):
        if not (config.wordFeature and config.numLetterNorm):
            raise ValueError("PkusegCutter follows pkuseg's default features only")
        self.seg = seg
        extractor = seg.feature_extractor
        self.feature_to_idx = extractor.feature_to_idx
        self.unigram = extractor.unigram
        self.model = seg.model
        self.begins = {idx for idx, tag in seg.idx_to_tag.items() if "B" in tag}
        self.forms = normal_forms()
        # Outside the text pkuseg's slice is "", which its dictionary may hold.
        self.outside = "" if "" in self.unigram else None
        post = seg.postprocesser
        self.common_words = post.common_words if post.do_process else None
        self.other_words = post.other_words if post.do_process else None
        # pkuseg's own cut where this one would differ: a user dictionary splits the
        # text before the model sees it; a model may weigh pairs with no word (a 0.15 s scan).
        self.pkuseg_only = bool(seg.preprocesser.trie.children) or any(
            NO_WORD in feature for feature in self.feature_to_idx)

    def cut(self, text: str) -> list[str]:
        if self.pkuseg_only:
            return self.seg.cut(text)
        words: list[str] = []
        for fragment in text.split():
            words += self.merge_dictionary_words(fragment, self.model_words(fragment))
        return words

    def model_words(self, text: str) -> list[str]:
        """pkuseg._cut: the model's words, a word starting at each B tag."""
        _, tags = inference.decodeViterbi_fast(self.features(text), self.model)
        begins = self.begins
        starts = [i for i, tag in enumerate(tags) if i and tag in begins]
        return [text[a:b] for a, b in zip([0, *starts], [*starts, len(text)])]

    def nodes(self, text: str) -> list[str]:
        forms = self.forms
        return [forms.get(c, c) for c in FeatureExtractor.keyword_rename(text)]

    def words_by_start(self, nodes: list[str]) -> dict[int, list]:
        """For each length, the dictionary word starting at each position, or None;
        indices run MARGIN past both ends, where pkuseg's slice is the outside value."""
        n = len(nodes)
        joined = "".join(nodes)
        ends = [0]
        for node in nodes:
            ends.append(ends[-1] + len(node))
        unigram, outside = self.unigram, self.outside
        table = {}
        for length in WORD_LENGTHS:
            inside = [joined[ends[s]:ends[s + length]] for s in range(n - length + 1)]
            table[length] = ([outside] * MARGIN + [w if w in unigram else None for w in inside]
                             + [outside] * (MARGIN + length))
        return table

    def features(self, text: str) -> list[list[int]]:
        """FeatureExtractor.get_node_features_idx for every character, in its order: $$
        (feature 0), the character features, the words ending at the character (w-1)
        and starting at it (w1), then pairs of a word before and a word after the
        character's left edge (ww.l) and its right edge (ww.r)."""
        nodes = self.nodes(text)
        n = len(nodes)
        table = self.words_by_start(nodes)
        # From position -1 to n: the words ending there, and starting there.
        ending = [table[l][MARGIN - l:MARGIN - l + n + 2] for l in WORD_LENGTHS]
        starting = [table[l][MARGIN - 1:MARGIN + n + 1] for l in WORD_LENGTHS]
        columns = (self.character_columns(nodes) + self.word_columns("w-1.", ending)
                   + self.word_columns("w1.", starting))
        out = [[0, *filter(None, row)] for row in zip(*columns)]  # no feature but $$ is 0
        self.add_pair_features(out, ending, starting)
        return out

    def character_columns(self, nodes: list[str]) -> list[list]:
        """Per character, in pkuseg's order: c, c-1, c-1c, c1, cc1, c-2, c-2c-1, c2 (None
        where the model has no such feature or the text no such neighbour)."""
        get = self.feature_to_idx.get
        pairs = [a + "." + b for a, b in zip(nodes, nodes[1:])]
        return [
            [get("c." + c) for c in nodes],
            [None] + [get("c-1." + c) for c in nodes[:-1]],
            [None] + [get("c-1c." + p) for p in pairs],
            [get("c1." + c) for c in nodes[1:]] + [None],
            [get("cc1." + p) for p in pairs] + [None],
            [None, None] + [get("c-2." + c) for c in nodes[:-2]],
            [None, None] + [get("c-2c-1." + p) for p in pairs[:-1]],
            [get("c2." + c) for c in nodes[2:]] + [None, None],
        ]

    def word_columns(self, prefix: str, by_length: list[list]) -> list[list]:
        """A word feature per length and character (the columns run from -1 to n)."""
        get = self.feature_to_idx.get
        return [[None if w is None else get(prefix + w) for w in words[1:-1]] for words in by_length]

    def add_pair_features(self, out: list[list[int]], ending: list[list], starting: list[list]) -> None:
        """At each edge between characters, the pairs of a word ending before it and a
        word starting after it: ww.l of the character after, ww.r of the one before."""
        get = self.feature_to_idx.get
        ends_at = [list(filter(is_word, words)) for words in zip(*ending)]
        starts_at = [list(filter(is_word, words)) for words in zip(*starting)]
        n = len(out)
        for i in range(n + 1):  # the edge before character i
            before, after = ends_at[i], starts_at[i + 1]
            if before and after:
                if i < n:
                    out[i] += filter(None, [get("ww.l." + pre + "*" + post) for pre in before for post in after])
                if i:
                    out[i - 1] += filter(None, [get("ww.r." + pre + "*" + post) for pre in before for post in after])

    def merge_dictionary_words(self, text: str, words: list[str]) -> list[str]:
        """pkuseg's Postprocesser.post_process, on word boundaries in `text`: a run of 7
        down to 2 words that spells a dictionary word becomes that word, unless each
        of its words is one itself. Slicing the text spares joining the words."""
        if self.other_words is None:
            return words
        common, other = self.common_words, self.other_words
        bounds = [0]
        for w in words:
            bounds.append(bounds[-1] + len(w))
        for m in range(7, 1, -1):
            i = 0
            while i + m < len(bounds):
                merged = text[bounds[i]:bounds[i + m]]
                if merged in common or (merged in other and not all(
                        text[a:b] in common or text[a:b] in other
                        for a, b in zip(bounds[i:i + m], bounds[i + 1:i + m + 1]))):
                    del bounds[i + 1:i + m]
                i += 1
        return [text[a:b] for a, b in zip(bounds, bounds[1:])]
