"""Extraction on short news texts written for these tests (not copied from anywhere).

They use other wording than the sample ("urged", "asked ... to", "appealed to", reported
speech with a pronoun speaker, "according to", a demand) so the rules are seen to generalise.
"""

from __future__ import annotations

import pytest

from newsgraph.loaders.mapping.extract import extract_doc
from newsgraph.loaders.text import parse_article_text
from newsgraph.model import Extraction

pytestmark = pytest.mark.model

FLOOD = """March 3, 2026
By Test Writer
Riverton Mayor Ana Delgado urged state lawmakers to approve emergency funding for flood repairs on Tuesday.
"We cannot wait another season," Delgado said at a news conference. She warned that the levee could fail if repairs are delayed.
The Riverton Chamber of Commerce asked Governor Mark Ellison to declare a state of emergency. According to the chamber, more than 200 businesses were damaged.
"""

TALKS = """The United Nations Secretary-General Antonio Guterres appealed to both sides to agree to an immediate ceasefire, his spokesman said on Friday.
\u201cThe fighting must stop now,\u201d said Stephane Dujarric, a spokesman for Guterres. \u201cCivilians are paying the price.\u201d
Rebel commanders demanded that the government release all political prisoners by Monday.
The European Union called for talks between the two parties, and Germany pressed Russia to free the detained journalists.
"""


def run(nlp, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    article = parse_article_text(text, source="test")
    return extract_doc(nlp(article.text), article)


def named(ex: Extraction, key: str | None) -> str:
    return ex.entities[key].name if key else ""


def test_urged_lawmakers(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, FLOOD)
    urged = [a for a in ex.appeals if a.cue.slice(ex.article.text) == "urged"]
    assert len(urged) == 1
    appeal = urged[0]
    assert named(ex, appeal.speaker.key if appeal.speaker else None) == "Ana Delgado"
    assert "approve emergency funding" in appeal.action.label
    assert appeal.cameo_code.startswith("02")


def test_asked_governor_to_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, FLOOD)
    asked = [a for a in ex.appeals if a.cue.slice(ex.article.text).startswith("asked")]
    assert len(asked) == 1
    assert named(ex, asked[0].addressee.key if asked[0].addressee else None) == "Mark Ellison"
    assert "declare a state of emergency" in asked[0].action.label


def test_direct_quote_and_pronoun_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, FLOOD)
    text = ex.article.text
    quotes = [s for s in ex.statements if s.direct]
    assert [s.content[0].slice(text) for s in quotes] == ["We cannot wait another season"]
    assert named(ex, quotes[0].speaker.key if quotes[0].speaker else None) == "Ana Delgado"
    warned = [s for s in ex.statements if s.cue and s.cue.slice(text) == "warned"]
    assert len(warned) == 1
    assert warned[0].speaker is not None
    assert warned[0].speaker.span is not None
    assert warned[0].speaker.span.slice(text) == "She"  # the pronoun is the evidence
    assert named(ex, warned[0].speaker.key) == "Ana Delgado"
    assert warned[0].cameo_code == "012"
    assert warned[0].modality == "hedged"


def test_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, FLOOD)
    according = [s for s in ex.statements if s.provenance.rule == "statement.according-to"]
    assert len(according) == 1
    assert "200 businesses were damaged" in according[0].content[0].slice(ex.article.text)
    assert "Chamber of Commerce" in named(
        ex, according[0].speaker.key if according[0].speaker else None
    )


def test_split_quote_and_continuation(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, TALKS)
    text = ex.article.text
    direct = [s for s in ex.statements if s.direct]
    contents = [c.slice(text) for s in direct for c in s.content]
    assert "The fighting must stop now" in contents
    assert any("Civilians" in c for c in contents)
    assert {named(ex, s.speaker.key if s.speaker else None) for s in direct} == {
        "Stephane Dujarric"
    }


def test_appeal_for_ceasefire_is_de_escalation(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, TALKS)
    appealed = [a for a in ex.appeals if a.cue.slice(ex.article.text).startswith("appealed")]
    assert len(appealed) == 1
    assert appealed[0].cameo_code == "0256"


