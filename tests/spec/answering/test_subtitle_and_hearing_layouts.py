"""A news item's subtitle file and a hearing's line-numbered transcript answer as articles do: a
"REPORTER:" label over narration is no question turn (only a reporter's question is); an
interviewee is asked by the role their lower third gives; a hearing's words are quoted without their
line numbers. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

SRT = """1
00:00:01,000 --> 00:00:04,200
PRESENTER: Good evening. Ferry services
to the northern isles have been cut again.

2
00:00:04,400 --> 00:00:08,100
REPORTER: The timetable change was confirmed on Monday
by the Coastal Transport Board.

3
00:00:08,300 --> 00:00:11,900
For island families, the cuts mean
a longer wait for everything.

4
00:00:12,100 --> 00:00:13,500
[MAIRI TOLLAND, SHOP OWNER]

5
00:00:13,600 --> 00:00:17,000
- We get our bread twice a week now.
- Sometimes not even that.

6
00:00:17,200 --> 00:00:21,400
The only thing that keeps us going
is the fishing boats bringing supplies.

7
00:00:21,600 --> 00:00:25,000
REPORTER: Captain Euan Brodie says the ferry
will stay in dry dock until March.

8
00:00:25,200 --> 00:00:26,600
[EUAN BRODIE, FERRY MASTER]

9
00:00:26,800 --> 00:00:30,100
I have sailed these waters for thirty years
and I have never seen it this bad.

10
00:00:30,300 --> 00:00:33,900
I am not giving up. I will be on the bridge
when she sails again.

11
00:00:34,100 --> 00:00:37,600
This morning the Transport Ministry said
a relief vessel would be chartered within ten days.

12
00:00:37,800 --> 00:00:39,000
[MAIRI TOLLAND]

13
00:00:39,200 --> 00:00:42,500
Ten days is too long.
The children need fresh milk now.

14
00:00:42,700 --> 00:00:45,900
PRESENTER: That report from our correspondent
in the northern isles.
"""

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

subtitles = app_fixture("harbour.srt.txt", SRT)
hearing = app_fixture("hearing.txt", HEARING)


def test_a_reporters_narration_answers(subtitles):
    answers(subtitles, "When was the timetable change confirmed?", "confirmed on Monday")


def test_an_interviewee_asked_by_the_role_of_her_lower_third(subtitles):
    answers(subtitles, "What does the shop owner say is the only thing that keeps them going?", "fishing boats")


def test_a_hearing_answer_quoted_without_its_line_numbers(hearing):
    answers(hearing, "How many phones got the alert and how many should have?", "so only 214 phones got it when 1,900 should have")


def test_a_question_line_holds_the_role_asked(hearing):
    answers(hearing, "Who was the duty controller that night?", "duty controller at the Glenmoray control centre")
