"""Tests for the character-level quotation finder."""

from __future__ import annotations

import pytest

from newsgraph.loaders.mapping.quotes import QuoteSpan, find_quotes


def inner(text: str, quote: QuoteSpan) -> str:
    return text[quote.inner_start : quote.inner_end]


def outer(text: str, quote: QuoteSpan) -> str:
    return text[quote.start : quote.end]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will not give up,\u201d she said.",
        '"We will not give up," she said.',
        "\u00abWe will not give up,\u00bb she said.",
        "\u201eWe will not give up,\u201d she said.",
    ],
    ids=["curly", "straight", "guillemets", "low-9"],
)
def test_quote_marks_of_each_kind_are_found(text: str) -> None:
    (quote,) = find_quotes(text)
    assert inner(text, quote) == "We will not give up"
    assert (quote.start, quote.end) == (0, len("\u201cWe will not give up,\u201d"))
    assert not quote.continues


def test_an_opening_mark_typed_as_the_close_still_closes() -> None:
    text = "\u201cThe gap is too wide,\u201c said a delegate. \u201cShe is behind,\u201d he said."
    first, second = find_quotes(text)
    assert inner(text, first) == "The gap is too wide"
    assert outer(text, first).endswith(",\u201c")
    assert inner(text, second) == "She is behind"


def test_inner_offsets_exclude_marks_and_trailing_comma() -> None:
    text = 'He said: "Stop the war now," and left.'
    (quote,) = find_quotes(text)
    assert outer(text, quote) == '"Stop the war now,"'
    assert inner(text, quote) == "Stop the war now"
    assert text[quote.inner_end] == ","


def test_inner_keeps_final_full_stop() -> None:
    text = "She said \u201cthe talks are over.\u201d"
    (quote,) = find_quotes(text)
    assert inner(text, quote) == "the talks are over."
    assert quote.end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was Netanyahu's plan and the officials' letter, he said.",
        'The 12" pipe and the 6" bolt were replaced.',
        "Rock 'n' roll isn't dead, the band's manager said.",
        "He wasn't sure; they'd left.",
    ],
    ids=["possessives", "inches", "apostrophes", "contractions"],
)
def test_apostrophes_possessives_and_inches_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_inch_mark_does_not_swallow_a_real_quote() -> None:
    text = 'The 12" pipe burst and he said "we are fixing it" today.'
    (quote,) = find_quotes(text)
    assert inner(text, quote) == "we are fixing it"


def test_a_shortened_year_does_not_open_a_quote_that_swallows_real_ones() -> None:
    text = (
        "She said in \u201808 that the \u201890s were over. "
        "\u201cWe have moved on,\u201d she said, "
        "\u201cand that\u2019s the \u2018new\u2019 deal.\u201d"
    )
    quotes = [inner(text, q) for q in find_quotes(text)]
    assert quotes == ["We have moved on", "and that\u2019s the \u2018new\u2019 deal."]


def test_quote_split_around_a_cue_gives_two_quotes() -> None:
    text = "\u201cThe war must end,\u201d she said, \u201cand the hostages must come home.\u201d"
    first, second = find_quotes(text)
    assert inner(text, first) == "The war must end"
    assert inner(text, second) == "and the hostages must come home."
    assert not second.continues
    assert first.end <= text.index("she") < second.start


def test_multi_paragraph_quote_continues_on_the_next_paragraph() -> None:
    text = (
        "\u201cWe have lost too many people in this war.\n"
        "\u201cIt is time to bring them home,\u201d the letter said.\n"
        "Officials did not respond."
    )
    first, second = find_quotes(text)
    assert (first.continues, second.continues) == (False, True)
    assert inner(text, first) == "We have lost too many people in this war."
    assert first.end == text.index("\n")  # open quote runs to the paragraph end, no closing mark
    assert inner(text, second) == "It is time to bring them home"


def test_three_paragraph_quote_chains_continuations() -> None:
    text = "\u201cFirst part of it.\n\u201cSecond part of it.\n\u201cThird part,\u201d he said."
    quotes = find_quotes(text)
    assert [q.continues for q in quotes] == [False, True, True]


def test_closed_quote_is_not_continued_by_the_next_paragraph() -> None:
    text = "\u201cWe are done here,\u201d he said.\n\u201cNot yet, we are not,\u201d she replied."
    assert [q.continues for q in find_quotes(text)] == [False, False]


def test_quote_after_an_unquoted_paragraph_does_not_continue() -> None:
    text = (
        "\u201cThis quote is never closed by the writer.\n"
        "He added nothing else of note.\n"
        "\u201cA brand new quote,\u201d she said."
    )
    _, second = find_quotes(text)
    assert inner(text, second) == "A brand new quote"
    assert not second.continues


def test_mid_paragraph_quote_does_not_continue() -> None:
    text = "\u201cThis one is left open here.\nShe said \u201cthis is another one\u201d later."
    assert [q.continues for q in find_quotes(text)] == [False, False]


def test_unclosed_quote_at_end_of_text_runs_to_the_end() -> None:
    text = "He said \u201cthis never closes and ends"
    (quote,) = find_quotes(text)
    assert quote.end == len(text)
    assert inner(text, quote) == "this never closes and ends"


