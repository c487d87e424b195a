"""Forms of attribution, written from the language rather than from any article:
each row is a short story in our own words and the speaker of each quotation.

The rows say only who speaks, not which sieve found it, so that they hold
whatever the order of the sieves.
"""

from __future__ import annotations

import pytest

from newsmodel.quotes import find_quotes

Row = tuple[tuple[str, ...], list[str | None]]

#: Verbs of saying from the communication classes (VerbNet 37, PARC), in every
#: attributing form; verbs of the manner of speaking and phrasal verbs beside their quotation.
VERBS: list[Row] = [
    (('"Please come home," Marta Oyelaran implored.',), ["Marta Oyelaran"]),
    (('"That is a disgrace," Lindqvist charged.',), ["Lindqvist"]),
    (('"Nothing has changed," Ruiz reassured investors.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz affirms.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz avers.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz hinted.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz reckoned.',), ["Ruiz"]),
    (('"Nothing has changed," Ruiz mumbled.',), ["Ruiz"]),
    (('"No comment," muttered Tom Reyes.',), ["Tom Reyes"]),
    (('"I never agreed to that," Oyelaran blurted out.',), ["Oyelaran"]),
    (('"We are not leaving," Oyelaran shot back.',), ["Oyelaran"]),
    (('"And another thing," Oyelaran went on.',), ["Oyelaran"]),
    (('"Me too," Cole chimed in.',), ["Cole"]),
    (("Ruiz snapped: \"Sit down.\"",), ["Ruiz"]),
    (('Chancellor Ana Ruiz heralded the deal as a "breakthrough for us all."',), ["Ana Ruiz"]),
    # a verb that stands before its subject in the past does in its present too; so do the
    # verbs of speaking that take no object
    (('"Nothing has changed," agrees Tom Reyes, a trader.',), ["Tom Reyes"]),
    (('"Nothing has changed," deadpanned Tom Reyes.',), ["Tom Reyes"]),
    (('"The more they doubted, the harder she tried," remembered Tom Reyes, her aide.',), ["Tom Reyes"]),
    (('"Is it over?" wondered Tom Reyes.',), ["Tom Reyes"]),
    (('Ruiz pleaded with voters: "Stay home."',), ["Ruiz"]),
    # the past of a verb of saying or of the manner of speaking stands before its subject,
    # but not one that takes its hearer first
    (('"We will win this fight," vowed Tom Reyes, the mayor.',), ["Tom Reyes"]),
    (('"Not again," gasped Tom Reyes.',), ["Tom Reyes"]),
    (('"Is he serious?" reacted Tom Reyes.',), ["Tom Reyes"]),
    (('"Stay home," exhorted the mayor\'s deputy, Tom Reyes.',), ["Tom Reyes"]),
    (('"We will win," told Northwind Radio on Monday.',), [None]),
    # "continue" and "add" before "to" and a verb or a thing report nothing; before a hearer they do
    (('Ana Ruiz said she was sure Tom Reyes will continue to be "a champion for renters."',), ["Ana Ruiz"]),
    (('"It was more than her show drew," Tom Reyes added to Northwind Radio. "I feel good."',),
     ["Tom Reyes", "Tom Reyes"]),
    # a participle of saying ties what follows it to its sentence's subject
    (('Tom Reyes worked the crowd, shouting "Be nice" at hecklers.',), ["Tom Reyes"]),
    (('Ana Ruiz cut him off, interjecting, "Only on Sundays."',), ["Ana Ruiz"]),
    (('Ana Ruiz portrayed the mayor as "a friend of every landlord in town."',), ["Ana Ruiz"]),
    (('Tom Reyes lambasted the plan as "a gift to landlords."',), ["Tom Reyes"]),
]

#: A quotation that opens its sentence and goes on with no cue and no one
#: named goes on the speech before it; a short quotation in capitals that
#: opens a sentence is speech, not a rating.
GOING_ON: list[Row] = [
    # a sign-off after the last quotation names no speaker
    (('"Keep attacking," Tom Reyes said after his last start. "I think I did a good job." --Northwind Media',),
     ["Tom Reyes"] * 2),
    # a phrase with a preposition, or a clause on a word of the quotation that ends the
    # sentence, names no new speaker after it; a title's own predicate does not go on
    (('"The talks went well," Dana Whitfield said. "Had they not, she would be far more negative" about Northwind.',),
     ["Dana Whitfield"] * 2),
    (('"It was a big night," said Dana Whitfield. "We can win in Dayton and Lakeside," which vote in June.',),
     ["Dana Whitfield"] * 2),
    (('"It was a big night," said Dana Whitfield.', '"Opening Night," which opens on Tuesday, is a comedy.'),
     ["Dana Whitfield", None]),
    (('"We will appeal," Dana Whitfield said. "The ruling is wrong" and unfair to tenants.',), ["Dana Whitfield"] * 2),
    (('Dana Whitfield said the ruling was wrong.', '"We will appeal" as soon as we can.'), ["Dana Whitfield"]),
    (('"OK," Tom Reyes said.',), ["Tom Reyes"]),
    (('"NO!" Tom Reyes shouted.',), ["Tom Reyes"]),
    (('Northwind cut its rating to "BB," citing weak sales.',), [None]),
]

