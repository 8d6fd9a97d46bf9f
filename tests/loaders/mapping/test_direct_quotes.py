"""Direct quotations whose attribution the parser separates from the quoted words.

The texts are written for these tests (not copied from any corpus).
"""

from __future__ import annotations

import pytest

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.extract import extract_doc
from newsgraph.loaders.mapping.gazetteer import load_gazetteer
from newsgraph.loaders.mapping.quotes import find_quotes
from newsgraph.loaders.mapping.statements import StatementFinder
from newsgraph.loaders.text import parse_article_text
from newsgraph.model import Extraction, Statement

pytestmark = pytest.mark.model


def run(nlp, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    article = parse_article_text("Harbour news\n\n" + text, source="test")
    return extract_doc(nlp(article.text), article)


def direct_by_content(ex: Extraction) -> dict[str, Statement]:
    text = ex.article.text
    return {c.slice(text): s for s in ex.statements if s.direct for c in s.content}


def speaker_text(ex: Extraction, statement: Statement) -> str | None:
    span = statement.speaker.span if statement.speaker else None
    return span.slice(ex.article.text) if span else None


def sole_direct_speaker(ex: Extraction) -> str | None:
    """The speaker text of the one direct quotation ``ex`` must hold."""
    (quote,) = [s for s in ex.statements if s.direct]
    return speaker_text(ex, quote)


def test_attribution_after_an_exclamation_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "The council met late. “This is a disgrace!” the harbour master wrote.")
    quote = direct_by_content(ex)["This is a disgrace!"]
    assert speaker_text(ex, quote) == "the harbour master"


def test_a_one_word_shout_has_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp, "The harbour master asked who would pay. \u201cThe council!\u201d the dockers shouted."
    )
    assert speaker_text(ex, direct_by_content(ex)["The council!"]) == "the dockers"
    ex = run(nlp, "The ferry was late again. \u201cNever!\u201d the dockers shouted.")
    assert sole_direct_speaker(ex) == "the dockers"
    ex = run(nlp, "Would the quay reopen? \u201cAbsolutely,\u201d Okafor said.")
    assert sole_direct_speaker(ex) == "Okafor"


def test_a_shout_keeps_its_attribution_when_a_quote_follows_in_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "The ferry was cancelled again. \u201cShame on them!\u201d she wrote, arguing that if "
        "the council did nothing, \u201cthe quay will close for good.\u201d",
    )
    quotes = direct_by_content(ex)
    shout, claim = quotes["Shame on them!"], quotes["the quay will close for good."]
    assert shout is not claim
    assert shout.cue is not None
    assert shout.cue.slice(ex.article.text) == "wrote"
    assert speaker_text(ex, shout) == "she"


def test_a_question_put_to_someone_is_not_the_answer(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Okafor was asked, \u201cWould you have warned the council?\u201d He answered, "
        "\u201cI had no idea the quay was unsafe.\u201d",
    )
    quotes = direct_by_content(ex)
    answer = quotes["I had no idea the quay was unsafe."]
    assert speaker_text(ex, answer) == "He"
    assert quotes.get("Would you have warned the council?") is not answer


def test_a_question_and_its_follow_up_share_one_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Fishermen gathered at dawn. “Who will pay for the boats?” Okafor asked. "
        "“Nobody has told us anything.”",
    )
    quotes = direct_by_content(ex)
    first, second = quotes["Who will pay for the boats?"], quotes["Nobody has told us anything."]
    assert first is second
    assert speaker_text(ex, first) == "Okafor"


def test_the_next_paragraph_is_not_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "Her slogan was “Ready now!”\n\nMarta Ruiz says the port is safe.")
    quote = direct_by_content(ex).get("Ready now!")
    assert quote is None or speaker_text(ex, quote) != "Marta Ruiz"


def test_a_question_put_to_the_speaker_is_neither_statement_nor_appeal(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Asked what changes he would like the port authority to make, Okafor said, "
        "“They have to listen to us.”",
    )
    text = ex.article.text
    assert [s.cue.slice(text) for s in ex.statements if s.cue] == ["said"]
    assert direct_by_content(ex)["They have to listen to us."].speaker is not None
    assert not ex.appeals