def test_demand_is_not_an_appeal(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, TALKS)
    assert not [a for a in ex.appeals if "demand" in a.cue.slice(ex.article.text)]


def test_call_for_talks_and_pressed_to_free(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, TALKS)
    by_cue = {a.cue.slice(ex.article.text): a for a in ex.appeals}
    call = next(a for cue, a in by_cue.items() if cue.startswith("called"))
    assert named(ex, call.speaker.key if call.speaker else None) == "European Union"
    assert call.cameo_code == "026"
    pressed = next(a for cue, a in by_cue.items() if cue.startswith("pressed"))
    assert named(ex, pressed.speaker.key if pressed.speaker else None) == "Germany"
    assert named(ex, pressed.addressee.key if pressed.addressee else None) == "Russia"
    assert pressed.cameo_code == "0253"


def test_a_paragraph_break_ends_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We owe nothing to anyone," she said. "Nothing at all."\n\nThe mayor took the same approach in May.'
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents][-1] == "The mayor took the same approach in May."


def test_calling_for_a_process_to_act_asks_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The former chairman is calling for a process to identify a potential successor."
    ex = run(nlp, text)
    (appeal,) = ex.appeals
    assert appeal.addressee is None
    assert appeal.action.span.slice(ex.article.text).startswith("a process")


def test_a_pronoun_skips_a_person_of_the_other_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour director Jennifer Okafor said the port needs money. "
        "Mayor Mark Ellison said on Tuesday that the port was safe. "
        "On Wednesday, she called for new elections."
    )
    ex = run(nlp, text)
    (appeal,) = ex.appeals
    assert named(ex, appeal.speaker.key if appeal.speaker else None) == "Jennifer Okafor"


def speaker_of_words(ex: Extraction, words: str) -> str:
    """The entity name of who says the statement whose content holds ``words``."""
    text = ex.article.text
    statement = next(s for s in ex.statements if words in s.content[0].slice(text))
    return named(ex, statement.speaker.key if statement.speaker else None)


def test_he_after_a_newer_named_speaker_is_that_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour news\n\nMayor Mark Ellison told the Gazette: \u201cThe port is safe.\u201d "
        "Opposition leader Tom Ruiz said the council had failed the dockers for years. "
        "\u201cWhat we see today is a panicky response,\u201d he said."
    )
    assert speaker_of_words(run(nlp, text), "panicky") == "Tom Ruiz"


def test_he_is_not_someone_named_inside_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour news\n\nMayor Mark Ellison said on Sunday that he would keep the port closed "
        "until Governor Tom Ruiz \u201cadmits this is a problem.\u201d He also said the fees would rise."
    )
    assert speaker_of_words(run(nlp, text), "fees") == "Mark Ellison"


def test_she_after_a_long_quotation_is_who_spoke_it_not_a_name_inside_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour news\n\nMs Ann Okafor told the Gazette: \u201cThe quay is old. The cranes are "
        "older. The fees keep rising. Nobody listens. Even Tom Ruiz said so last year.\u201d "
        "She said the council would meet on Monday."
    )
    assert speaker_of_words(run(nlp, text), "Monday") == "Ann Okafor"


def test_he_is_not_the_person_he_speaks_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour news\n\nTom Ruiz asked Mark Ellison how high the new sea wall would be. "
        "\u201cI think it could be ten metres,\u201d he told Ruiz."
    )
    assert speaker_of_words(run(nlp, text), "ten metres") == "Mark Ellison"


def appeal_with_action(ex: Extraction, words: str):  # type: ignore[no-untyped-def]
    return next(a for a in ex.appeals if words in a.action.label)


def test_the_government_is_not_the_union_that_addresses_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp, "Harbour news\n\nThe union called on the government to release the detained workers."
    )
    appeal = appeal_with_action(ex, "release the detained workers")
    assert appeal.speaker is not None
    assert appeal.addressee is not None
    assert appeal.addressee.key != appeal.speaker.key
    assert named(ex, appeal.addressee.key) == "government"
    assert appeal.cameo_code == "0253"


def test_them_resolves_to_the_people_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Harbour news\n\nThe mayor met the union leaders on Monday, urging them to end the strike.",
    )
    appeal = appeal_with_action(ex, "end the strike")
    assert appeal.addressee is not None
    assert named(ex, appeal.addressee.key) == "union leaders"


