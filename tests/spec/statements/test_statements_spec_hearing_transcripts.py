"""A public inquiry's line-numbered hearing transcript: every line numbered 1-25 at its left, a
"Page N" header over each page, sentences running on over numbered lines. The numbers and headers
are no words (a turn is one passage, read and quoted whole); "THE CHAIR:" is the chair the cover
block names, "MS SURNAME:" the counsel of that surname; after "MR FULL NAME (affirmed)" every "A."
is the witness's and every "Q." a question that states nothing. Every article is invented."""

from datetime import date

from tests.spec.invented import cleaned, statements_of

HEARING = """THE GLENMORAY FLOOD WARNING INQUIRY

Transcript of public hearing

Day 4 - Thursday, 12 March 2026

Chair: Sir Alasdair Venn

Counsel to the Inquiry: Ms Harriet Oyelaran

                                                        Page 1
 1                                         (10.00 am)
 2   THE CHAIR: Good morning. Before we begin, I want to
 3       say that the families have waited too long for
 4       answers and this inquiry will not be rushed.
 5   MS OYELARAN: Thank you, Chair. The first witness
 6       today is Mr Tobias Kernaghan.
 7                  MR TOBIAS KERNAGHAN (affirmed)
 8              Questions by COUNSEL TO THE INQUIRY
 9   Q.  Mr Kernaghan, on the night of 4 November 2025 you
10       were the duty controller at the Glenmoray control
11       centre?
12   A.  Yes, I was.
13   Q.  When did you first learn that the river had risen?
14   A.  At 11.40 pm. Dr Ilse Marchbank from the river
15       authority phoned and said the gauge at the weir had
16       passed the red line.
17   Q.  What did you do then?
18   A.  I sent the alert to the telephone list, but the
19       list had not been updated since the spring, so
20       only 214 phones got it when 1,900 should have.
21   Q.  Do you accept that was a mistake?
22   A.  I accept that I should have checked the list
23       myself. That was my mistake and I am sorry for it.
24   Q.  What has changed since that night?
25   A.  Every list is now checked each week by two people.
                                                        Page 2
 1   MR DALGLISH: Chair, before the break, may I say for
 2       the families that they are grateful to the witness
 3       for his candour?
 4   THE CHAIR: Thank you, Mr Dalglish. We will sit again
 5       at 2 pm, when we hear from Mr Ruairi Fenwick.
 6                    (The luncheon adjournment)
"""


def _said(stmts, fragment):
    """The one statement holding `fragment`, its wrapped lines read as one (numbers blanked)."""
    found = [s for s in stmts if fragment in " ".join(s.content.split())]
    assert len(found) == 1, (fragment, [(s.speaker, s.content) for s in stmts])
    return found[0]


def speaker_of(stmts, fragment):
    return _said(stmts, fragment).speaker


def day_of(stmts, fragment):
    return _said(stmts, fragment).when_start


def test_the_witness_answers_are_his_across_numbered_lines():
    stmts = statements_of(HEARING, "hearing.txt")
    assert speaker_of(stmts, "only 214 phones got it when 1,900 should have") == "Tobias Kernaghan"
    assert speaker_of(stmts, "That was my mistake") == "Tobias Kernaghan"
    assert speaker_of(stmts, "checked each week by two people") == "Tobias Kernaghan"
    assert day_of(stmts, "That was my mistake") == date(2026, 3, 12)


def test_labels_are_the_office_holders_the_cover_names():
    stmts = statements_of(HEARING, "hearing.txt")
    assert speaker_of(stmts, "this inquiry will not be rushed") == "Alasdair Venn"
    assert speaker_of(stmts, "when we hear from Mr Ruairi Fenwick") == "Alasdair Venn"
    assert speaker_of(stmts, "The first witness today") == "Harriet Oyelaran"
    assert speaker_of(stmts, "grateful to the witness for his candour") == "Mr Dalglish"


def test_questions_state_nothing_and_a_relayed_call_is_the_callers():
    stmts = statements_of(HEARING, "hearing.txt")
    assert not [s for s in stmts if "duty controller" in " ".join(s.content.split()) or "Do you accept" in s.content]
    assert speaker_of(stmts, "passed the red line") == "Ilse Marchbank"


def test_line_numbers_and_page_headers_are_no_passage_text():
    article = cleaned(HEARING, name="hearing.txt")
    paragraphs = [article.slice(p) for p in article.paragraphs]
    assert not [p for p in paragraphs if p.strip() in ("Page 1", "Page 2")]
    assert any(p.startswith("A.  I sent the alert") and "1,900 should have." in p for p in paragraphs)
    assert any(p.startswith("Q.  What did you do then?") for p in paragraphs)


