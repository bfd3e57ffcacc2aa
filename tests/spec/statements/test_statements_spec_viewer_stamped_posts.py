"""Words under a post stamped only relative to the viewer ("@handle 2 weeks ago") have no knowable
day: the page's own date (a video's stream line, a story's) is not theirs. A story's dated
quotation is untouched. Every article here is invented."""

from tests.spec.invented import statements_of

_VIDEO = (
    "Tarnby Harbour Board - Special Meeting on the Pier (LIVE)\n\nTarnby Civic TV\n\n"
    "1,024 views  Streamed live on Sep 9, 2024\n"
    "Special meeting of the harbour board on the pier closure.\n\n"
    "Transcript\n0:04\ngood evening everyone we have a quorum\n\n"
    "Comments\n@tarnby_mum 2 weeks ago\nThank you for finally explaining the pier.\n"
    "@TarnbyHarbour 3 weeks ago\nPier updates: call the harbour office at 555-0199. The repair plan is on our website.\n"
)


def test_a_comment_under_a_video_stamped_weeks_ago_has_no_day():
    stmts = [s for s in statements_of(_VIDEO) if "harbour office" in s.content]
    assert stmts and all(s.when_start is None for s in stmts), [(s.speaker, s.when_start) for s in stmts]


def test_a_story_s_quotation_keeps_the_story_s_day():
    text = ("Pier to stay shut\n\nPublished: 12 September 2024\n\n"
            "The Tarnby pier will stay shut until spring, harbour master Odile Franssen said. "
            "\"We cannot take risks with the deck,\" she said.\n")
    st = next(s for s in statements_of(text) if "take risks" in s.content)
    assert st.when_start is not None