def test_a_letter_asking_it_to_act_addresses_the_body_not_the_letter(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Harbour news\n\nSenator Ana Ruiz sent a letter to the Harbour Commission asking it to "
        "investigate the sale.",
    )
    appeal = appeal_with_action(ex, "investigate the sale")
    assert named(ex, appeal.speaker.key if appeal.speaker else None) == "Ana Ruiz"
    assert appeal.addressee is not None
    assert ex.entities[appeal.addressee.key].kind == "org"
    assert "Commission" in named(ex, appeal.addressee.key)


def test_calling_for_someone_to_act_parsed_as_a_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "to investigate" a relative clause of "prosecutor" here
    ex = run(
        nlp,
        "Harbour news\n\nEarlier in the week, Trump called for a special prosecutor to "
        "investigate Clinton\u2019s use of a private email server.",
    )
    appeal = appeal_with_action(ex, "investigate Clinton\u2019s use of a private email server")
    assert appeal.cue.slice(ex.article.text) == "called for"


@pytest.mark.parametrize(
    ("text", "appeals"),
    [
        (
            "The board has two ways to press the council: by asking the mayor to veto the "
            "levy, or by suing.",
            1,
        ),
        ("The union decided against urging its members to strike.", 0),
    ],
)
def test_an_appeal_after_by_is_made_one_after_against_is_not(  # type: ignore[no-untyped-def]
    nlp, text: str, appeals: int
) -> None:
    ex = run(nlp, "Harbour news\n\n" + text)
    assert len(ex.appeals) == appeals


def test_the_asker_the_parser_hangs_on_the_action_still_asks(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Harbour news\n\nThe clerk deleted an archive of harbour emails, even though he had "
        "been asked to preserve them by the Harbour Select Committee on Fees.",
    )
    (appeal,) = ex.appeals
    assert appeal.speaker is not None
    assert appeal.speaker.span is not None
    assert "Harbour Select Committee" in appeal.speaker.span.slice(ex.article.text)


@pytest.mark.parametrize(
    ("text", "appeals"),
    [
        ("Critics say cheap harbour loans encourage others to build more boats.", 0),
        ("The plan would cost the town dearly because it would encourage owners to wait.", 0),
        ("The mayor encouraged the owners to repair their boats before winter.", 1),
    ],
)
def test_a_thing_that_encourages_makes_no_appeal(nlp, text: str, appeals: int) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "Harbour news\n\n" + text)
    assert len(ex.appeals) == appeals


@pytest.mark.parametrize(
    ("text", "action", "addressee"),
    [
        (
            "In a letter to the Harbour Commission, the senators asked for an inquiry into "
            "the sale.",
            "inquiry",
            "Harbour Commission",
        ),
        (
            "The dockers union sent a letter to the harbour board on Monday urging them to "
            "reopen the north quay.",
            "reopen the north quay",
            "harbour board",
        ),
        (
            "The mayor wrote to the ferry company, urging it to restore the night service.",
            "restore the night service",
            "ferry company",
        ),
    ],
)
def test_an_appeal_in_a_letter_asks_its_recipient(  # type: ignore[no-untyped-def]
    nlp, text: str, action: str, addressee: str
) -> None:
    ex = run(nlp, "Harbour news\n\n" + text)
    appeal = appeal_with_action(ex, action)
    assert appeal.addressee is not None
    assert addressee in named(ex, appeal.addressee.key)


def test_the_recipient_keeps_the_pronouns_span_and_yields_to_a_named_addressee(  # type: ignore[no-untyped-def]
    nlp,
) -> None:
    ex = run(
        nlp,
        "Harbour news\n\nThe dockers union sent a letter to the harbour board urging them to "
        "reopen the quay. In a letter to the mayor, the union urged the governor to step in.",
    )
    reopen = appeal_with_action(ex, "reopen the quay")
    assert reopen.addressee is not None
    assert reopen.addressee.span is not None
    assert reopen.addressee.span.slice(ex.article.text) == "them"
    act = appeal_with_action(ex, "step in")
    assert act.addressee is not None
    assert named(ex, act.addressee.key) == "governor"