def test_a_quoted_title_is_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Speaking on Sunday on the programme “Harbour Talk Tonight,” Okafor said the port "
        "would reopen. “We Are Ready,” she said.",
    )
    quotes = direct_by_content(ex)
    assert "Harbour Talk Tonight" not in quotes
    assert "We Are Ready" in quotes


@pytest.mark.parametrize(
    "text",
    [
        "In an interview with \u201cHarbour Talk Tonight,\u201d Okafor said the port would reopen.",
        "In her autobiography, \u201cA Life at the Quay,\u201d Okafor described her first winter.",
        "On Harbour TV\u2019s \u201cQuayside,\u201d Okafor said the port would reopen.",
    ],
)
def test_a_show_or_book_named_in_passing_is_not_speech(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes = direct_by_content(run(nlp, text))
    titles = ("Harbour Talk Tonight", "A Life at the Quay", "Quayside")
    assert not any(title in quotes for title in titles)


def test_a_title_named_by_a_media_noun_is_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "In an interview on his podcast “The Harbour Files” out Thursday, Okafor said the "
        "union would strike.",
    )
    assert "The Harbour Files" not in direct_by_content(ex)


def test_a_title_ending_the_sentence_inside_its_marks_is_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Okafor said the port would reopen, as she had told viewers of “Harbour Talk Tonight.” "
        "The fishermen sang along to the tune of “Down by the Quay.”",
    )
    assert not [s for s in ex.statements if s.direct]


@pytest.mark.parametrize(
    "sentence",
    [
        "Okafor\u2019s campaign called Mensah\u2019s plan a \u201crush to judgment,\u201d because "
        "the votes were not in.",
        "That prompted Okafor to make a joke and call Mensah \u201cvery flexible,\u201d a nod to "
        "his past.",
    ],
)
def test_the_object_of_a_cue_is_not_its_speaker(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, sentence)
    assert "Mensah" not in {speaker_text(ex, s) for s in ex.statements}


def test_adding_after_a_partial_quote_is_the_reporters(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Okafor told the Gazette that the mayor “had a reckless plan for the harbour,” "
        "adding, “He lost every vote on the council.”",
    )
    quote = direct_by_content(ex)["He lost every vote on the council."]
    assert speaker_text(ex, quote) == "Okafor"


def test_a_quote_mark_typed_without_its_space_is_still_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "Marta Ruiz spoke at the pier. Ruiz said,“The harbour stays open all winter.”")
    quote = direct_by_content(ex)["The harbour stays open all winter."]
    assert speaker_text(ex, quote) == "Ruiz"
    assert quote.cue is not None
    assert quote.cue.slice(ex.article.text) == "said"


@pytest.mark.parametrize(
    "text",
    [
        "“The nets are empty every week,” said the 52-year-old.",
        "“The nets are empty every week,” the 52-year-old said.",
    ],
)
def test_an_age_used_as_a_noun_is_a_speaker(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, text)
    quote = direct_by_content(ex)["The nets are empty every week"]
    assert speaker_text(ex, quote) == "the 52-year-old"
    assert quote.speaker is not None
    assert quote.speaker.key is not None


def test_a_surname_the_parser_reads_as_a_verb_still_attributes_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Trump" is also an English verb: the parser tags it VERB and NER skips it here.
    ex = run(
        nlp,
        'Donald Trump met Jeb Bush. "Jeb wants to be a tough guy tonight," Trump shot back.',
    )
    quote = direct_by_content(ex)["Jeb wants to be a tough guy tonight"]
    assert speaker_text(ex, quote) == "Trump"
    assert quote.speaker is not None
    assert quote.speaker.key == "person:Donald Trump"


def test_a_comma_closed_title_is_not_attributed_to_what_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "“Harbour Lights,” a film about the port that ran for years, made her famous.")
    assert "Harbour Lights" not in direct_by_content(ex)


