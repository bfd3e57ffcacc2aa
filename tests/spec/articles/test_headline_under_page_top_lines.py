"""The title of a page is its story's headline, not what the page prints above it: a paper's motto
("Serving the upper dales since 1887"), its masthead, a section label, a newsletter's header line
("Weekly Newsletter", "Issue 42"), a code host's repository line ("owner / repo") and tab bar, a
site's menu and breadcrumbs. The line read first stays among the page's top lines."""

from tests.spec.invented import cleaned

PAPER = """THE KESTREL GAZETTE
Serving the upper dales since 1887

News | Farming

Hill farmers warn of lambing losses after late snow

Union calls for emergency feed scheme

By Ysolde Pennack
Tuesday 14th April 2026 6:10 pm

Farmers across the upper dales say they have lost hundreds of lambs after snow fell on Sunday night, the heaviest so late in the year for three decades.

"We were digging ewes out of drifts at two in the morning," said Bertil Quarme, who farms above Fellcombe.
"""

WEEKLY = """Menu
Search
THE EASTERN LANTERN
Orvale's independent weekly

Top Reads

Ferry fares to rise by a fifth from June

Thursday, 9 April 2026

The operator of the Orvale ferry will raise fares by 20 per cent from the first of June, it said on Wednesday.
"""

NEWSLETTER = """ST ALDRIC'S PARISH, UPPER WELBY
Weekly Newsletter
Issue 42 | Sunday 8 March 2026

Bell tower appeal: the engineer's report

Dear friends,

When the engineer climbed the tower on Tuesday he found that two of the oak beams had split.
"""

LETTER_ONLY = """ST ALDRIC'S PARISH, UPPER WELBY
Weekly Newsletter
Issue 43 | Sunday 15 March 2026

Dear friends,

Thank you all for your patience while the tower is shored up. The bells will be silent for a while yet.
"""

ISSUE = """Skip to content
Navigation Menu
quillfeather / tidepool
Public
Code  Issues 48  Pull requests 6  Actions  Projects  Security  Insights
Crash on import when the config file uses tabs #1234
Open
renwick-j opened this issue on Mar 3, 2026 · 5 comments
renwick-j commented on Mar 3, 2026
Importing a config with tab indentation crashes the loader.
"""

TITLED_PAPER = """Pellham Valley Advertiser
"Truth without fear since 1902"
Vol. 124 No. 17
Council shelves plan for new car park
By Corvin Ashdale | March 12, 2026
The district council has shelved plans for a 200-space car park next to the station, its leader said on Wednesday.
"""

MUSEUM = """Skip to main content
Visit   Exhibitions   Collections   Learn   Shop
Home / Exhibitions / Salt and Ember
Salt and Ember: Two Centuries on the Pannery Shore
On view 9 May – 10 January 2027
Gallery 2

The gallery brings together the pans, the tools and the letters of the families who worked the salt.
"""


def test_a_papers_motto_and_section_label_are_not_its_headline():
    page = cleaned(PAPER)
    assert page.title == "Hill farmers warn of lambing losses after late snow"
    assert any("KESTREL GAZETTE" in page.text[s.start:s.end] for s in page.subheadings)


def test_a_menu_a_masthead_and_an_independent_weekly_are_not_its_headline():
    assert cleaned(WEEKLY).title == "Ferry fares to rise by a fifth from June"


def test_a_newsletters_header_lines_give_way_to_its_headline():
    assert cleaned(NEWSLETTER).title == "Bell tower appeal: the engineer's report"


def test_a_letter_with_no_headline_keeps_its_header():
    assert cleaned(LETTER_ONLY).title == "ST ALDRIC'S PARISH, UPPER WELBY"


def test_a_code_hosts_repository_line_and_tab_bar_are_not_the_issues_title():
    assert cleaned(ISSUE).title == "Crash on import when the config file uses tabs #1234"


def test_a_named_paper_and_its_quoted_motto_are_not_its_headline():
    assert cleaned(TITLED_PAPER).title == "Council shelves plan for new car park"


def test_an_exhibitions_menu_and_breadcrumbs_are_not_its_title():
    assert cleaned(MUSEUM).title == "Salt and Ember: Two Centuries on the Pannery Shore"