def test_a_plan_that_calls_for_something_is_evidence_not_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Harbour news\n\nThe mayor's plan calls for two new cranes on the north quay. The "
        "quay will reopen in May, according to excerpts of her speech.",
    )
    text = ex.article.text
    appeal = appeal_with_action(ex, "two new cranes")
    assert appeal.speaker is not None
    assert appeal.speaker.key is None
    assert appeal.speaker.span is not None
    assert appeal.speaker.span.slice(text).endswith("plan")
    (reopen,) = [s for s in ex.statements if "reopen" in s.content[0].slice(text)]
    assert reopen.speaker is not None
    assert reopen.speaker.key is None
    names = {entity.name.lower() for entity in ex.entities.values()}
    assert not names & {"plan", "mayor's plan", "the mayor's plan", "excerpts"}


@pytest.mark.parametrize(
    ("text", "words", "action"),
    [
        (
            "Fishermen started a petition calling on the council to reopen the north quay.",
            "petition",
            "reopen the north quay",
        ),
        (
            "The union is running a radio ad that urges voters to back the harbour levy.",
            "that",
            "back the harbour levy",
        ),
    ],
)
def test_a_petition_or_an_ad_asks_though_no_one_is_named(  # type: ignore[no-untyped-def]
    nlp, text: str, words: str, action: str
) -> None:
    ex = run(nlp, "Harbour news\n\n" + text)
    appeal = appeal_with_action(ex, action)
    assert appeal.speaker is not None
    assert appeal.speaker.span is not None
    assert words in appeal.speaker.span.slice(ex.article.text)
    assert appeal.speaker.key is None


def test_a_message_that_speaks_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Harbour news\n\nThe campaign wrote to its donors. \u201cFriend, the quay needs you. "
        "Give what you can,\u201d the email read. A sign at the gate said the quay was closed.",
    )
    text = ex.article.text
    (quote,) = [s for s in ex.statements if s.direct]
    assert quote.cue is not None
    assert quote.cue.slice(text) == "read"
    assert quote.speaker is not None
    assert quote.speaker.span is not None
    assert quote.speaker.span.slice(text).endswith("email")
    names = {entity.name.lower() for entity in ex.entities.values()}
    assert not names & {"email", "sign", "the email", "the sign"}


def test_according_to_one_unnamed_source_about_another(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Harbour news\n\nThe draft plan said: \u201cThe quay will close in May,\u201d according "
        "to a letter seen by the Harbour Gazette.",
    )
    text = ex.article.text
    (outer,) = [s for s in ex.statements if s.provenance.rule == "statement.according-to"]
    assert outer.speaker is not None
    assert outer.speaker.span is not None
    assert outer.speaker.span.slice(text).startswith("a letter")
    assert "The quay will close in May" in " ".join(c.slice(text) for c in outer.content)


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("A Clinton aide said the campaign would appeal.", "Clinton aide", "person"),
        ("The Trump campaign said the vote was rigged.", "Trump campaign", "org"),
        ("Former DNC chairman calls for a new vote.", "Former DNC chairman", "person"),
    ],
)
def test_someone_named_after_another_actor_is_not_that_actor(  # type: ignore[no-untyped-def]
    nlp, sentence: str, speaker: str, kind: str
) -> None:
    ex = run(nlp, "Harbour news\n\n" + sentence)
    (fact,) = [*ex.statements, *ex.appeals]
    assert fact.speaker is not None
    assert named(ex, fact.speaker.key) == speaker
    assert ex.entities[fact.speaker.key].kind == kind


def test_an_apposition_still_names_the_title_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "Harbour news\n\nThe port director, Ann Lee, said the quay would reopen.")
    (statement,) = ex.statements
    assert statement.speaker is not None
    assert named(ex, statement.speaker.key) == "Ann Lee"


def test_a_title_with_the_name_inside_its_of_phrase_names_the_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Harbour news\n\nSpeaker of the House Rep. Paul Ryan (R-WI) said \u201cthe harbour bill "
        "has no place in this session.\u201d",
    )
    (statement,) = ex.statements
    assert statement.speaker is not None
    assert named(ex, statement.speaker.key) == "Paul Ryan"