def test_an_as_clause_in_a_colon_lead_in_names_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "As Ana Ruiz observed, the real winner was the port itself:\n\n"
        "“The new quay brought more ships in one month than we saw all last year.”",
    )
    quote = direct_by_content(ex)[
        "The new quay brought more ships in one month than we saw all last year."
    ]
    assert speaker_text(ex, quote) == "Ana Ruiz"
    assert quote.provenance.rule == "statement.direct.colon"


def test_an_inverted_attribution_after_the_quote_names_its_own_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "“The fees are far too high,” said a Riverton fisherman. “Nobody can pay them.”\n\n"
        "“Look, the board needed to act,” added a harbour official. “It has done that.”",
    )
    quote = direct_by_content(ex)["Look, the board needed to act"]
    assert speaker_text(ex, quote) == "a harbour official"
    assert direct_by_content(ex)["It has done that."] is quote


def test_a_partial_quote_in_someone_elses_clause_is_no_continuation(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "“We will fight this levy,” Okafor said. Ruiz’s claim that the levy is “a tax on the "
        "poorest families in town” angered the board.",
    )
    text = ex.article.text
    okafor = direct_by_content(ex)["We will fight this levy"]
    assert [c.slice(text) for c in okafor.content] == ["We will fight this levy"]
    claim = next(s for s in ex.statements if s.cue and s.cue.slice(text) == "claim")
    assert speaker_text(ex, claim) == "Ruiz"


def test_a_copula_before_a_quotation_is_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "Ruiz suspects that the new levy is in fact “a tax on the poorest families.”")
    assert [speaker_text(ex, s) for s in ex.statements if s.direct] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "When the mayor suggested that the port would close, Vance shot back sharply: "
            "“If they close it, we will take them to court.”",
            "Vance",
        ),
        (
            "The union leader, Ana Ruiz, reached out to the ministry, writing in a letter: "
            "“We want to meet this week.”",
            "The union leader",
        ),
    ],
)
def test_the_clause_a_colon_closes_names_the_speaker(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, text)
    assert sole_direct_speaker(ex) == speaker


def test_a_heading_before_a_dash_does_not_attribute_the_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Dockers share blame in harbour strike fallout - Port Weekly: “The union is taking a "
        "lot of heat from the public and the owners for the long strike.”",
    )
    assert "Dockers" not in [speaker_text(ex, s) for s in ex.statements]


def test_a_copula_before_a_colon_is_no_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "Her message to the ministry was simple: “We will win this fight.”")
    assert [speaker_text(ex, s) for s in ex.statements if s.direct] == []


def test_a_colon_lead_in_without_a_speech_verb_names_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "The outcome was plain to see:\n\n“The harbour will close for the whole winter.”")
    assert [speaker_text(ex, s) for s in ex.statements if s.direct] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mendes wrote that the dockers knew to brace for the storms, saying, "
            "“They did not come every week, but we learned about them fast.”",
            "Mendes",
        ),
        (
            "A senior harbour official said the mayor will have to choose a side, saying, "
            "“At some point she has to come out and say where she stands.”",
            "A senior harbour official",
        ),
    ],
)
def test_saying_hung_on_a_reported_verb_is_the_reporters(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, text)
    assert sole_direct_speaker(ex) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The fees rose again. “Who do they think they are?” Vance said of the port authority "
        "in March, when the fees doubled for the second time.",
        "The search went on. “We will find every one of the missing boats.” Vance said.",
        "The ferry stopped. “Her answer was, ‘What can we do to help?’” Vance told reporters "
        "during the call.",
    ],
)
def test_an_attribution_sentence_after_the_quotation_names_its_speaker(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, text)
    assert sole_direct_speaker(ex) == "Vance"


def test_a_sentence_reporting_a_new_claim_is_not_the_quotations_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "“We will find every one of the missing boats.” Vance said the storm had passed.")
    assert not [s for s in ex.statements if s.direct]


def test_a_quotation_naming_the_noun_after_it_is_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "As the “Save the Old Quay” movement continues to battle the council, Okafor said "
        "she wore a “Harbour First” badge.",
    )
    assert not [s for s in ex.statements if s.direct]