#: Speakers' headings in capitals, run in or as a paragraph of their own, and the block under them.
HEADINGS: list[Row] = [
    # a title set after the name with no comma is no part of the name
    (('Markets fell.', 'TOM REYES PRESIDENT, NORTHWIND FUNDS, DAYTON:', '"Rates will stay low."'), ["TOM REYES"]),
    # lead-ins that name a topic, run in after the heading or opening a paragraph of the block;
    # the topic of a lead-in is no speaker
    (('Markets rallied. ANA RUIZ, ECONOMIST AT NORTHWIND IN LAKESIDE: On rates: "Rates will stay low." '
      '"Jobs are fine." On the Fed and other banks: "Hiring is slow." TOM REYES, TRADER AT HARBOR: '
      '"Stocks will rise."',),
     ["ANA RUIZ", "ANA RUIZ", "ANA RUIZ", "TOM REYES"]),
    (('Markets rallied.', 'ANA RUIZ, ECONOMIST AT NORTHWIND IN LAKESIDE:', 'On rates: "Rates will stay low."',
      'On jobs: "Hiring is slow."'), ["ANA RUIZ", "ANA RUIZ"]),
    (('Markets rallied. On jobs: "Hiring is slow."',), [None]),
    # a surname in a heading over its topic is the person the story named
    (('Finance minister Ana Ruiz spoke on Monday.', 'RUIZ ON NEED FOR PUBLIC FUNDS "We will not pay."',
      'RUIZ ON RATES "Rates stay low."'), ["Ana Ruiz", "Ana Ruiz"]),
    # a heading run in after a keyword slug
    (('TOM REYES, TRADER: "Stocks will rise." Keywords: MARKETS/REAX ANA RUIZ, ECONOMIST AT NORTHWIND: '
      '"Rates will stay low."',), ["TOM REYES", "ANA RUIZ"]),
    (('The panel met.', 'ANA RUIZ AT NORTHWIND CAPITAL:', '"Rates will stay low."'), ["ANA RUIZ"]),
    (('The panel met.', 'RUIZ ON RATES:', '"Rates will stay low."'), ["RUIZ"]),
    (('The panel met.', 'ANA RUIZ, ECONOMIST:', '"Rates will stay low."', 'On inflation:', '"Prices will ease."'),
     ["ANA RUIZ"] * 2),
    (('The panel met.', 'ANA RUIZ:', '"Rates will stay low."', 'The talk turned to jobs.', '"Hiring is slow."'),
     ["ANA RUIZ"] * 2),
    (('The panel met.', 'COMMENTS:', '"Rates will stay low."'), [None]),
    (('The panel met.', 'NO PLEA DEAL', '"We will go to trial," said Tom Reyes.'), ["Tom Reyes"]),
]

#: A quotation in a paragraph of its own after one that ends in a colon.
INTRODUCED: list[Row] = [
    (('Ana Ruiz said on Monday:', '"We will appeal."'), ["Ana Ruiz"]),
    (('The mayor spoke first. Ana Ruiz pushed back:', '"We will appeal."'), ["Ana Ruiz"]),
    (('"We lost," Ana Ruiz said.', '"We will appeal."'), ["Ana Ruiz"] * 2),
]

#: Speech reported inside speech: the one who reports it speaks.
NESTED: list[Row] = [
    (('Tom Reyes said Ana Ruiz had asked for "more time."',), ["Tom Reyes"]),
    (('Tom Reyes told reporters that Ana Ruiz wants "a fair deal."',), ["Tom Reyes"]),
    (('Tom Reyes said on Monday. Ana Ruiz called it "a fair deal."',), ["Ana Ruiz"]),
    (('Acme and Northwind said they made progress, with Northwind saying the talks were "candid."',),
     ["Northwind"]),
    (('Ana Ruiz, an expert on polling, said Tom Reyes had failed to "connect with voters."',), ["Ana Ruiz"]),
    (('For now, Ana Ruiz, at the Acme Institute, said Dayton has "a plan."',), ["Ana Ruiz"]),
    (('Prices rose, said Ana Ruiz, and "the mood is good."',), ["Ana Ruiz"]),
    (('Typically, farmers pay first, said Ana Ruiz, a lawyer.', '"It is the rule."'), ["Ana Ruiz"]),
    (('"It is fair," Ana Ruiz told Tom Reyes, after Reyes told her the terms. "We agree."',), ["Ana Ruiz"] * 2),
]

#: Names read past what stands between them and their verb: a phrase of time,
#: a title with "of", a place or an owner before a name set beside a description.
NAMES: list[Row] = [
    (('Tom Reyes at the time said the plan was "dead on arrival."',), ["Tom Reyes"]),
    (("Tom Reyes, interviewed on ABC's \"Good Day Ohio,\" said the odds were \"one in ten.\"",), [None, "Tom Reyes"]),
    (('Tom Reyes earlier this week called the plan "dead on arrival."',), ["Tom Reyes"]),
    (("Tom Reyes at the time said he'd asked his \"people\" to act.",), ["Tom Reyes"]),
    (('Acme has grown. It\'s become such a force that Tom Reyes during a Sunday thanked it "for the help."',),
     ["Tom Reyes"]),
    (('On the eve of a fourth term, Tom Reyes warned that "the right is in danger."',), ["Tom Reyes"]),
    (('"It was a mistake," said the former secretary of state Omar Lindqvist.',), ["Omar Lindqvist"]),
    (('Acme Administrator Ana Ruiz spoke.', '"It is done," she said.'), ["Ana Ruiz"]),
    (('"It was a mistake," said her old coach at Brandeis, Omar Lindqvist, who trained her.',), ["Omar Lindqvist"]),
    (('"It was a mistake," said a person close to the Lindqvists, who asked not to be named.',), [None]),
    (('"It was an attempt to mislead," Will Moy, chief executive of Northwind, told the BBC.',), ["Will Moy"]),
    (('"We won," said Reyes campaign manager Ana Ruiz.',), ["Ana Ruiz"]),
    (('"We won," said former Reyes adviser Ana Ruiz.',), ["Ana Ruiz"]),
    (('"We won," said pollster Ana Ruiz of Tom Reyes, who had run twice.',), ["Ana Ruiz"]),
    (('POLLS CLOSE EARLY - Ana Ruiz: "Turnout was low."',), ["Ana Ruiz"]),
    (('Tom Reyes wrote a note. Likewise, a memo had this to say: "Cut costs."',), [None]),
]

#: An attribution after a question or an exclamation, and a trailing source
#: whose reading began after its owner and role.
AFTER_QUESTIONS: list[Row] = [
    (('"Can we win?" Ana Ruiz asked on Monday as the polls closed.',), ["Ana Ruiz"]),
    (('"We did it!" Ana Ruiz said with a grin.',), ["Ana Ruiz"]),
    (('"Who knows?" Ruiz had earlier said the count would be slow.',), [None]),
    (('"We did it!" Larks pitcher Ana Ruiz said.',), ["Ana Ruiz"]),
    (('"Breathe." That prompted Ana Ruiz to laugh.',), [None]),
]

