"""Statements that sit inside other text: a quotation quoted by a speaker (the inner speaker's
words), and a columnist's own first-person claims ("I wrote last year that ..."), the writer
named by the byline or a closing line about them. Every article here is invented."""

import pytest

from tests.spec.invented import statements_of as _statements


@pytest.mark.parametrize(
    "text, inner, speaker",
    [
        ('Fire chief Tom Rudd led the crews. "Then Rudd told me, \'We have lost the east wing,\' and I knew it '
         'was over," said Ana Ruiz, the owner.', "We have lost the east wing", "Tom Rudd"),
        ("\u201cThe inspector looked at me and said, \u2018This pier won\u2019t last a winter,\u2019\u201d said "
         "Ana Ruiz, the harbour master.", "This pier won\u2019t last a winter", "The inspector"),
    ],
)
def test_a_quotation_inside_a_quotation_is_the_inner_speakers(statements, text, inner, speaker):
    stmts = statements(text)
    found = [s for s in stmts if s.content == inner]
    assert [s.speaker for s in found] == [speaker]
    assert any(s.speaker == "Ana Ruiz" and inner in s.content and s.content != inner for s in stmts)


def test_the_quoted_speakers_own_earlier_words_stay_theirs(statements):
    stmts = statements('"I told them, \'No more delays,\'" said Ana Ruiz. "We don\'t know the workers\' names," she said.')
    assert {s.speaker for s in stmts} == {"Ana Ruiz"} and len(stmts) == 2


@pytest.mark.parametrize(
    "top, bottom",
    [
        ("By Ines Carvalho\n\n", ""),
        ("By Ines Carvalho, Opinion Columnist\n\n", ""),
        ("", "\n\nInes Carvalho is a columnist for the Harbour Post."),
    ],
)
def test_a_columnists_own_claim_is_the_writers(top, bottom):
    stmts = _statements(
        "The levy was always doomed\n\n" + top + "I wrote last year that the harbour levy would fail. I was wrong "
        "about why.\n\nA bank manager told me that loans had dried up." + bottom
    )
    own = [s for s in stmts if "levy would fail" in s.content]
    assert [(s.speaker, s.speaker_as_written) for s in own] == [("Ines Carvalho", "I")]
    assert [s.speaker for s in stmts if "loans had dried up" in s.content] == ["A bank manager"]


def test_without_one_named_writer_i_names_nobody():
    for top in ("", "By Ines Carvalho and Tom Reyes\n\n"):
        stmts = _statements("The levy was always doomed\n\n" + top + "I wrote last year that the harbour levy would fail.")
        assert not any("levy would fail" in s.content for s in stmts), top