def test_saying_after_by_is_the_subjects_of_the_verb_before(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "When she returned, the judge began by saying, “I do not think the fisherman needs "
        "to go to jail.”",
    )
    assert sole_direct_speaker(ex) == "the judge"


def test_a_thought_inside_the_speakers_clause_does_not_take_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "The mayor says if people think the harbour will be fixed by “establishment politics, "
        "you have a very good candidate to vote for, but it is not me.”",
    )
    assert sole_direct_speaker(ex) == "The mayor"


def test_of_two_subjects_the_one_beside_the_cue_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Okafor said the season was not good. His final assessment: “It’s not quite "
        "hopeless,” he said. “We’re hopeful.”",
    )
    assert sole_direct_speaker(ex) == "he"


def test_the_subject_of_the_reported_clause_is_not_an_inverted_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Most voters were worried about the harbour; most said they were “very worried "
        "about the fees.”",
    )
    assert "they" not in [speaker_text(ex, s) for s in ex.statements]


def test_the_noun_right_after_an_inverted_cue_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser makes "woman" the subject of the relative clause, not of "said".
    ex = run(
        nlp,
        "A cashier at the quay was shaken by the talk. “One man came in and said we should "
        "close the whole port if they keep this up,” said the woman, who like many in the "
        "town did not want to be named.",
    )
    assert sole_direct_speaker(ex) == "the woman"


def test_a_partial_quote_inside_a_later_sentence_does_not_continue_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "“We will fight this levy,” Okafor said. The major danger she sees is “the fact that "
        "the owners want to sell the quay to the highest bidder.”",
    )
    text = ex.article.text
    okafor = direct_by_content(ex)["We will fight this levy"]
    assert [c.slice(text) for c in okafor.content] == ["We will fight this levy"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz: “The port will reopen in May.”\n\nThe ferries are late again.", "Ana Ruiz"),
        (
            "Fares climb again - Port Weekly: “Ferry fares rose for the third time this year, "
            "and more rises are planned.”",
            "Port Weekly",
        ),
        (
            "The harbour board published its report on Monday. More from the report: “Ferry "
            "traffic fell by a third over the winter months.”",
            "the report",
        ),
    ],
)
def test_a_name_and_a_colon_label_the_speaker(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, text)
    (quote,) = [s for s in ex.statements if s.direct]
    assert speaker_text(ex, quote) == speaker
    assert quote.cue is not None
    assert quote.cue.slice(ex.article.text) == ":"
    assert quote.provenance.rule == "statement.direct.label"


def test_a_colon_after_a_clause_with_a_verb_is_no_label(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "The ferries stopped running: “Nobody told us anything,” a fisherman said.")
    assert sole_direct_speaker(ex) == "a fisherman"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "As Ana Ruiz put it, “The channel is only as deep as the last dredging.”",
            "Ana Ruiz",
        ),
        (
            "The dockers marched to the town hall. “No levy without a vote,” read one banner.",
            "one banner",
        ),
    ],
)
def test_quotation_only_cues_attribute_a_quote(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, text)
    assert sole_direct_speaker(ex) == speaker


def test_an_attribution_after_the_quote_outranks_a_colon_lead_in(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "The pilots were honoured for their work.\n\nIn her speech, Ruiz declared the need for "
        "patience and nerve: “Wait for the tide and when it turns, sail again,” she said.",
    )
    quote = direct_by_content(ex)["Wait for the tide and when it turns, sail again"]
    assert speaker_text(ex, quote) == "she"
    assert quote.cue is not None
    assert quote.cue.slice(ex.article.text) == "said"