#: A description or a document standing for a named party.
PARTIES: list[Row] = [
    # a central bank is a public body: it stands for no company the story names
    (('Northwind Co posted higher profit on Tuesday.', '"Inflation is easing," the central bank said.'), [None]),
    (("Northwind Ratings Inc cut Acme's rating.", '"The outlook is negative," the rating agency said.'),
     ["Northwind Ratings Inc"]),
    (('Boeing delivered 40 jets in May.', '"Demand remains strong," the planemaker said.'), ["Boeing"]),
    (('Acme updated its website on Monday.', '"We serve families," its website says.'), ["Acme"]),
    (('Northwind published its annual report on Monday.', '"Growth slowed," the report stated.'), ["Northwind"]),
    (("Northwind's annual report came out on Monday.", '"Growth slowed," the report said.'), ["Northwind"]),
    (('"We will give," Ana Ruiz wrote in a memo.', 'More will go to "civil rights groups," according to the memo.'),
     ["Ana Ruiz"] * 2),
    (('More will go to "civil rights groups," according to a copy of a memo.',), [None]),
    (('"We did it together," Ana Ruiz and Tom Reyes said.',), ["Ana Ruiz and Tom Reyes"]),
    (('"We did it together," said Ana Ruiz and Tom Reyes, partners at Acme.',), ["Ana Ruiz and Tom Reyes"]),
    (('"The plan is sound," said the socialist Podemos party.',), ["Podemos"]),
    (('"The plan is sound," said the accounting firm of Reyes & Co.',), ["Reyes & Co"]),
    (('Ana Ruiz delivered a sharp retort: "Nobody is leaving."',), ["Ana Ruiz"]),
]

#: Wire forms: a role after a name with no comma before the verb, a document's
#: author after "by", an owner set off after a document, a spokesman of the
#: company the story spoke of, "declined to comment", a verb after "but".
WIRE: list[Row] = [
    # a dash after a quotation that closes a phrase set off by a dash before it ends the phrase,
    # not the quotation's attribution
    (('Despite the gains - and though Ana Ruiz said she looked forward "to building on it" - analysts said it '
      'was hard.',), ["Ana Ruiz"]),
    # an article and an adjective before a trailing name describe the speaker; an appositive on
    # the quotation ("a figure the company said") does not
    (('"France will always be France," an angry Tom Reyes said.',), ["Tom Reyes"]),
    (('"We will win," a smiling Ana Ruiz told reporters.',), ["Ana Ruiz"]),
    # a question's attribution may end on its verb's object after an appositive
    (('"Why would you do that?" Representative Tom Reyes, a Lakeside Democrat, asked the officials.',),
     ["Tom Reyes"]),
    # an adverb of manner after the verb says no more than who spoke
    (('"How are you today?" Ana Ruiz, a retired nurse, said pleasantly into the phone.',), ["Ana Ruiz"]),
    # an attribution that ends in a colon after a quotation's full stop leads the next quotation
    (('"We are refugees," Ana Ruiz said. "We are not criminals." Tom Reyes said: "The attack was the work of '
      'criminals."',), ["Ana Ruiz", "Ana Ruiz", "Tom Reyes"]),
    (('"It was in their interest," Ana Ruiz, Acme\'s chief executive said. "We stay."',), ["Ana Ruiz"] * 2),
    (("``He kept the money,'' according to an affidavit by detective Ana Ruiz.",), ["Ana Ruiz"]),
    (('But the report, from Northwind Research, said sales fell.', '"Demand is weak," the report said.'),
     ["Northwind Research"]),
    (('Peugeot is in talks with Dongfeng.', '"We are studying projects," a company spokesman said. "No more."'),
     ["Peugeot"] * 2),
    (('"We won," Ana Ruiz said. "It was close." The ministry declined to comment.',), ["Ana Ruiz"] * 2),
    (('Northwind declined to comment but said it was "following the rules."',), ["Northwind"]),
    (('"We are ready," E.J. says.',), ["E.J"]),
    (('"It is over," Ana Ruiz said. But "we will be back" next year.',), ["Ana Ruiz"] * 2),
    (('Shares bought back will be cancelled.', '"Growth slowed," a company statement said.'), [None]),
    (('Gazprom said it could give no more: "We are no charity," a spokesman said.',), ["Gazprom"]),
    (('Ana Ruiz and Tom Reyes said they regretted it. They added that they felt "extreme regret."',),
     ["Ana Ruiz and Tom Reyes"]),
]

#: A pronoun far from any name goes to the person who spoke last, where no
#: other person is named since and the gender does not disagree.
LAST_SPEAKER: list[Row] = [
    (('"We are ready," said Tom Reyes.', 'Acme bought a team.', 'The team plays in May.', 'It sold out.',
      '"It will be busy," he said.'), ["Tom Reyes", "Tom Reyes"]),
    (('"We are ready," said Tom Reyes.', 'Acme bought a team.', 'Ana Ruiz runs it.', 'It sold out.',
      '"It will be busy," he said.'), ["Tom Reyes", None]),
    (('"We are ready," said Mr. Tom Reyes.', 'Acme bought a team.', 'The team plays in May.', 'It sold out.',
      '"It will be busy," she said.'), ["Tom Reyes", None]),
]

#: What is no attribution: a verb of manner away from its quotation, a verb of
#: saying in the passive, a particle verb without its particle.
NOT_ATTRIBUTION: list[Row] = [
    (('"It is over," the trader said. Prices snapped back on Monday and Ruiz smiled.',), [None]),
    (('Ruiz groaned and Northwind called the bid "far too low."',), ["Northwind"]),
    (('"We did nothing wrong." Ruiz was charged with fraud on Monday.',), [None]),
    (('"The deal is off," Cole said. "We will sue." Ruiz was told to leave.',), ["Cole", "Cole"]),
    (('Cole said that once the Senate goes on recess, "I intend to campaign."',), ["Cole"]),
]


