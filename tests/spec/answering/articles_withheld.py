"""Invented articles shared by the withheld and only-expected specs: a wire story, a local paper,
an interview transcript, a brief and a succession story, each with facts withheld, still to come
or denied."""

WIRE = """Harlow Mining to shut Kestrel pit, cut jobs

JOHANNESBURG, March 4 (Reuters) - South African coal producer Harlow Mining said on Tuesday it would close its Kestrel pit in Mpumalanga by the end of the year, citing falling export prices.

The company declined to say how many workers would lose their jobs. A spokeswoman, Thandi Mokoena, said talks with unions would begin next week.

Harlow's chief executive, Pieter Venter, told analysts on a call that the closure would save about 600 million rand a year. "We cannot keep digging coal that nobody will pay for," he said.

The National Union of Mineworkers said it would fight the closure. A report on the pit's safety record by the mines inspectorate is expected later this month.

The country's minister of mineral resources, Sipho Dlamini, visited the pit in January. Shares in Harlow rose 3% in Johannesburg after the announcement.
"""

LOCAL = """Council delays vote on Millbrook bypass

By Jane Carter | 12 May 2025

Millbrook councillors on Monday night put off a decision on the proposed bypass until an environmental survey, due next month, has been published.

Council leader Ray Osborne said the survey would show whether the route through Hatch Wood could go ahead. "We are not going to rush this," he told the meeting.

Residents packed the public gallery. Margaret Ellis, who chairs the Hatch Wood Friends group, said the woods were home to rare bats and should be left alone.

The cost of the bypass has not been made public, and officials would not disclose a figure when asked.

A final decision is now awaited in the autumn. The county's highways director, Colin Reed, attended the meeting but did not speak.
"""

TRANSCRIPT = """Transcript: Mayor Delgado on the water crisis

This is an edited transcript of an interview with Mayor Luis Delgado of Port Avila, recorded on 3 June 2025.

INTERVIEWER: How many households are still without clean water?

DELGADO: I'm not going to give you a number today. The engineers are still going street by street.

INTERVIEWER: What caused the contamination?

DELGADO: The results of the laboratory tests are pending. We expect them on Friday, and I will not guess before then.

INTERVIEWER: Has the state governor called you?

DELGADO: The governor's office has been in touch with my staff every day.

INTERVIEWER: Will you compensate residents?

DELGADO: Yes. Every household will get a credit of 40 dollars on its next bill.
"""

BRIEF = """Bus drivers call off Friday strike

Published: 14 March 2025

Bus drivers in Carrow have called off the strike planned for Friday after the bus company raised its pay offer to 6%, the drivers' union said on Wednesday.

Union organiser Dev Patel said members had voted by 212 to 40 to accept the offer. "It is not everything we wanted, but it is a fair deal," he said.

The company's managing director, Fiona Grant, said services would run as normal. The cost of the deal to the company was not disclosed.
"""

SUCCESSION = """Kessler Foods chief to step down

FRANKFURT, Jan 14 (Reuters) - Kessler Foods said on Monday its chief executive, Anna Roth, would step down in March after eight years in the job.

The company did not say who would replace Roth. Its chairman, Dieter Lang, thanked her for "steering us through the hardest years in our history".

Kessler also agreed to sell its frozen pizza business to a buyer it declined to name.
"""