def test_a_colon_on_the_quotations_own_verb_still_finds_the_lead_in(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs the colon on "be", the quotation's verb, not on "shot".
    ex = run(
        nlp,
        "“We will sail at dawn,” said Okafor.\n\nAsked whether the board should apologise "
        "for the delay, Mr. Mendes shot back: ''That would be good.''",
    )
    quote = direct_by_content(ex)["That would be good."]
    assert speaker_text(ex, quote) == "Mendes"
    assert quote.provenance.rule == "statement.direct.colon"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As the mayor spoke, the dockers chanted, “No levy, no vote!”", "the dockers"),
        (
            "“Ferry fares should be frozen for a year,” opined the Harbour Gazette.",
            "Harbour Gazette",
        ),
        (
            "Okafor waved as if to calm the crowd, then leaned in and boomed: “We will open "
            "the quay in May.”",
            "Okafor",
        ),
    ],
)
def test_less_common_speech_verbs_attribute_a_quote(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert sole_direct_speaker(run(nlp, text)) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "After the harbour master criticized the union during a meeting, Ruiz shot back, "
            "“I suppose I could have stayed quiet, but I chose to speak for the pilots.”",
            "Ruiz",
        ),
        (
            "Some in the hall booed, and when Okafor thanked the council and said it was good "
            "to be home, a man yelled “Go back!”",
            "a man",
        ),
    ],
)
def test_the_verb_just_before_a_quote_outranks_others(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, text)
    (quote,) = [s for s in ex.statements if s.direct]
    assert speaker_text(ex, quote) == speaker


def test_a_closed_quote_is_not_continued_by_an_unattributed_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "“The quay will not open this winter,” Okafor said on Friday.\n\n"
        "“The board has failed every family in this town, and it knows it.”\n\n"
        "“We will not wait another year,” Ruiz said.",
    )
    text = ex.article.text
    okafor = direct_by_content(ex)["The quay will not open this winter"]
    assert [c.slice(text) for c in okafor.content] == ["The quay will not open this winter"]


def test_a_quote_left_open_at_a_paragraph_end_goes_on_in_the_next(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "“The quay will not open this winter,” Okafor said on Friday. “We asked for dredging "
        "three times.\n\n“The board has failed every family in this town, and it knows it.”",
    )
    text = ex.article.text
    okafor = direct_by_content(ex)["The quay will not open this winter"]
    assert [c.slice(text) for c in okafor.content][-1] == (
        "The board has failed every family in this town, and it knows it."
    )


def test_a_continuation_after_another_cue_is_not_the_first_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "“We need steady hands,” Okafor told the council, referring to the harbour master but "
        "not naming him. “Not a master who says one thing on Monday and another on Friday.”",
    )
    okafor = direct_by_content(ex)["We need steady hands"]
    assert [c.slice(ex.article.text) for c in okafor.content] == ["We need steady hands"]


def test_a_verb_right_before_a_colon_introduces_the_next_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "“If they close the quay, there is nothing you can do, folks,” Okafor said before "
        "adding: “Though the pilots, maybe they can, I don't know.”",
    )
    quote = direct_by_content(ex)["Though the pilots, maybe they can, I don't know."]
    assert quote.cue is not None
    assert quote.cue.slice(ex.article.text) == "adding"


def test_a_pull_quote_signed_with_a_dash_is_the_signers(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "The debate turned to fares.\n\n"
        "“Families on the islands are paying more for the ferry every single year.”\n\n"
        "- Ana Ruiz.\n\nThe claim relies on an old survey.",
    )
    (quote,) = [s for s in ex.statements if s.direct]
    assert speaker_text(ex, quote) == "Ana Ruiz"
    assert quote.provenance.rule == "statement.direct.signature"


def test_a_participle_outside_a_quotation_is_not_attributed_through_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "seem" (and so "telling") on "said", a verb inside the quotation.
    ex = run(
        nlp,
        "Okafor didn’t seem particularly impressed with the mayor’s remarks Tuesday, telling "
        "reporters, “A lot of people said the harbour master should step down.”",
    )
    assert sole_direct_speaker(ex) == "Okafor"