#: Names of shapes that look like other words: a surname that is a month after
#: a first name, a name behind an article particle joined by a hyphen; a
#: description whose noun heads an organisation's name stands for it.
NAME_SHAPES: list[Row] = [
    # a two-word name that ends in a country, with no first name before it, lends the country no
    # surname: "China" stays China after "Greater China"
    (('Trade in Greater China slowed in May.', 'China said the talks do "no harm at this stage."'), ["China"]),
    # an office's qualifier alone inside a body's name is no title, and a day after "on" is no
    # part of a name; a name in brackets and a day stand between a subject and its verb
    (('The Lakeside State Department of Financial Services (DFS) on Monday said the bank "schemed" with '
      'rivals.',), ["Lakeside State Department of Financial Services"]),
    (('The Foreign Ministry said the visit was "a success."',), ["Foreign Ministry"]),
    (('Former mayor Ana Ruiz said the visit was "a success."',), ["Ana Ruiz"]),
    # a name that ends in a possessive and owns nothing is a name, as printed; a possessive
    # before a noun or a participle that modifies one owns it
    (('"The outlook is negative," Northwind\'s said.',), ["Northwind's"]),
    (('Northwind\'s said it cut the rating for lack of "systemic support."',), ["Northwind's"]),
    (('Northwind\'s -- which had warned of a cut -- said it would be "increasingly hard" to keep the rating.',),
     ["Northwind's"]),
    (('Ana Ruiz interjected, calling Tom Reyes\'s proposed credit "a welfare payment."',), ["Ana Ruiz"]),
    # "VP" is a title, as "CEO" is, not a name
    (('"We will grow," said Northwind VP Ana Ruiz.',), ["Ana Ruiz"]),
    # an honorific's word alone, with no article before it, is a surname
    (('Lakeside Bank Governor Tom King warned on Tuesday.', '"The outlook is grim," King said.',
      'King said the bank was "ready to act."', '"It is risky," the King told reporters.'),
     ["Tom King", "Tom King", None]),
    # initials in capitals after a title are a person's, not an acronym's
    (('Union Chairman T.J. Reyes said he was "outraged," arguing that "the cuts are unfair."',),
     ["T.J. Reyes", "T.J. Reyes"]),
    (('"Rates will stay low," said Noor May at Northwind Capital.',), ["Noor May"]),
    (('"Rates will stay low," Noor May said. Since May, "nothing has moved," traders said.',), ["Noor May", None]),
    (('"Rates will stay low," columnist Li Jun wrote.',), ["Li Jun"]),
    (('"We will mediate between them," said Karim al-Tamimi.',), ["Karim al-Tamimi"]),
    (('"We stand by our neighbour," al-Tamimi said.',), ["al-Tamimi"]),
    (('The Harbour Safety Authority grounded the ferries.', '"We will review the risk," the authority said.'),
     ["Harbour Safety Authority"]),
    (('The Senate Rules Committee met on Monday.', '"The rules stand," the committee said.'),
     ["Senate Rules Committee"]),
    (('Northwind Corp cut jobs.', '"We regret it," the Dayton, Ohio-based company said.'), ["Northwind Corp"]),
    (('Northwind Co will dig a tunnel to Lakeside International Airport.',
      'Lakeside International Airport is busy, and Lakeside International Airport is old.',
      '"We are excited," the company said.'), ["Northwind Co"]),
    (('"Rates will stay low," said the head of research at Northwind, Ana Ruiz.',), ["Ana Ruiz"]),
    (('"Rates will stay low," said Northwind\'s head of research, Ana Ruiz.',), ["Ana Ruiz"]),
    (('Ana Ruiz spoke on Monday. The plan was "a gift to landlords," as she put it.',), ["Ana Ruiz"]),
    (('Ana Ruiz put it on the table. "It is late," Tom Reyes said.',), ["Tom Reyes"]),
    (('“It is late,’’ analyst Ana Ruiz at Northwind said by email.',), ["Ana Ruiz"]),
    (('The council is led by Tom Still.', '"We can still improve," Still said.'), ["Tom Still"]),
    (('"It will work," Will said.',), [None]),
    (('Still, "it will work," Ana Ruiz said.',), ["Ana Ruiz"]),
]

#: No sentence's subject stands inside the phrase with a preposition that opens
#: it, however many commas of places and times that phrase holds.
OPENING_PHRASES: list[Row] = [
    # "here" or "there" before a phrase of place opens no subject
    (('Here in Dayton, Ana Ruiz stepped up her attacks, saying, "We have to win this."',), ["Ana Ruiz"]),
    # the object of an opening phrase is set before no description of it
    (('In its report to Parliament, the office said staff were rushed. "The staff felt pressure," the report '
      'stated.',), [None]),
    # a name after "like" or "of" at a sentence's start is no subject
    (('Like Reyes, Ana Ruiz rejected the plan, arguing that there is "room for a deal."',), ["Ana Ruiz"]),
    (('Of Reyes, Ana Ruiz, who backs Tom Cole, said, "He is a fine man."',), ["Ana Ruiz"]),
    # a name after "for" opens no sentence: the phrase is no one's speech
    (('"Wages are the worry," Tom Reyes said. For Northlanders, on the other hand, "jobs come first."',),
     ["Tom Reyes", None]),
    (('In a Northwind interview on Monday, Ana Ruiz went further: "We will sue."',), ["Ana Ruiz"]),
    (('At a rally in Dayton, Ohio, on Saturday, Ana Ruiz told supporters: "We will win."',), ["Ana Ruiz"]),
    (('On Northwind Radio\'s "Morning Show," Ana Ruiz said that tenants were "paying too much."',),
     [None, "Ana Ruiz"]),
    (('Former mayor Ana Ruiz, who backs Tom Reyes, spoke on the radio, calling the plan "a gift."',), ["Ana Ruiz"]),
    (('At a rally in Portsmouth, N.H., on Tuesday, Senator Ana Ruiz endorsed Tom Reyes, saying that he would '
      '"make an outstanding president."',), ["Ana Ruiz"]),
    (('At a rally in Manchester, New Hampshire, on Tuesday, Ana Ruiz endorsed Tom Reyes, saying that he would '
      '"make an outstanding president."',), ["Ana Ruiz"]),
]

#: The speech a quotation standing alone goes on is that of the main clause,
#: not of a clause of time after it, whoever that clause names.
MAIN_CLAUSE: list[Row] = [
    (('"It is final," Ana Ruiz told reporters, after de Souza stated his doubts. "The deal is binding."',),
     ["Ana Ruiz"] * 2),
]