# a witness relays what others said to her: their words, not hers
RELAYED = """THE GLENMORAY FLOOD WARNING INQUIRY

Transcript of public hearing

Day 5 - Friday, 13 March 2026

Chair: Sir Alasdair Venn

Counsel to the Inquiry: Ms Harriet Oyelaran

                                                        Page 1
 1                                         (10.00 am)
 2                  MS PERPETUA LANGHOLM (affirmed)
 3              Questions by COUNSEL TO THE INQUIRY
 4   Q.  Ms Langholm, on the night of 4 November 2025 your
 5       supervisor was Mr Gideon Farrant?
 6   A.  Yes. He was on the phone to the council most of
 7       the night.
 8   Q.  What did he tell you when the gauge passed the red
 9       line?
10   A.  He told me to wait for the second reading. He said
11       the barrier would "hold for hours yet".
12   Q.  Did anyone from the river authority call you?
13   A.  Dr Ilse Marchbank phoned at midnight. She said,
14       "You need to move people now."
15   THE CHAIR: Thank you, Ms Langholm. That is all for
16       today.
17                    (The hearing adjourned)
18
19
20
"""


def test_words_the_witness_relays_are_the_speakers_she_names():
    stmts = statements_of(RELAYED, "hearing2.txt")
    assert speaker_of(stmts, "to wait for the second reading") == "Gideon Farrant"
    assert speaker_of(stmts, "hold for hours yet") == "Gideon Farrant"
    assert speaker_of(stmts, "You need to move people now") == "Ilse Marchbank"
    assert speaker_of(stmts, "on the phone to the council") == "Perpetua Langholm"


def test_relayed_words_are_dated_at_the_night_the_question_asks_about():
    stmts = statements_of(RELAYED, "hearing2.txt")
    assert day_of(stmts, "to wait for the second reading") == date(2025, 11, 4)
    assert day_of(stmts, "on the phone to the council") == date(2026, 3, 13)  # (her own words: at the hearing)


def test_a_male_witnesss_he_is_the_man_the_question_named_not_the_witness():
    text = (RELAYED.replace("MS PERPETUA LANGHOLM", "MR PERPETUO LANGHOLM").replace("Ms Langholm", "Mr Langholm")
            .replace("Q.  What did he tell you when the gauge passed the red", "Q.  Mr Langholm, what happened when the gauge passed the red"))
    stmts = statements_of(text, "hearing3.txt")
    assert speaker_of(stmts, "to wait for the second reading") == "Gideon Farrant"
    assert speaker_of(stmts, "hold for hours yet") == "Gideon Farrant"
    assert speaker_of(stmts, "on the phone to the council") == "Perpetuo Langholm"


def test_a_titled_label_is_the_one_person_of_that_surname_and_the_cover_titles_go():
    text = (HEARING.replace("Chair: Sir Alasdair Venn", "Chair: His Honour Judge Alasdair Venn KC")
            .replace("today is Mr Tobias Kernaghan.", "today is Mr Tobias Kernaghan. Mr Lachlan Dalglish is here for the families."))
    stmts = statements_of(text, "hearing4.txt")
    assert speaker_of(stmts, "this inquiry will not be rushed") == "Alasdair Venn"
    assert speaker_of(stmts, "grateful to the witness for his candour") == "Lachlan Dalglish"


# pages printed apart, a blank line between them: the last page, a few lines long, is the
# transcript's still (its turns, its witness's answers)
SHORT_LAST_PAGE = HEARING.replace("                                                        Page 2",
                                  "\n                                                        Page 2")


def test_a_short_last_page_printed_apart_is_read_as_the_transcript():
    article = cleaned(SHORT_LAST_PAGE, name="hearing5.txt")
    paragraphs = [" ".join(article.slice(p).split()) for p in article.paragraphs]
    assert not [p for p in paragraphs if p.startswith("Page 2")]
    assert any(p.startswith("THE CHAIR: Thank you, Mr Dalglish.") for p in paragraphs)
    stmts = statements_of(SHORT_LAST_PAGE, "hearing5.txt")
    assert speaker_of(stmts, "grateful to the witness for his candour") == "Mr Dalglish"
    assert speaker_of(stmts, "when we hear from Mr Ruairi Fenwick") == "Alasdair Venn"


def test_counsels_question_naming_a_speech_is_no_statement():
    text = SHORT_LAST_PAGE.replace(
        " 1   MR DALGLISH: Chair, before the break, may I say for\n 2       the families that they are grateful to the witness\n 3       for his candour?",
        " 1   Q.  Did Dr Marchbank ever say to you that she regretted\n 2       the call?\n 3   A.  She said to me the next morning, \"We were both too late.\"")
    stmts = statements_of(text, "hearing6.txt")
    assert not [s for s in stmts if "regretted" in s.content], [(s.speaker, s.content) for s in stmts]
    assert speaker_of(stmts, "We were both too late") == "Ilse Marchbank"


def test_a_doubt_that_someone_said_it_again_is_no_statement():
    text = SHORT_LAST_PAGE.replace(
        " 1   MR DALGLISH: Chair, before the break, may I say for\n 2       the families that they are grateful to the witness\n 3       for his candour?",
        " 1   A.  She said to me the next morning, \"We were both too late.\"\n 2       I don't think she has said it to anyone else.\n 3       That is all I know.").replace(
        "Q.  What has changed since that night?", "Q.  Did Dr Marchbank call you again that night?")
    stmts = statements_of(text, "hearing7.txt")
    # (the witness's own doubt is his statement; "it", said by her, is none)
    assert not [s for s in stmts if s.content.strip(' ".\n') == "it"], [(s.speaker, s.content) for s in stmts]