def test_a_speech_sentence_with_nothing_said_introduces_the_next_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Ana Ruiz, the spokeswoman for the harbour board, said in a statement. “There are no "
        "ferry tickets left to refund. The season was sold out in May.”",
    )
    quote = direct_by_content(ex)[
        "There are no ferry tickets left to refund. The season was sold out in May."
    ]
    assert speaker_text(ex, quote) == "Ana Ruiz"
    assert quote.provenance.rule == "statement.direct.before"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The board met on Friday. “Perpetual motion!” Rep. Ana Ruiz, D-Harbour, said of "
            "the ferry timetable, which has changed five times since the spring.",
            "Ana Ruiz",
        ),
        ("The fares rose again.\n\n“Meh,” wrote a pilot who runs the port's blog.", "a pilot"),
        (
            "The pilots met the board.\n“She said that ‘I know the difference between a "
            "harbour and a marina, and I want the harbour,’” Rep. Ana Ruiz (D-Port) said.",
            "Ana Ruiz",
        ),
        (
            "The mayor spoke first.\n\n''She would look at me and say, 'What did he mean by "
            "that?''' Mr. Okafor said, clutching the lectern with two hands.",
            "Okafor",
        ),
        (
            "The quay is shrinking.\n\nShe went on: “It is like fixing a leak by calling "
            "anybody except the plumber.”",
            "She",
        ),
    ],
)
def test_attributions_the_parser_splits_off(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert sole_direct_speaker(run(nlp, text)) == speaker


def test_a_paragraph_opening_quote_is_attributed_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "The ferry strike went on.\n\n“The harbour board needs a strategy for the island "
        "voters,” Ana Ruiz, the pilot who founded portwatch.org, tweeted on Wednesday.",
    )
    assert sole_direct_speaker(ex) == "Ana Ruiz"


def test_a_cry_opening_a_paragraph_is_attributed_by_any_verb_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "A delegate climbed onto her chair for a better view.\n\n“This is fantastic!” beamed "
        "Ana Ruiz of Port Hedland, who snuck onto the floor.",
    )
    assert sole_direct_speaker(ex) == "Ana Ruiz"


def test_a_headline_quote_is_attributed_by_its_capitalised_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Ferries Are ‘The Lifeline Of Every Island Family,’ Ana Ruiz Tells Harbour Board\n\n"
        "The pilots' leader spoke on Tuesday.",
    )
    (quote,) = [s for s in ex.statements if s.direct]
    assert quote.provenance.rule == "statement.direct.headline"
    assert quote.cue is not None
    assert quote.cue.slice(ex.article.text) == "Tells"


def test_a_speaker_set_off_by_an_appositive_introduces_a_colon_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser reads "tweeted" as a participle modifying the name before the appositive.
    ex = run(
        nlp,
        "Ana Ruiz, the former chair of the harbour council, tweeted in response: "
        "''Important distinction: the council repairs boats; the port authority sinks them.''",
    )
    assert sole_direct_speaker(ex) == "Ana Ruiz"


def test_went_so_far_as_to_say_reaches_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "The harbour columnist Ben Okafor went so far as to say: "
        "''The ferry as we know it is over.''",
    )
    assert sole_direct_speaker(ex) == "Ben Okafor"


def test_a_participle_the_parser_hangs_on_the_quotation_still_has_a_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # "writing" is parsed as the subject of the quoted "Feels".
    ex = run(
        nlp,
        "Lena Park shared the news online on Monday, writing “Feels great to support the "
        "dockers I grew up with. The band will pay for the hall.”",
    )
    assert sole_direct_speaker(ex) == "Lena Park"


def test_any_verb_right_after_a_quoted_sentence_can_invert_its_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Then came the loudest cheer of the night: \"It's about time that we had a new quay "
        "in this town,\" exhorted the mayor's deputy, fisherman Tom Reyes.",
    )
    quote = direct_by_content(ex)["It's about time that we had a new quay in this town"]
    assert quote.cue is not None
    assert quote.cue.slice(ex.article.text) == "exhorted"
    assert quote.speaker is not None
    assert quote.speaker.key == "person:Tom Reyes"


def test_a_quoted_subject_is_not_inverted_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "The plan's old nickname, ''a bridge to nowhere,'' haunted the mayor for years. The "
        "union, citing a new video about the ''war on ferries,'' revamped its plans.",
    )
    cues = {s.cue.slice(ex.article.text) for s in ex.statements if s.cue}
    assert not cues & {"haunted", "revamped"}