#: A document speaks for whoever made it: the party that said something in it, even
#: where the phrase opens the sentence, or that filed it in court, whichever word
#: for a court paper the story uses next; a paper nobody is said to have filed is nobody's.
DOCUMENTS: list[Row] = [
    # a manual speaks for the one whose possessive owns it, not for the product it is for; a name
    # right before the head names the thing itself
    (("Northwind Corp's Model S owner's manual warns that some functions \"cannot detect all objects.\"",),
     ["Northwind Corp"]),
    (("\"The talks were useful,\" Lakeland's official Harbor news agency reported.",), ["Harbor"]),
    # a heading in capitals is no sentence: its word is no party "its website" belongs to
    (("'SMARTER' PHONES", 'Ana Ruiz also founded a venture called Northwind, which is building "phones that listen," '
      'its website says.'), [None]),
    # any document a verb of filing follows is a legal paper: it speaks for whoever filed it
    (('According to a court document filed on Thursday by Northwind Capital, the board erred.',
      '"There can be no confidence in them," said the filing. "They failed," said the court document.'),
     ["Northwind Capital", "Northwind Capital"]),
    (('In a statement on Friday, Northwind Co said the ruling was flawed.', '"We will appeal," the statement said.'),
     ["Northwind Co"]),
    (('Harbor Estates was sued on Monday, according to a lawsuit filed by the Lakeside Tenants Association.',
      '"The rents are unlawful," the complaint reads.'), ["Lakeside Tenants Association"]),
    (('The Lakeside Tenants Association filed a lawsuit against Harbor Estates on Monday.',
      '"The rents are unlawful," the lawsuit said.'), ["Lakeside Tenants Association"]),
    (('Harbor Estates was sued on Monday.', '"The rents are unlawful," the lawsuit said.'), [None]),
    (('Northwind Co demoted its marketing chief in May.',
      'An internal memo to all staff seen by Reuters at the time said the demotion triggered "a serious crisis."'),
     ["Northwind Co"]),
    (('Ana Ruiz sued Northwind Co on Monday.', 'The suit claims the firm "knowingly misled its buyers."'),
     ["Ana Ruiz"]),
    (('Northwind Co sold 2 million phones.', 'Its website says the phone is "the best phone ever made."'),
     ["Northwind Co"]),
]

#: What "the company" or "the authority" may stand for: an organisation whose name
#: has that noun for its head, never a place, whatever its words; a company's name
#: ends at its legal form, and one with an ampersand is an organisation's.
PARTY_NAMES: list[Row] = [
    (('Northwind Co sells boats in the United States.',
      'The United States is its biggest market, and the United States buys more each year.',
      '"Sales rose," the company said.'), ["Northwind Co"]),
    (('Owners of the Northwind Inc Model T complained on Monday.', '"We are listening," the company said.'),
     ["Northwind Inc"]),
    (('Lakeside shoppers love Barnes & Hale, and Barnes & Hale loves them back.',
      '"We are proud of our stores," the company said.'), ["Barnes & Hale"]),
    (('The Lakeside Investor Association met on Monday.',
      '"I am going to sue," said the investor, who asked not to be named.'), [None]),
    (('The Bank of Lakeside raised rates.', '"Inflation is too high," the bank said.'), ["Bank of Lakeside"]),
    (('Northwind Plc lost the case.', 'The British company called the ruling "absurd."'), ["Northwind Plc"]),
]

#: A verb after "and" or "to" shares the subject of its clause: the sentence's, or
#: that of a clause opened by a word such as "before" or "when".
SHARED_SUBJECTS: list[Row] = [
    (('The report came out long before Northwind officials started to describe the fire as "a minor incident."',),
     ["Northwind"]),
    (('Tom Reyes met voters when Ana Ruiz stood up and called the plan "a gift to landlords."',), ["Ana Ruiz"]),
    (('In the week before the vote, Ana Ruiz toured the district and said the plan was "a gift to landlords."',),
     ["Ana Ruiz"]),
]

#: A title quoted inside someone's speech is nobody's, and does not end the speech:
#: the quotation standing alone after it goes on with the speaker.
TITLES_INSIDE_SPEECH: list[Row] = [
    (('Ana Ruiz spoke on Monday.', 'Ruiz stated:',
      '"The council is not about “Homes First” anymore. It is about landlords.',
      '"We will fight this plan in every court of the land."'), ["Ana Ruiz", None, "Ana Ruiz"]),
]

#: A noun of speech gives its possessor's voice, after a colon or in "in X's words";
#: a participle of saying with no subject goes on with the speech before it.
POSSESSED_AND_ADDED: list[Row] = [
    (("Reyes's verdict: \"It never had a chance.\"",), ["Reyes"]),
    (("In Reyes's words, the plan \"never had a chance.\"",), ["Reyes"]),
    (("It was \"a total failure\" from top to bottom, in Tom Reyes's view.",), ["Tom Reyes"]),
    (('Tom Reyes spoke on Monday.', 'His claim of "a rigged vote" angered Ana Ruiz.'), ["Tom Reyes"]),
    (('Ana Ruiz spoke on Monday.', 'Her call for "a new deal" angered Tom Reyes.'), ["Ana Ruiz"]),
    # but "his "sexist" arguments" may be the word of those who decry them
    (('Tom Reyes wrote a memo.', 'Critics decried his "sexist" arguments.'), [None]),
    (('Tom Reyes said the report "was not good." Adding, "It is always how they handle it."',),
     ["Tom Reyes", "Tom Reyes"]),
]

#: Two parties named together speak together: as a subject, and as "the companies"
#: or "the men" after they were named.
TOGETHER: list[Row] = [
    (('Ana Ruiz and Tom Reyes both called the plan "a disaster for renters."',), ["Ana Ruiz and Tom Reyes"]),
    (('Northwind Co and Harbor Ltd agreed to merge on Monday.',
      '"Together we are stronger," the companies said in a joint statement.'), ["Northwind Co and Harbor Ltd"]),
    (('Tom Reyes and Ali Demir resigned in 2019.', '"We were forced out," the men said in a lawsuit.'),
     ["Tom Reyes and Ali Demir"]),
    (('Some companies backed the plan.', '"It is overdue," the companies said.'), [None]),
    (('Ana Ruiz and Tom Reyes lead the firm.', 'In a memo, Ruiz and Reyes said two managers had left.',
      '"We have failed as a company," they said.'), ["Ana Ruiz and Tom Reyes"]),
    (('The firm is led by Ana Ruiz.', 'In a memo, Tom Reyes and Ruiz said two managers had left.',
      '"We have failed as a company," they said.'), ["Tom Reyes and Ana Ruiz"]),
    (('POLLS WERE NOT WRONG, JUST TOO EARLY - Ana Ruiz and Tom Reyes: “The polls ended too early in the race.”',),
     ["Ana Ruiz and Tom Reyes"]),
]

