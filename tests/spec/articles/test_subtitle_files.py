"""A subtitle file pasted as an article (SRT or WebVTT captions of a broadcast or a webcast): the
cue numbers and "00:00:12,480 --> 00:00:15,200" time lines are furniture, never text to cite;
each caption is a paragraph, and never a heading, however short. Every article here is invented."""

from tests.spec.invented import cleaned, speaker_of, statements_of

# SRT captions of a council meeting's webcast
_SRT = (
    "1\n00:00:00,500 --> 00:00:03,900\nGood evening and welcome to this\nmeeting of Oskarvale Town Council.\n\n"
    "2\n00:00:04,000 --> 00:00:07,200\nThe mayor, Odalys Prenticeford,\nsaid the lido would reopen in May.\n\n"
    "3\n00:00:07,300 --> 00:00:10,100\nRepairs to the main pool\ncost more than expected\n\n"
    "4\n00:00:10,200 --> 00:00:13,000\nbecause the tiles had to be replaced.\n"
)

# WebVTT captions of a rugby club's video interview
_VTT = (
    "WEBVTT\n\n"
    "00:01.000 --> 00:04.500\nHead coach Ruaridh Tamsworth-Obi\nsaid the squad was fit for Saturday.\n\n"
    "00:04.600 --> 00:08.200 align:start\nOur scrum half is back\nafter six weeks out\n\n"
    "00:08.300 --> 00:11.000\nand the captain will start on the bench.\n"
)


def _paragraphs(a):
    return [a.text[p.start : p.end] for p in a.paragraphs]


def test_cue_headers_are_no_text():
    for text in (_SRT, _VTT):
        a = cleaned(text)
        assert not any("-->" in p for p in _paragraphs(a))
        assert not any("-->" in a.text[s.start : s.end] for s in a.subheadings)


def test_a_short_caption_is_text_not_a_heading():
    assert any(p.startswith("Repairs to the main pool") for p in _paragraphs(cleaned(_SRT)))
    assert any(p.startswith("Our scrum half is back") for p in _paragraphs(cleaned(_VTT)))


def test_a_caption_s_speaker():
    assert "Prenticeford" in speaker_of(statements_of(_SRT), "lido would reopen")
    assert "Tamsworth-Obi" in speaker_of(statements_of(_VTT), "fit for Saturday")
