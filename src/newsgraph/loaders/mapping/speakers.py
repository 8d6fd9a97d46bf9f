"""Who speaks through a cue: the speaker (and medium document) of a verb or a noun.

:class:`SpeakerFinder` follows the parse from a cue up to its subject, through coordinated
and subordinate verbs, participles ("a statement saying ..."), relative pronouns ("X, who
said ...") and agents ("was told by X"). Quotation marks break parses, so where the parse
has lost the subject it falls back on word order: an inverted noun ('"...," said Lee'), the
actor right beside the verb, or the actor that opens the sentence. Every statement and appeal
rule asks it; it knows which tokens stand inside quotations, since a subject inside one is a
misparse rather than the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.lexicon import (
    ACTOR_NOUNS,
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
)
from newsgraph.loaders.mapping.names import is_age, is_share
from newsgraph.loaders.mapping.quotes import CLOSE_LOOKBACK, CLOSING_MARKS
from newsgraph.loaders.mapping.sentences import prep_object, span_of
from newsgraph.model import ActorRef

__all__ = ["PERSONAL_PRONOUNS", "SpeakerFinder", "misparsed_subject"]

#: Verbs that put their speaker after them in news style: '"...," said Robert Reich'.
_INVERTING_VERBS = frozenset(
    """
    say add write tweet post continue answer ask note explain reply respond recall insist
    argue warn declare observe conclude quip joke offer counter read opine
    """.split()
)
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "oprd", "attr"})
_INVERTED_SUBJECT_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "appos"})
_OBJECT_PATH_DEPS = frozenset({"dobj", "dative", "pobj", "prep"})
_QUANTIFIER_HEADS = frozenset(
    "most some many all several few none both each one two three half".split()
)
PERSONAL_PRONOUNS = frozenset("i you he she we they who".split())
_SHARE_CUES = frozenset({"say", "tell"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "dep"})
_RELATIVE_PRONOUNS = frozenset("who which that".split())
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_NOUN_MODIFIER_DEPS = frozenset({"compound", "det", "amod", "nummod", "poss"})
_DASHES = frozenset({"\u2014", "\u2013", "-", "--", "("})


class SpeakerFinder:
    """Find the speakers of cues in one parsed article.

    Args:
        doc: The parsed article.
        cast: The article's entities and coreference.
        quoted_tokens: Indexes of the tokens inside quotation marks.
    """

    def __init__(self, doc: Doc, cast: Cast, quoted_tokens: set[int]) -> None:
        self.doc = doc
        self.cast = cast
        self._quoted_tokens = quoted_tokens

    def in_quote(self, token: Token) -> bool:
        """Return whether ``token`` stands inside quotation marks."""
        return token.i in self._quoted_tokens

    def speaker_of(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return (speaker, medium document) of a cue verb, following conj/participles up."""
        current: Token | None = verb
        for _ in range(3):
            if current is None:
                break
            if current.dep_ == "acl" and current.tag_ == "VBG":
                current, found = self._participle_noun(current)
                if found is not None:
                    return self.speaker_and_medium(found)
                continue
            modified = misparsed_subject(current)
            if modified is not None and self.holds_view(modified, current):
                return self.speaker_and_medium(modified)
            # '..., adding, "..."' hung on a verb inside an earlier quotation: that verb's
            # subject is someone the quotation talks about, not who adds.
            borrowed = current != verb and self.in_quote(current) and not self.in_quote(verb)
            for child in () if borrowed else _nearest_first(current):
                if self.in_quote(child) and not self.in_quote(current):
                    continue  # a subject inside the quotation is a misparse, not the speaker
                if _is_dateline(child):
                    continue
                if self._passive_subject_shared(child, current, verb):
                    return self.speaker_and_medium(child)
                by_agent = child.dep_ == "agent" and child.lower_ == "by" and current == verb
                if child.dep_ == "nsubj" or by_agent:
                    target = (
                        next((g for g in child.children if g.dep_ == "pobj"), child)
                        if by_agent
                        else child
                    )
                    if target.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                        return self._relative_speaker(target, current.head)
                    if current != verb and not self.holds_view(target, verb):
                        target = self._actor_subject_before(verb) or target
                    return self.speaker_and_medium(target)
            if current.dep_ == "pcomp" and current.head.dep_ == "prep":
                current = current.head.head  # "began by saying", "after saying ..., the man"
                continue
            if self._hung_on_quotation(current):
                current = next(a for a in current.ancestors if not self.in_quote(a))
                continue
            climbs = _climbs(current) and not _passive_participle(current)
            current = self._climb_to(current.head) if climbs else None
        subject = self._lost_subject(verb)
        return self.speaker_and_medium(subject) if subject is not None else (None, None)

    @staticmethod
    def _passive_subject_shared(child: Token, current: Token, verb: Token) -> bool:
        """Return whether ``child`` is the passive subject ``verb`` shares as a conjunct of
        ``current``: in "Lee was joined by Ruiz and joked", Lee jokes, not Ruiz."""
        return child.dep_ == "nsubjpass" and verb.dep_ == "conj" and verb.head == current

    def _actor_subject_before(self, participle: Token) -> Token | None:
        """Return the nearest subject before a participle that can hold a view, in its
        sentence: in "The first incident came when protesters interrupted her, shouting
        '...'" the parser hangs "shouting" on "came", but the protesters shout."""
        if participle.tag_ != "VBG":
            return None
        sentence = self.cast.sentences.of_token(participle)
        for token in reversed(sentence[: participle.i - sentence.start]):
            if token.dep_ == "nsubj" and not self.in_quote(token):
                return token if self.holds_view(token, participle) else None
        return None

    def _lost_subject(self, verb: Token) -> Token | None:
        """Return the subject the parser took from a finite verb, by word order.

        The parser often hangs a subject on a clause set off after it ("Lee, who sits on no
        board, said ..." makes Lee the subject of "sits") or on a name before it ("..., with
        hosts Ann Lee and Ben Ruiz, the candidate stated" makes "the candidate" an appositive).
        A finite verb with no subject of its own then takes the actor noun right before it, or
        the actor noun phrase that opens its sentence before a comma.
        """
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp"):
            return None
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or self.in_quote(verb):
            return None
        before = verb.i - 1
        while before > 0 and self.doc[before].pos_ == "ADV":
            before -= 1
        token = self.doc[before]
        if token.pos_ in ("NOUN", "PROPN") and self.holds_view(token, verb):
            return token if not self.in_quote(token) else None
        if token.text != ",":
            return None
        opening = self._opening_noun(verb)
        if opening is None or not self.holds_view(opening, verb):
            return None
        return opening

    def _opening_noun(self, verb: Token) -> Token | None:
        """Return the head of the noun phrase that opens ``verb``'s sentence when a comma
        closes it: "Lee, meanwhile, who ..., said"."""
        sentence = self.cast.sentences.of_token(verb)
        words = [t for t in sentence if not (t.is_space or t.is_punct) and t.i < verb.i]
        if not words or words[0].pos_ not in ("NOUN", "PROPN", "DET", "NUM", "ADJ"):
            return None
        token = words[0]
        while token.dep_ in _NOUN_MODIFIER_DEPS and token.head.i > token.i:
            token = token.head
        after = self.doc[token.i + 1] if token.i + 1 < verb.i else None
        if token.pos_ not in ("NOUN", "PROPN") or after is None or after.text != ",":
            return None
        return None if self.in_quote(token) else token

    def _hung_on_quotation(self, participle: Token) -> bool:
        """Return whether the parser hung a participle on the quotation it introduces: in
        'Lee shared the news, writing "Feels great ..."' it reads "writing" as the quoted
        verb's subject, so the speaker is found above the quotation."""
        return (
            participle.tag_ == "VBG"
            and not self.in_quote(participle)
            and self.in_quote(participle.head)
            and any(not self.in_quote(a) for a in participle.ancestors)
        )

    def _climb_to(self, head: Token) -> Token:
        """Return the verb to look for a speaker at above ``head``: the speech verb that
        reports ``head``'s clause, unless that verb is inside a quotation and ``head`` is not
        (the parser hangs '..., telling reporters, "A lot of people said ..."' on "said")."""
        above = _reporter_above(head)
        return head if self.in_quote(above) and not self.in_quote(head) else above

    def _participle_noun(self, participle: Token) -> tuple[Token | None, Token | None]:
        """Follow "<noun> saying ...": return (verb to climb to, noun that speaks).

        "voters saying they want ..." and "a statement saying ..." speak for themselves (a
        document through its author); "emailed supporters saying ...", "put out a statement
        saying ..." and "sent an email to supporters stating ..." are the verb's subject's
        words.
        """
        noun = node = participle.head
        while node.dep_ in _OBJECT_PATH_DEPS and node.head != node:
            node = node.head  # up through "an email to supporters" to "blasted out"
            if node.pos_ == "VERB":
                return node, None
        if noun.lemma_.lower() in DOCUMENT_NOUNS or self.holds_view(noun, participle):
            return None, noun
        return None, None

    @staticmethod
    def _subject_of(verb: Token) -> Token | None:
        """Return the subject of ``verb``, or of the verb it is coordinated with or serves."""
        current = verb
        for _ in range(3):
            if current.dep_ == "acl" and _appositive_between(current.head, current):
                return current.head  # "Lee, an ally, called ...": the parse's "modifier"
            before_clause = _subject_before_relative_clause(current)
            if before_clause is not None:
                return before_clause
            subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
            if subject is not None or current.dep_ not in ("conj", "advcl", "xcomp"):
                return subject
            current = current.head
        return None

    def subject_is_actor(self, verb: Token) -> bool:
        """Return whether ``verb``'s subject (or its head verb's) can hold a view.

        A named actor, a personal pronoun or a noun for people or organisations ("critics",
        "the campaign") can; "it" or "the plan" cannot.
        """
        subject = self._subject_of(verb)
        return subject is not None and self.holds_view(subject, verb)

    def holds_view(self, subject: Token, verb: Token) -> bool:
        """Return whether the noun or pronoun ``subject`` of ``verb`` can hold a view."""
        of_phrase = prep_object(subject, "of")
        if is_share(subject) and of_phrase is None:  # "Nearly half said ...": respondents
            return verb.lemma_.lower() in _SHARE_CUES
        if self.cast.entity_of_token(subject) is not None or subject.pos_ == "PROPN":
            return True
        if is_age(subject):  # "the 46-year-old said"
            return True
        if subject.pos_ == "PRON":
            return subject.lower_ in PERSONAL_PRONOUNS
        head = (
            of_phrase if of_phrase is not None and subject.lower_ in _QUANTIFIER_HEADS else subject
        )
        if self.cast.entity_of_token(head) is not None or head.pos_ == "PROPN":
            return True
        return head.lemma_.lower() in ACTOR_NOUNS or head.lower_ in COLLECTIVE_NOUNS

    def _relative_speaker(
        self, pronoun: Token, antecedent: Token
    ) -> tuple[ActorRef | None, str | None]:
        """Resolve "who" in "X, who said ..." to X, keeping the pronoun's span as evidence."""
        ref, medium = self.speaker_and_medium(antecedent)
        return (ActorRef(ref.key, span_of(pronoun)) if ref else None), medium

    def speaker_and_medium(self, token: Token) -> tuple[ActorRef | None, str | None]:
        """Return (speaker, medium document) that the word ``token`` names: a document
        ("the letter said") speaks through its author and is kept as the medium."""
        ref = self.cast.resolve(token) or self.cast.describe(token)
        if ref is None:
            return None, None
        if ref.key is None or self.cast.kind_of(ref.key) != "document":
            return ref, None
        author = self.cast.author_of(ref.key)
        return ActorRef(author, ref.span), ref.key

    def inverted_speaker(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """'"...," added a South Carolina Democrat': right after a closing quote mark, the
        noun after a speech verb speaks, though the parser often makes it the object."""
        before = self.cast.text[max(0, verb.idx - CLOSE_LOOKBACK) : verb.idx].rstrip()
        if not before.endswith(CLOSING_MARKS) or verb.lemma_.lower() not in _INVERTING_VERBS:
            return None, None
        noun = self.inverted_noun(verb)
        return self.speaker_and_medium(noun) if noun is not None else (None, None)

    def inverted_noun(self, verb: Token) -> Token | None:
        """Return the noun after an inverted cue verb, as the parser attached it or as the
        words run."""
        noun = next(
            (
                c
                for c in verb.rights
                if c.pos_ in ("NOUN", "PROPN") and c.dep_ in _INVERTED_SUBJECT_DEPS
            ),
            None,
        )
        return noun if noun is not None else self._nominal_after(verb)

    def _nominal_after(self, verb: Token) -> Token | None:
        """Return the noun that follows ``verb`` directly, past its determiners and modifiers.

        Quotes confuse the parser: in '"...," said Lee, explaining ...' it may tag "Lee" an
        adverb, and in '"...," said the woman, who ...' make "woman" the subject of the
        relative clause. Word order still names the speaker.
        """
        i = verb.i + 1
        while i < len(self.doc) and (
            self.doc[i].pos_ in ("DET", "ADJ", "NUM") or self.doc[i].dep_ == "compound"
        ):
            i += 1
        if i >= len(self.doc) or self.in_quote(self.doc[i]):
            return None
        token = self.doc[i]
        named = self.cast.entity_of_token(token) is not None or token.is_title
        return token if named or token.pos_ in ("NOUN", "PROPN") else None

    def neighbour_speaker(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return the actor named right before or after a cue verb whose parse lost its subject
        (quotes confuse the parser: "''...,'' Robert Shrum, a strategist, said").

        After the verb only an inverted attribution counts ("said Robert Reich", "added
        Murphy"), never the verb's object ("called Trump 'a liar'", "told Fox News").
        """
        steps = (-1, 1) if verb.lemma_.lower() in _INVERTING_VERBS else (-1,)
        for step in steps:
            i = verb.i + step
            while 0 <= i < len(self.doc) and (
                self.doc[i].is_punct or self.doc[i].dep_ in ("aux", "advmod", "neg")
            ):
                i += step
            if 0 <= i < len(self.doc) and not self.in_quote(self.doc[i]):
                token = self.doc[i]
                if step > 0 and token.dep_ in _OBJECT_DEPS and token.head == verb:
                    continue
                if step > 0 and token.dep_ == "nsubj" and token.head != verb:
                    continue  # "most said they were ...": the reported clause's subject
                named = self.cast.entity_of_token(token) or is_age(token)
                if named or token.lower_ in PERSONAL_PRONOUNS:
                    return self.speaker_and_medium(token)
        return None, None

    def first_actor_between(self, start: int, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return the first name or personal pronoun from ``start`` up to ``verb``."""
        span = self.doc.char_span(start, verb.idx, alignment_mode="contract")
        for token in span or ():
            if self.cast.entity_of_token(token) is not None or token.lower_ in PERSONAL_PRONOUNS:
                return self.speaker_and_medium(token)
            if token.pos_ == "PROPN":  # a name the model did not tag: "Ana Ruiz, the pilot"
                while token.dep_ == "compound" and token.head.i > token.i:
                    token = token.head
                return self.speaker_and_medium(token)
        return None, None


def _climbs(token: Token) -> bool:
    """Return whether the speaker of ``token``'s clause is found above it: a coordinated or
    subordinate verb, or the adverb of "went so far as to say" between the verbs."""
    return token.dep_ in _CLIMB_DEPS or (token.pos_ == "ADV" and token.dep_ == "advmod")


def misparsed_subject(verb: Token) -> Token | None:
    """Return the subject of a finite verb the parser made a modifier of a noun, if any:
    the noun itself (see :func:`_finite_verb_as_modifier`), or the noun before a relative
    clause set off by commas (:func:`_subject_before_relative_clause`)."""
    if _finite_verb_as_modifier(verb):
        return verb.head
    return _subject_before_relative_clause(verb)


def _subject_before_relative_clause(verb: Token) -> Token | None:
    """Return "Stevens" in "Stevens, who served as Romney's strategist, called ...": the
    parser hangs the verb on a noun inside the relative clause, as if it modified it."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or doc[verb.i - 1].text != ",":
        return None
    clause = next((a for a in verb.head.ancestors if a.dep_ == "relcl"), None)
    if verb.head.dep_ == "relcl":
        clause = verb.head
    if clause is None:
        return None
    noun = clause.head
    opens = (
        noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and clause.left_edge.i == noun.i + 2
    )
    own = range(verb.left_edge.i, verb.right_edge.i + 1)  # the parse puts it in the clause
    end = max(t.i for t in clause.subtree if t.i not in own)
    closes = end in (verb.i - 2, verb.i - 1)
    return noun if opens and closes else None


def _finite_verb_as_modifier(verb: Token) -> bool:
    """Return whether the parser made a past-tense verb modify the noun before it: in "a man
    yelled 'Stay there!'" it reads "yelled" as "the man (who was) yelled", but a finite verb
    right after its noun (or after an appositive set off by commas: "Lee, the nominee,
    tweeted") has that noun as subject."""
    if verb.dep_ != "acl":
        return False
    noun = verb.head
    if verb.tag_ == "VBD" and noun.i == verb.i - 1:
        return True
    # After an appositive the parser often reads the finite verb as a participle too.
    return verb.tag_ in ("VBD", "VBN") and _appositive_between(noun, verb)


def _appositive_between(noun: Token, verb: Token) -> bool:
    """Return whether only an appositive of ``noun`` between commas separates it from
    ``verb``: "Romney, the 2012 nominee, tweeted"."""
    doc = noun.doc
    if verb.i - noun.i < 4 or doc[noun.i + 1].text != "," or doc[verb.i - 1].text != ",":
        return False
    appositives = [c for c in noun.children if c.dep_ == "appos"]
    inside = {t.i for a in appositives for t in a.subtree}
    return all(i in inside for i in range(noun.i + 2, verb.i - 1))


def _nearest_first(verb: Token) -> list[Token]:
    """Return ``verb``'s children, nearest first: of the two subjects a misparse gives
    ("His verdict: '...,' he said"), the one beside the verb speaks."""
    return sorted(verb.children, key=lambda child: abs(child.i - verb.i))


def _reporter_above(head: Token) -> Token:
    """Return the speech verb whose reported clause ``head`` is, else ``head`` itself.

    In "Byrne wrote the agents knew ..., saying, '...'" the parser hangs "saying" on the
    reported verb "knew", but whoever says it is the one who wrote.
    """
    outer = head.head
    reported = head.dep_ == "ccomp" and outer != head and outer.pos_ == "VERB"
    return outer if reported and outer.lemma_.lower() in SPEECH_VERBS - THOUGHT_VERBS else head


def _passive_participle(verb: Token) -> bool:
    """ "Asked about the plan, she said ...": the clause's subject is the one asked, not the
    asker, so a speaker is not borrowed from it."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.left_edge.i != verb.i:
        return False  # the parser tags a clause-initial "Asked" VBD as often as VBN
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _is_dateline(token: Token) -> bool:
    """Return whether ``token`` is a dateline place ("CLEVELAND — ..."), never a speaker."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_upper and len(token) > 2 and following is not None and following.text in _DASHES