#: The place a person is "of" or "from" tells where the person is from; it never speaks.
PEOPLES_PLACES: list[Row] = [
    (('Stacy Baker of Columbia, South Carolina says she thinks Cruz can win "if he keeps going."',), ["Stacy Baker"]),
    (('Ana Ruiz from Lakeside, Ohio, said the plan was "a gift to landlords."',), ["Ana Ruiz"]),
    (('His standing improved after the shootings in Lakeside, Calif., and his call for "a total and complete ban" '
      'on all travel.',), [None]),
    # a law is cited, never speaks; "the Texas Republican" is no one's name, but stands for the
    # person in focus, as "he" would
    (('Tom Reyes invoked the Fifth Amendment and said nothing.',
      'The Fifth Amendment protects "any person" from being compelled to testify.'), [None]),
    (('Sen. Tom Reyes of Texas spoke on Monday.', '"We will win this fight," the Texas Republican said.'),
     ["Tom Reyes"]),
    (('Tom Reyes said more hearings may come.', '"Nobody is off limits," said the Ohio Democrat.'),
     ["Tom Reyes"]),
    # a place before an abbreviated title is not its holder's name; a surname that is a title word is
    (('"That is what he did," said former Lakeside Gov. and party chairman Tom Reyes.',), ["Tom Reyes"]),
    (('The plane reported "severe vibrations," said airline chairman Tom Bishop.',), ["Tom Bishop"]),
]

#: A name that opens a sentence is its subject; the person after its verb is its object.
OBJECTS: list[Row] = [
    (('Northwind Co hired Ana Ruiz in May, calling her "the best banker in town."',), ["Northwind Co"]),
    (('Northwind Co sued Ana Ruiz on Monday, calling her conduct "a clear breach of trust."',), ["Northwind Co"]),
]


#: Who describes speaks, also as the agent of a passive ("as described by").
DESCRIBED_BY: list[Row] = [
    (('She was "extremely careless" with secrets, as described by FBI Director Ana Ruiz.',), ["Ana Ruiz"]),
    (('The memo, obtained by the Lakeside Times, said the plan was "a gift to landlords."',), [None]),
]

#: A quoted word may stand between a subject and its verb.
QUOTED_ADVERBS: list[Row] = [
    (('The pay issue was a source of friction, though Ana Ruiz "categorically" denied it.',), ["Ana Ruiz"]),
]

#: A phrase of time or with a preposition may stand between a subject and its verb;
#: the name of an object before such a phrase is nobody's subject.
BETWEEN_SUBJECT_AND_VERB: list[Row] = [
    (('Ana Ruiz last month declared the plan "dead on arrival in the Senate."',), ["Ana Ruiz"]),
    (('Ana Ruiz in a speech called the plan "a disaster for renters."',), ["Ana Ruiz"]),
    (('Northwind Co on April 1 had said it was "unhappy" with the report.',), ["Northwind Co"]),
    # a phrase set off by dashes stands between a subject and its verb; a name that opens it
    # names the description before it
    (('"It was a disaster," Ana Ruiz -- who joined Northwind last year -- said on Monday.',), ["Ana Ruiz"]),
    (('"It was a disaster," Ana Ruiz — a former senator — said on Monday.',), ["Ana Ruiz"]),
    (('A former candidate -- Tom Reyes, who lost in 2008 -- said the plan "changes nothing."',), ["Tom Reyes"]),
    # short adverbs and an emphatic reflexive stand between a subject and its verb; a
    # reflexive after a verb is its object
    (('"It was booked anyway," Ana Ruiz could only say.',), ["Ana Ruiz"]),
    (('"It was booked anyway," Ana Ruiz has since said.',), ["Ana Ruiz"]),
    (('Ana Ruiz herself said that "the only way to win is to ask."',), ["Ana Ruiz"]),
    (('"No place here," wrote a man calling himself Tom Reyes.',), ["Tom Reyes"]),
    # a possessive opens a description as "the" does
    (('"The talks were useful," Lakeside\'s official Harbor news agency reported.',), ["Harbor"]),
    # a passive with an adverb before its participle names no speaker
    (('Ana Ruiz said the firm would "fight on." The move was first reported by Northwind Radio.',), ["Ana Ruiz"]),
    # a clause on a noun set beside the quotation says nothing of it
    (('Tom Reyes said 80% tariffs "seemed right", a figure Northwind Co later said he "made up".',),
     ["Tom Reyes", "Northwind Co"]),
    # the words a medium relays are those of the one it quotes, not of a document it quotes
    (('"The flaws were fixed long ago," the paper said, quoting Deputy Director Tom Reyes.',), ["Tom Reyes"]),
    (('"Managers look the other way" rather than fix the faults, the paper said, quoting Associate Special '
      'Counsel Tom Reyes.',), ["Tom Reyes"]),
    (('Tom Reyes tweeted "Not fit!", quoting Ana Ruiz\'s statement.',), ["Tom Reyes"]),
    # an organisation set before what kind of body it is, with no comma after it
    (('Northwind Co, a lobbying group for phone makers said it had "renewed confidence" in the plan.',),
     ["Northwind Co"]),
    # "According to" after a quotation's full stop opens the next sentence, with its own source
    (('"You might get in," said Tom Reyes. "Otherwise, we will not." According to scores reported on its site, '
      'few do.',), ["Tom Reyes", "Tom Reyes"]),
    # a verb of saying is no description's noun ("the company said" in "a statement the company said ...")
    (('Northwind Co makes jets.', '"We regret it," the company said in a statement emailed to reporters.',
      '"Our jets are safe."'), ["Northwind Co", "Northwind Co"]),
    # one person holds a role at two organisations: the person speaks
    (('"We are ready," tweeted Northwind Co and Harbor CEO Tom Reyes.',), ["Tom Reyes"]),
    # a clause of time before the subject is no part of it: "When A asked B ..., B laughed and said"
    (('When Ana Ruiz asked Tom Reyes about the plan, Reyes laughed and said, "That is not how it works."',),
     ["Tom Reyes"]),
    (('Because Ana Ruiz left early, Tom Reyes stood up and said: "We will vote now."',), ["Tom Reyes"]),
    (('It got worse when Ana Ruiz in her first speech called the landlords "thieves and crooks."',), ["Ana Ruiz"]),
    (('"We will win," Tom Reyes told Northwind Radio in an interview when asked about the race.',
      '"The polls are wrong."'), ["Tom Reyes", "Tom Reyes"]),
]