def test_a_speaker_the_parser_hangs_elsewhere_is_found_by_word_order(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser makes "the Labour council candidate" an appositive of the hosts' names.
    ex = run(
        nlp,
        "In an interview with Morning Tide hosts Ann Lee and Mika Ruiz, the Labour council "
        "candidate stated that the harbour plan does not “fit with what I thought I knew about "
        "the port.”",
    )
    assert sole_direct_speaker(ex) == "the Labour council candidate"


def test_a_numbered_listicle_headline_in_the_past_tense_is_attributed(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "4 / Gina Lopez Questioned What It Means To Be “Latina Enough.”\n\nGetty.")
    quote = direct_by_content(ex)["Latina Enough."]
    assert quote.provenance.rule == "statement.direct.headline"
    assert speaker_text(ex, quote) == "Gina Lopez"


def test_a_quotation_after_an_infinitive_to_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(nlp, "13 / Ana Ruiz Asked Dockers Everywhere To “Redefine The Harbour.”\n\nGetty.")
    assert sole_direct_speaker(ex) == "Ana Ruiz"
    ex = run(nlp, "The band played the crowd out to “Silent Night.”")
    assert not [s for s in ex.statements if s.direct]


def test_a_headline_quote_in_single_marks_has_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    article = parse_article_text(
        "Ana Lee: 'The harbour's future is ours.'\n\nThe mayor spoke on Monday.", source="test"
    )
    ex = extract_doc(nlp(article.text), article)
    assert sole_direct_speaker(ex) == "Ana Lee"


def test_a_verb_joined_to_a_passive_one_shares_its_subject_not_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Okafor was joined on stage by the mayor and joked, \u201cWe need a bigger quay.\u201d",
    )
    assert sole_direct_speaker(ex) == "Okafor"


def test_a_participle_hung_on_a_thing_speaks_through_the_actor_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "The first clash came at the rally, when protesters interrupted the mayor, shouting "
        "\u201cSave our quay!\u201d",
    )
    assert sole_direct_speaker(ex) == "protesters"


def quotation_cues(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """The cue word each quotation gets, before statements are merged and filtered."""
    article = parse_article_text("Harbour news\n\n" + text, source="test")
    doc = nlp(article.text)
    cast = Cast(doc, load_gazetteer(), text=article.text)
    finder = StatementFinder(doc, cast, find_quotes(article.text))
    cues = {}
    for quote in finder.quotes:
        cue = finder.cues.cue_for(quote)
        words = article.text[quote.inner_start : quote.inner_end]
        cues[words] = cue.token.text if cue is not None else None
    return cues


def test_a_partial_quote_takes_the_speech_verb_it_hangs_under_not_the_nearest(nlp) -> None:  # type: ignore[no-untyped-def]
    cues = quotation_cues(
        nlp,
        "Okafor told reporters that the levy is \u201ca tax on fishing\u201d and the mayor said "
        "the council would vote in May.",
    )
    assert cues["a tax on fishing"] == "told"


def test_a_quotation_after_a_partial_one_keeps_its_own_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        nlp,
        "Okafor told the Gazette that she agrees the levy is \u201ca tax on fishing\u201d and said "
        "\u201cthe council has never listened to us.\u201d",
    )
    quote = direct_by_content(ex)["the council has never listened to us."]
    assert quote.cue is not None
    assert quote.cue.slice(ex.article.text) == "said"
    assert speaker_text(ex, quote) == "Okafor"


@pytest.mark.parametrize(
    "text",
    [
        "Dockers want a vote soon, and the \u201charbour levy and its new fees\u201d will go to "
        "the council in May.",
        "Many dockers feel the mayor ignored them; the \u201charbour levy and its new fees\u201d "
        "came without warning.",
    ],
)
def test_a_belief_or_wish_beside_a_quotation_does_not_attribute_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotation_cues(nlp, text)["harbour levy and its new fees"] is None


def test_a_belief_the_quotation_hangs_under_still_attributes_it(nlp) -> None:  # type: ignore[no-untyped-def]
    cues = quotation_cues(nlp, "Most dockers believe the levy is \u201ca tax on fishing.\u201d")
    assert cues["a tax on fishing."] == "believe"