@pytest.mark.parametrize(
    "text",
    [
        "The so-called \u201cexperts\u201d disagreed.",
        'The so-called "experts" disagreed.',
        "He called it \u201cnonsense,\u201d and left.",
    ],
)
def test_one_word_scare_quotes_are_ignored(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("\u201cOut!\u201d the dockers shouted.", "Out!"),
        ('The mayor leaned in and asked, "Really?"', "Really?"),
        ("\u201cAbsolutely,\u201d he said.", "Absolutely"),
        ("''Harbourside,'' Okafor answered.", "Harbourside"),
    ],
)
def test_a_one_word_cry_or_question_is_a_quote(text: str, words: str) -> None:
    (quote,) = find_quotes(text)
    assert inner(text, quote) == words


def test_scare_quote_does_not_hide_a_later_quote() -> None:
    text = 'The "experts" said "the plan will fail" again.'
    (quote,) = find_quotes(text)
    assert inner(text, quote) == "the plan will fail"


def test_quotes_are_returned_in_order_with_valid_offsets() -> None:
    text = '"A b" then "c d e" and \u201cf g\u201d.'
    quotes = find_quotes(text)
    assert [inner(text, q) for q in quotes] == ["A b", "c d e", "f g"]
    for q in quotes:
        assert q.start < q.inner_start <= q.inner_end < q.end
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_text_without_quotes_and_empty_text() -> None:
    assert find_quotes("") == []
    assert find_quotes("Nothing quoted at all.") == []


def test_attribute_values_of_markup_are_not_quotations() -> None:
    text = (
        'One user wrote: <tweet tweet-author="@harbourlee" tweet-date="March 11, 2016">The '
        'quay is "a disgrace" again<tweet/>. Okafor said "it will open in May" anyway.'
    )
    quoted = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert quoted == ["a disgrace", "it will open in May"]


def test_headlines_quote_in_straight_single_marks() -> None:
    text = (
        "Ana Lee: 'The harbour's future is ours.'\n"
        "Mayor's aides call the plan 'a fair deal'\n\n"
        "Body text where 'scare quotes' stay unquoted and the dockers' union met."
    )
    assert [inner(text, q) for q in find_quotes(text)] == [
        "The harbour's future is ours.",
        "a fair deal",
    ]


def test_apostrophes_in_a_headline_open_no_quotation() -> None:
    for text in ("Harbour to reopen in '26 as dockers' pay rises\n\nBody.", "Dockers' 'pay\n\nx"):
        assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Asked whether he would stay, Lee said, "Probably." Then he left.', "Probably."),
        ("She shook her head and said, ''No.''", "No."),
        ("Minutes later, she sent an email saying, \u201cdone.\u201d", "done."),
    ],
)
def test_a_one_word_sentence_after_a_speech_verb_is_a_quote(text: str, word: str) -> None:
    assert [inner(text, q) for q in find_quotes(text)] == [word]


def test_a_one_word_scare_quote_after_a_verb_is_not_a_quote() -> None:
    assert find_quotes('The mayor said the plan was "nonsense." Then he left.') == []


def test_without_a_blank_line_only_the_first_line_is_a_headline() -> None:
    text = "Lee: 'We will rebuild.'\nThe band played rock 'n' roll and 'some jazz' all night."
    assert [inner(text, q) for q in find_quotes(text)] == ["We will rebuild."]


def test_a_straight_quote_inside_a_straight_quote_does_not_close_it() -> None:
    text = (
        'Okafor shook her head. "If a buyer walks in and says, "I want ten tonnes of diesel," '
        'you might be suspicious about that."'
    )
    (quote,) = find_quotes(text)
    assert inner(text, quote).startswith("If a buyer")
    assert inner(text, quote).endswith("suspicious about that.")


def test_a_mixed_close_still_closes_a_straight_quote() -> None:
    text = '"The quay is safe,\u201d Okafor said. "It will reopen," she added.'
    first, second = find_quotes(text)
    assert inner(text, first) == "The quay is safe"
    assert inner(text, second) == "It will reopen"


@pytest.mark.parametrize(
    ("text", "last_words"),
    [
        ('Lee said: "We tried hard. "We failed, and the quay shut." Ruiz left.', "quay shut."),
        ('Lee said: "We tried hard. "We failed. "The quay shut." Ruiz left.', "quay shut."),
    ],
)
def test_a_quote_whose_paragraphs_were_run_together_ends_at_its_last_mark(
    text: str, last_words: str
) -> None:
    quotes = find_quotes(text)
    assert inner(text, quotes[0]).startswith("We tried hard.")
    assert inner(text, quotes[-1]).endswith(last_words)
    assert all("Ruiz left" not in inner(text, q) for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        'He said: "The order is absurd. He added: "The quay will open." The case is in May.',
        'Lee said fees were "only 10% of it. Ruiz wants calm after "tremendous change". The '
        "case is in May.",
    ],
)
def test_a_quotation_missing_its_close_does_not_swallow_the_paragraph(text: str) -> None:
    quotes = find_quotes(text)
    assert quotes
    assert all("The case is in May" not in inner(text, q) for q in quotes)