#: A common word capitalised only because it opens the sentence names nobody, nor owns
#: what follows it; a noun of speech before its own verb is no verb.
CAPITALISED_BY_POSITION: list[Row] = [
    (('Some residents backed the plan.', 'Another called it "a waste of good money."'), [None]),
    (('Residents spoke for hours.', 'Residents said the plan was "a waste of good money."'), [None]),
    (('Local officials said the plan was "a waste of good money."',), [None]),
    (('Opponents have branded the levy "a tax on jobs and growth."',), [None]),
    (('Shareholders said the deal was "unfair to all of us."',), [None]),
    (('Court filings show the bank called the loans "a safe bet for everyone."',), [None]),
    # a maker named by its product is the company the story names, not the product
    (('Northwind Co sold 2 million phones.', 'The Jetstar maker said demand was "stronger than ever."'),
     ["Northwind Co"]),
    (('Northwind Co said Ann Lee would leave in April.', 'The iJet maker said Lee wants "a new challenge."'),
     ["Northwind Co"]),
    (('Tom Reyes runs the bank.', '"It is a safe bet," news reports quoted Reyes as saying.'), ["Tom Reyes"]),
    (('Tom Reyes runs the bank.', 'Reyes called the loans "a safe bet for everyone."'), ["Tom Reyes"]),
    (('"We will build it," Campaign chair Ana Ruiz said.',), ["Ana Ruiz"]),
]
#: A verb of saying in a condition reports no speech; the attribution of its sentence does.
CONDITIONS: list[Row] = [
    (('Lakeside would sign if Acme and Beta confirmed "a full merger of equals," its mayor Ana Ruiz said.',),
     ["Ana Ruiz"]),
    (('Talks will end unless the Northwind board calls the offer "fair and final," Tom Reyes said.',), ["Tom Reyes"]),
    (('The team is calm even if coach Tom Reyes called them "the best I ever saw."',), ["Tom Reyes"]),
]
#: A description by a title stands for the person given that title, abbreviated or not,
#: and of the place the description names where it names one.
TITLED: list[Row] = [
    (('Sen. Tom Reyes spoke on Monday.', '"We will win this fight," the senator said.'), ["Tom Reyes"]),
    (('Gov. Ana Ruiz signed the bill.', '"It is a good day," the governor said.'), ["Ana Ruiz"]),
    (('Sen. Ana Ruiz and Sen. Tom Reyes (R-Texas) spoke.', '"We will win," the Texas senator said.'), ["Tom Reyes"]),
    (('Sen. Tom Reyes of Texas and Sen. Ana Ruiz spoke.', '"We will win," the Texas senator said.'), ["Tom Reyes"]),
    (('Lakeside Gov. Ana Ruiz and Sen. Tom Reyes spoke.', '"We will win," the Lakeside governor said.'), ["Ana Ruiz"]),
    (('Sen. Tom Reyes spoke on Monday.', '"We will win," the Ohio senator said.'), [None]),
]
#: A person named after "according to" is a source, not a place, and may be the
#: antecedent of the pronoun after it.
ACCORDING_TO: list[Row] = [
    (('Tom Reyes said the market "is far too hot."', 'Bond funds lost money in May, according to Ana Ruiz, a '
      'strategist at Northwind Co.', '"It was a bad month for everyone," she said.'), ["Tom Reyes", "Ana Ruiz"]),
    (('Tom Reyes said the market "is far too hot."', 'Bond funds lost money in May, according to Ben Ruiz, a '
      'strategist at Northwind Co.', '"It was a bad month for everyone," he said.'), ["Tom Reyes", "Ben Ruiz"]),
]
#: A spokesperson of no named body speaks for the body of the sentence, else for the
#: organisation that is the subject of the sentence before, else for the story's main one.
SPOKESPEOPLE: list[Row] = [
    # a person's aide speaks for no body the story names
    (('Northwind Co makes jets. Northwind Co said sales rose.',
      '"He has gone the other way," said a former top aide to President Tom Reyes.'), [None]),
    (('Northwind Co makes jets. Northwind Co said sales rose. Northwind Co hired staff.',
      'Harbor Ltd said it was in talks with Northwind Co about a deal. "We have no choice," a spokeswoman said.'),
     ["Harbor Ltd"]),
    (('Northwind Co makes jets. Northwind Co said sales rose.', 'Jobs will go by June.',
      '"We have no choice," a spokeswoman said.'), ["Northwind Co"]),
]
#: A relative clause on a name speaks with that name's voice, and only of what it holds.
RELATIVE_CLAUSES: list[Row] = [
    (('The plan was backed by Ana Ruiz -- who insists in every interview that she is still "a loyal member."',),
     ["Ana Ruiz"]),
    (('It was a blow for Ana Ruiz, who had called the plan "the best hope for the city."',), ["Ana Ruiz"]),
    (('The deal was signed by Northwind Co, which said it was "a great day for all."',), ["Northwind Co"]),
    (('Critics say the plan will "outsource" jobs, unlike Tom Reyes, who has said the city "needs them."',),
     [None, "Tom Reyes"]),
    (('Tom Reyes, who opened his letter with "Dear Ana," said he got a reply.',), ["Tom Reyes"]),
    (('Bosses will hear a speech from Chancellor Ana Ruiz -- who insists she is still "fuming" about it.',),
     ["Ana Ruiz"]),
    (('Rep. Tom Reyes, who sent a letter to Mr. Cole urging a vote, said: "It is time to act."',), ["Tom Reyes"]),
]
#: One the story leaves unnamed goes on speaking as "he" or "she"; "one of the sources" is unnamed too.
ANONYMOUS: list[Row] = [
    (('Tom Reyes said the plan would work.',
      'But one senior engineer told Northwind Radio the plan was doomed. "It will fail within a year," he said.'),
     [None]),
    (('Tom Reyes said the plan would work.', 'An official, who asked not to be named, said the plan was doomed.',
      '"It will fail within a year," he said.'), [None]),
    (('"It will fail within a year," said one of the sources. "It is dead," she added.',), [None, None]),
    (('A paper quoted one of Tom Reyes\'s aides as saying he was tired.', 'He shrugged. "I am fine," he said.'),
     ["Tom Reyes"]),
    (('Costs rose, Tom Reyes, a member of parliament and a former board member said. "We were not ready," he said.',),
     ["Tom Reyes"]),
]
#: "The trader" after a person set beside "a trader" is that person; after an unnamed one, no one;
#: "the lawyers" after "Lee's lawyers at law firm Acme said" is the firm.
APPOSED_ROLES: list[Row] = [
    (("Ana Ruiz's lawyers at Dayton law firm Whitfield said in a statement that others would come forward.",
      '"We can expose what is happening," the lawyers said.'), ["Whitfield"]),
    (('Tom Reyes, a trader at Northwind Bank, said prices fell.', '"It was a rout," the trader said.'), ["Tom Reyes"]),
    (('A trader at a bank said prices fell.', '"It was a rout," the trader said.'), [None]),
]
#: One person described by what they are stands for the person in focus; a title after
#: "headlined" is nobody's.
DESCRIBED_PEOPLE: list[Row] = [
    (('Tom Reyes runs Northwind, a trading house.', 'Last year, the tycoon wrote an open letter headlined '
      '"Northwind, the state and me", saying talk of his ties to the state was "overblown".',
      '"It is a lie," the billionaire said.'), [None, "Tom Reyes", "Tom Reyes"]),
    (('Tom Reyes held a rally in Dayton.', '"We will win," the front-runner said.'), ["Tom Reyes"]),
]
#: "It said" after a chain of sentences opened by "it" reaches back past them to the company.
IT_CHAINS: list[Row] = [
    (('Profit at Northwind rose. One area Northwind has tried to improve is costs.',
      'It has also promised to be more open.', 'In light of that, it disclosed a review of its policies.',
      'It said the review had found "no evidence of wrongdoing."'), ["Northwind"]),
]
#: "The company" after a sentence in which a company spoke is that company, before the one
#: the story names most.
THE_COMPANY: list[Row] = [
    (('Northwind Co makes jets. Northwind Co said sales rose. Northwind Co hired staff.',
      'Jetwing said the plane landed safely. "We thank our crew," the company said in a statement.'), ["Jetwing"]),
    (('Northwind Co makes jets. Northwind Co said sales rose. Northwind Co hired staff.',
      'The runway was closed. "We thank our crew," the company said.'), ["Northwind Co"]),
]

#: A generational suffix ends a person's name: the name's stop ends no sentence, and an
#: honorific's word before it ("King") is the surname, not a title.
SUFFIXED_NAMES: list[Row] = [
    (('"We will appeal," Tomas Whitfield Jr., the head of the tenants\' union, said on Monday.',),
     ["Tomas Whitfield Jr"]),
    (('"We will appeal," said Dana Morgan King Jr. on Monday.',), ["Dana Morgan King Jr"]),
    (('"We will appeal," said King Tomas on Monday.',), ["Tomas"]),
]
#: Two offices joined by "and" before a name make one person's title, after the verb
#: as before it; a place and an abbreviated office alone name no one.
JOINED_OFFICES: list[Row] = [
    (('"Sales will rise," said Northwind chairman and chief executive Dana Whitfield.',), ["Dana Whitfield"]),
    (('"Sales will rise," said Northwind Chairman and Chief Executive Dana Whitfield.',), ["Dana Whitfield"]),
    (('"Turnout decides it," said former Lakeside Gov. and Unity Party Chairman Tom Reyes. "Nothing else."',),
     ["Tom Reyes"] * 2),
    (('"Turnout decides it," said Lakeside Gov. and former senator Tom Reyes.',), ["Tom Reyes"]),
]
#: A relative clause on a name left open with no comma before the verb still speaks with
#: the name's voice; not where the relative pronoun is the object of its own clause's subject.
OPEN_RELATIVES: list[Row] = [
    (('"The ad raises questions," Ana Ruiz, who is chair of Our Future Fund said in a statement.',), ["Ana Ruiz"]),
    (('Much of her anger was aimed at Tom Reyes, who Ana Ruiz on Monday called "a menace."',), ["Ana Ruiz"]),
]
#: A clause of condition or time set before a quotation, naming no one and reporting
#: nothing, leaves the quotation standing alone.
FRONTED_CLAUSES: list[Row] = [
    (('"It is a big day," said Dana Whitfield, the union\'s head. Unless the owners walk away, "we have a deal."',),
     ["Dana Whitfield"] * 2),
    (('"It is a big day," said Dana Whitfield. If the vote fails, "we will strike again."',), ["Dana Whitfield"] * 2),
]

ROWS = [
    *VERBS, *GOING_ON, *HEADINGS, *INTRODUCED, *NESTED, *NAMES, *AFTER_QUESTIONS, *PARTIES, *WIRE, *LAST_SPEAKER,
    *NOT_ATTRIBUTION, *NAME_SHAPES, *OPENING_PHRASES, *MAIN_CLAUSE, *DOCUMENTS, *PARTY_NAMES, *OBJECTS,
    *BETWEEN_SUBJECT_AND_VERB, *TOGETHER, *SHARED_SUBJECTS,
    *TITLES_INSIDE_SPEECH, *POSSESSED_AND_ADDED, *PEOPLES_PLACES, *QUOTED_ADVERBS, *DESCRIBED_BY,
    *CAPITALISED_BY_POSITION, *CONDITIONS, *TITLED, *ACCORDING_TO, *SPOKESPEOPLE, *RELATIVE_CLAUSES, *ANONYMOUS,
    *THE_COMPANY, *SUFFIXED_NAMES, *FRONTED_CLAUSES, *JOINED_OFFICES, *OPEN_RELATIVES, *APPOSED_ROLES,
    *DESCRIBED_PEOPLE, *IT_CHAINS,
]


@pytest.mark.parametrize(("paragraphs", "speakers"), ROWS)
def test_each_form_gives_its_speakers(paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == speakers
