"""One table of real wire forms drives both the parse tests and the format tests."""

from __future__ import annotations

import pytest

from newsmodel import (
    Byline,
    Contributor,
    Credit,
    Dateline,
    DatelineDate,
    ParseError,
    Person,
    format_byline,
    format_credits,
    format_dateline,
    parse_byline,
    parse_credits,
    parse_dateline,
)


def _date(month: int, day: int, year: int | None = None) -> DatelineDate:
    return DatelineDate(month=month, day=day, year=year)


def _people(*names: str, title: str | None = None) -> tuple[Person, ...]:
    return tuple(Person(name=n, title=title) for n in names)


def _who(*pairs: tuple[str, str | None]) -> tuple[Contributor, ...]:
    return tuple(Contributor(name=n, location=place) for n, place in pairs)


# (wire text, value, house-style text or None where the text is already house style)
BYLINES = [
    ("By Soo-hyang Choi", Byline(authors=_people("Soo-hyang Choi")), None),
    ("By Richard Solem and  Wojciech Moskwa", Byline(authors=_people("Richard Solem", "Wojciech Moskwa")),
     "By Richard Solem and Wojciech Moskwa"),
    ("by Adam Tempkin", Byline(authors=_people("Adam Tempkin")), "By Adam Tempkin"),
    ("By Reuters Staff", Byline(authors=(), agency="Reuters"), None),
    ("By JOSH BOAK, AP Economics Writer", Byline(authors=_people("JOSH BOAK", title="AP Economics Writer")), None),
    ("By JOSH BOAK and PAUL WISEMAN, Associated Press",
     Byline(authors=_people("JOSH BOAK", "PAUL WISEMAN"), agency="Associated Press"), None),
    ("By Ann Lee, Bo Ku and Cy Young", Byline(authors=_people("Ann Lee", "Bo Ku", "Cy Young")), None),
    ("By Ann Lee in Los Angeles and Bo Ku in San Francisco",
     Byline(authors=(Person(name="Ann Lee", location="Los Angeles"), Person(name="Bo Ku", location="San Francisco"))),
     None),
    ("By Ann Lee and Bo Ku in Lisbon",
     Byline(authors=(Person(name="Ann Lee", location="Lisbon"), Person(name="Bo Ku", location="Lisbon"))), None),
    ("BY MARY ANN SMITH AND JOHN ROE", Byline(authors=_people("MARY ANN SMITH", "JOHN ROE")),
     "By MARY ANN SMITH and JOHN ROE"),
    ("BY: MARY ANN SMITH", Byline(authors=_people("MARY ANN SMITH")), "By MARY ANN SMITH"),
    ("By Ann Lee, Special to The Times", Byline(authors=_people("Ann Lee", title="Special to The Times")), None),
    ("By Ann Lee, Middle East correspondent",
     Byline(authors=_people("Ann Lee", title="Middle East correspondent")), None),
    ("By Ann Lee, Bo Ku and Cy Young, CNN", Byline(authors=_people("Ann Lee", "Bo Ku", "Cy Young"), agency="CNN"),
     None),
    ("By Seán O'Murchú and Ana de la Vega", Byline(authors=_people("Seán O'Murchú", "Ana de la Vega")), None),
    ("By Lucia Ferri and Marco d'Amato", Byline(authors=_people("Lucia Ferri", "Marco d'Amato")), None),
    ("By Piero dell'Orto, Gianni D'Orsi and Rita dall'Acqua",
     Byline(authors=_people("Piero dell'Orto", "Gianni D'Orsi", "Rita dall'Acqua")), None),
    ("By Nadia l’Ouvert in Lyon", Byline(authors=(Person(name="Nadia l’Ouvert", location="Lyon"),)), None),
    ("By Karim al-Hadi and Hoda el-Masry", Byline(authors=_people("Karim al-Hadi", "Hoda el-Masry")), None),
    ("By Slim ben Amor, Joost ten Brink and Anna zu Holstein",
     Byline(authors=_people("Slim ben Amor", "Joost ten Brink", "Anna zu Holstein")), None),
    ("By Pim van 't Veld", Byline(authors=_people("Pim van 't Veld")), None),
    ("By Sports Reporter", Byline(title="Sports Reporter"), None),
    ("By Technology Correspondent, Reuters", Byline(agency="Reuters", title="Technology Correspondent"), None),
    ("By CNN", Byline(agency="CNN"), "By CNN Staff"),
    # a job after the name without a comma: the name is the person, the rest the title
    ("By Ann Lee Travel News Reporter", Byline(authors=_people("Ann Lee", title="Travel News Reporter")),
     "By Ann Lee, Travel News Reporter"),
    ("Bo Ku Media editor", Byline(authors=_people("Bo Ku", title="Media editor")), "By Bo Ku, Media editor"),
    ("CY YOUNG SPECIAL CORRESPONDENT", Byline(authors=_people("CY YOUNG", title="SPECIAL CORRESPONDENT")),
     "By CY YOUNG, SPECIAL CORRESPONDENT"),
    ("Di Fox Freelance sports writer", Byline(authors=_people("Di Fox", title="Freelance sports writer")),
     "By Di Fox, Freelance sports writer"),
    ("By Mary Ann Smith Senior Political Correspondent",
     Byline(authors=_people("Mary Ann Smith", title="Senior Political Correspondent")),
     "By Mary Ann Smith, Senior Political Correspondent"),
    ("By Ann Senior Reporter", Byline(authors=_people("Ann Senior", title="Reporter")), "By Ann Senior, Reporter"),
    ("By Ann Lee and Bo Ku Staff Writers", Byline(authors=_people("Ann Lee", "Bo Ku", title="Staff Writers")),
     "By Ann Lee and Bo Ku, Staff Writers"),
    ("By Ann Lee Travel Reporter and Bo Ku Wine Critic",
     Byline(authors=(Person(name="Ann Lee", title="Travel Reporter"), Person(name="Bo Ku", title="Wine Critic"))),
     "By Ann Lee, Travel Reporter, and Bo Ku, Wine Critic"),
    ("By Our Foreign Staff Reporter", Byline(title="Our Foreign Staff Reporter"), None),
    # Special to, for: the outlet apart from the names
    ("By Ann Lee Special to The Gazette", Byline(authors=_people("Ann Lee", title="Special to The Gazette")),
     "By Ann Lee, Special to The Gazette"),
    ("Ann Lee. Special to the Ledger.", Byline(authors=_people("Ann Lee", title="Special to the Ledger")),
     "By Ann Lee, Special to the Ledger"),
    ("By Ann Lee for The Gazette", Byline(authors=_people("Ann Lee"), agency="The Gazette"), None),
    ("By Ann Lee For Gazette.com.", Byline(authors=_people("Ann Lee"), agency="Gazette.com"),
     "By Ann Lee for Gazette.com"),
    ("By Ann Lee, Bo Ku for Mountain Post and Cy Young",
     Byline(authors=_people("Ann Lee", "Bo Ku", "Cy Young"), agency="Mountain Post"),
     "By Ann Lee, Bo Ku and Cy Young for Mountain Post"),
    ("By Ann Lee and Bo Ku and Cy Young for The Ledger and Di Fox",
     Byline(authors=_people("Ann Lee", "Bo Ku", "Cy Young", "Di Fox"), agency="The Ledger"),
     "By Ann Lee, Bo Ku, Cy Young and Di Fox for The Ledger"),
    ("By Ann Lee, The Ledger", Byline(authors=_people("Ann Lee"), agency="The Ledger"), "By Ann Lee for The Ledger"),
    ("By Ann Lee for Gazette.com, Staff Writer",
     Byline(authors=_people("Ann Lee", title="Staff Writer"), agency="Gazette.com"), None),
    # an outlet after a comma: one whose name ends in an outlet's noun, a domain, call letters
    ("By Ann Lee, Ridge Valley News", Byline(authors=_people("Ann Lee"), agency="Ridge Valley News"),
     "By Ann Lee for Ridge Valley News"),
    ("By Ann Lee and Bo Ku, KQXT", Byline(authors=_people("Ann Lee", "Bo Ku"), agency="KQXT"),
     "By Ann Lee and Bo Ku for KQXT"),
    ("By Ann Lee, Harbor Gazette, Staff Writer",
     Byline(authors=_people("Ann Lee", title="Staff Writer"), agency="Harbor Gazette"),
     "By Ann Lee for Harbor Gazette, Staff Writer"),
    ("By Ann Lee (The Gazette)", Byline(authors=_people("Ann Lee"), agency="The Gazette"),
     "By Ann Lee for The Gazette"),
    ("By Ann Lee (AP)", Byline(authors=_people("Ann Lee"), agency="AP"), "By Ann Lee, AP"),
    ("By Ann Lee Gazette Staff Writer", Byline(authors=_people("Ann Lee", title="Gazette Staff Writer")),
     "By Ann Lee, Gazette Staff Writer"),
    ("By Ann Lee, Emily Post", Byline(authors=_people("Ann Lee", "Emily Post")), "By Ann Lee and Emily Post"),
    # an agency printed after the name without a comma; an outlet among the names
    ("By ANN LEE Associated Press", Byline(authors=_people("ANN LEE"), agency="Associated Press"),
     "By ANN LEE, Associated Press"),
    ("Ann Lee Reuters", Byline(authors=_people("Ann Lee"), agency="Reuters"), "By Ann Lee, Reuters"),
    ("Ann Lee The Hill Ledger", Byline(authors=_people("Ann Lee"), agency="The Hill Ledger"),
     "By Ann Lee for The Hill Ledger"),
    ("By Mary Ann Petra", Byline(authors=_people("Mary Ann Petra")), None),
    ("By Ann Lee, Bo Ku and The Associated Press",
     Byline(authors=_people("Ann Lee", "Bo Ku"), agency="The Associated Press"),
     "By Ann Lee and Bo Ku, The Associated Press"),
    # one word after a comma is an outlet, or the writers' place where it is a listed region
    ("By Ann Lee, Politico", Byline(authors=_people("Ann Lee"), agency="Politico"), "By Ann Lee for Politico"),
    ("By Ann Lee and Bo Ku, Ohio",
     Byline(authors=(Person(name="Ann Lee", location="Ohio"), Person(name="Bo Ku", location="Ohio"))),
     "By Ann Lee and Bo Ku in Ohio"),
    # "with" between writers; the credits of pictures after them
    ("By Ann Lee with Bo Ku", Byline(authors=_people("Ann Lee", "Bo Ku")), "By Ann Lee and Bo Ku"),
    ("Story by Ann Lee; Photos by Bo Ku", Byline(authors=_people("Ann Lee"), opener="Story by"), "Story by Ann Lee"),
    ("Reporting by Ann Lee; Editing by Bo Ku", Byline(authors=_people("Ann Lee"), opener="Reporting by"),
     "Reporting by Ann Lee"),
    ("By Ann Lee, Staff Writer, and Bo Ku, Contributing Writer",
     Byline(authors=(Person(name="Ann Lee", title="Staff Writer"), Person(name="Bo Ku", title="Contributing Writer"))),
     "By Ann Lee, Staff Writer, and Bo Ku, Contributing Writer"),
    ("BY ANN LEE / STAFF WRITER", Byline(authors=_people("ANN LEE", title="STAFF WRITER")),
     "By ANN LEE, STAFF WRITER"),
    ("By Ann Lee and Bo Ku, in Oslo",
     Byline(authors=(Person(name="Ann Lee", location="Oslo"), Person(name="Bo Ku", location="Oslo"))),
     "By Ann Lee and Bo Ku in Oslo"),
    # a suffix after a comma is part of the name; a semicolon parts names
    ("By Martin Lee, Jr.", Byline(authors=_people("Martin Lee Jr.")), "By Martin Lee Jr."),
    ("By Ann Lee; Bo Ku", Byline(authors=_people("Ann Lee", "Bo Ku")), "By Ann Lee and Bo Ku"),
    # a venue after "at"; an outlet after a bar or a bullet; link text and handles
    ("By Ann Lee at Wimbledon", Byline(authors=(Person(name="Ann Lee", location="Wimbledon"),)),
     "By Ann Lee in Wimbledon"),
    ("By Ann Lee at the Old Court", Byline(authors=(Person(name="Ann Lee", location="the Old Court"),)),
     "By Ann Lee in the Old Court"),
    ("Ann Lee | The Gazette", Byline(authors=_people("Ann Lee"), agency="The Gazette"),
     "By Ann Lee for The Gazette"),
    ("Ann Lee • Hill Courier", Byline(authors=_people("Ann Lee"), agency="Hill Courier"),
     "By Ann Lee for Hill Courier"),
    ("By Ann Lee | Reporter", Byline(authors=_people("Ann Lee", title="Reporter")), "By Ann Lee, Reporter"),
    ("Ann Lee - Staff Writer", Byline(authors=_people("Ann Lee", title="Staff Writer")),
     "By Ann Lee, Staff Writer"),
    ("Ann Lee \u2014 The Gazette", Byline(authors=_people("Ann Lee"), agency="The Gazette"),
     "By Ann Lee for The Gazette"),
    ("By Ann Lee @annlee_news", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("By Ann Lee, Twitter: @annlee", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("By Ann Lee Twitter", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("Ann Lee Email", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    # other openers than "By", kept as printed
    ("Analysis by Ann Lee", Byline(authors=_people("Ann Lee"), opener="Analysis by"), None),
    ("Words by Ann Lee and Bo Ku", Byline(authors=_people("Ann Lee", "Bo Ku"), opener="Words by"), None),
    ("INTERVIEW BY ANN LEE", Byline(authors=_people("ANN LEE"), opener="INTERVIEW BY"), None),
    ("Written  by: Ann Lee", Byline(authors=_people("Ann Lee"), opener="Written by"), "Written by Ann Lee"),
    ("Reporting by Ann Lee in Oslo",
     Byline(authors=(Person(name="Ann Lee", location="Oslo"),), opener="Reporting by"), None),
    ("As told to Ann Lee", Byline(authors=_people("Ann Lee"), opener="As told to"), None),
    ("Author: Ann Lee", Byline(authors=_people("Ann Lee"), opener="Author:"), None),
    ("Von Ann Lee und Bo Ku", Byline(authors=_people("Ann Lee", "Bo Ku"), opener="Von"), "Von Ann Lee and Bo Ku"),
    ("Par Ann Lee et Bo Ku", Byline(authors=_people("Ann Lee", "Bo Ku"), opener="Par"), "Par Ann Lee and Bo Ku"),
    ("Door Ann Lee en Bo Ku", Byline(authors=_people("Ann Lee", "Bo Ku"), opener="Door"), "Door Ann Lee and Bo Ku"),
    ("Por Ann Lee", Byline(authors=_people("Ann Lee"), opener="Por"), None),
    ("Von Miller", Byline(authors=_people("Von Miller")), "By Von Miller"),
    ("By Bo Ku, as told to Ann Lee", Byline(authors=_people("Ann Lee"), opener="as told to"),
     "as told to Ann Lee"),
    # agencies and desks
    ("By Reuters", Byline(agency="Reuters"), "By Reuters Staff"),
    ("The Associated Press", Byline(agency="The Associated Press"), "By The Associated Press"),
    ("By The Gazette", Byline(agency="The Gazette"), None),
    ("By Ann Lee with agencies", Byline(authors=_people("Ann Lee"), agency="agencies"), None),
    ("By Ann Lee and Bo Ku and wires", Byline(authors=_people("Ann Lee", "Bo Ku"), agency="wires"),
     "By Ann Lee and Bo Ku with wires"),
    ("Gazette Staff", Byline(agency="Gazette"), "By Gazette Staff"),
    ("Staff and wire reports", Byline(agency="wire reports"), "By Staff and wire reports"),
    ("Staff reports", Byline(agency="Staff reports"), "By Staff reports"),
    ("By Fox Valley News", Byline(agency="Fox Valley News"), None),
    ("Ann Lee KQXT News", Byline(authors=_people("Ann Lee"), agency="KQXT News"), "By Ann Lee for KQXT News"),
    ("By Ann Lee and Bo Ku of The Gazette", Byline(authors=_people("Ann Lee", "Bo Ku"), agency="The Gazette"),
     "By Ann Lee and Bo Ku for The Gazette"),
    ("By Ann Lee of Reuters", Byline(authors=_people("Ann Lee"), agency="Reuters"), "By Ann Lee, Reuters"),
    ("By Sports Reporter for Gazette.com", Byline(agency="Gazette.com", title="Sports Reporter"), None),
    # a date or time glued to the end
    ("By Ann Lee Sept", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("By Theresa May", Byline(authors=_people("Theresa May")), None),
    ("By Ann Lee November 19, 2023 7:18 pm", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("By Ann Lee and Bo Ku Updated: 2023-11-19T19:18:00Z", Byline(authors=_people("Ann Lee", "Bo Ku")),
     "By Ann Lee and Bo Ku"),
    ("By Ann Lee | 19 Nov 2023, 10:05 GMT", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("By Ann Lee Published 3:04 p.m. ET Nov. 2, 2023", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("By Ann Lee, CNN Updated 5:30 PM EST, Tue November 19, 2023", Byline(authors=_people("Ann Lee"), agency="CNN"),
     "By Ann Lee, CNN"),
    ("By Ann Lee 2 hours ago", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("By Ann Lee \u2022 5 min read", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    # a job before the name; names a line each; scripts without case; a byline in lower case
    ("By Staff Writer Ann Lee", Byline(authors=_people("Ann Lee", title="Staff Writer")),
     "By Ann Lee, Staff Writer"),
    ("Senior Reporter Mary Ann Smith", Byline(authors=_people("Mary Ann Smith", title="Senior Reporter")),
     "By Mary Ann Smith, Senior Reporter"),
    ("Ann Lee\nBo Ku\n", Byline(authors=_people("Ann Lee", "Bo Ku")), "By Ann Lee and Bo Ku"),
    ("By Ann Lee\nStaff Writer", Byline(authors=_people("Ann Lee", title="Staff Writer")),
     "By Ann Lee, Staff Writer"),
    ("By Ann\nLee", Byline(authors=_people("Ann Lee")), "By Ann Lee"),
    ("By \u738b\u5c0f\u660e and Ann Lee", Byline(authors=_people("\u738b\u5c0f\u660e", "Ann Lee")), None),
    ("by ann lee and bo ku", Byline(authors=_people("ann lee", "bo ku")), "By ann lee and bo ku"),
    # case and nicknames as printed
    ("By ANN-MARIE O'NEIL and Bo KU", Byline(authors=_people("ANN-MARIE O'NEIL", "Bo KU")), None),
    ('By Robert "Bobby" Lee', Byline(authors=_people('Robert "Bobby" Lee')), None),
    ("By Ann ‘Nan’ Lee and Bo Ku", Byline(authors=_people("Ann ‘Nan’ Lee", "Bo Ku")), None),
]

DATELINES = [
    ("SEOUL (Reuters) –", Dateline(locations=("SEOUL",), agency="Reuters"), "SEOUL (Reuters) -"),
    ("LONDON, Nov 14 (Reuters) -", Dateline(locations=("LONDON",), date=_date(11, 14), agency="Reuters"), None),
    ("KYIV/MOSCOW (Reuters) -", Dateline(locations=("KYIV", "MOSCOW"), agency="Reuters"), None),
    ("NEWARK/WASHINGTON May 9 (Reuters) -",
     Dateline(locations=("NEWARK", "WASHINGTON"), date=_date(5, 9), agency="Reuters"),
     "NEWARK/WASHINGTON, May 9 (Reuters) -"),
    ("HAMBURG/CANBERRA/PARIS, May 9 (Reuters) -",
     Dateline(locations=("HAMBURG", "CANBERRA", "PARIS"), date=_date(5, 9), agency="Reuters"), None),
    ("BOCHUM/BERLIN, Germany (Reuters) -",
     Dateline(locations=("BOCHUM", "BERLIN, Germany"), agency="Reuters"), None),
    ("AMRITSAR, India May 9 (Reuters) -",
     Dateline(locations=("AMRITSAR, India",), date=_date(5, 9), agency="Reuters"),
     "AMRITSAR, India, May 9 (Reuters) -"),
    ("EAGLE RIVER, Wis. (AP) -", Dateline(locations=("EAGLE RIVER, Wis.",), agency="AP"), None),
    ("LONDON, Sept 6 (Reuters/IFR) -",
     Dateline(locations=("LONDON",), date=_date(9, 6), agency="Reuters/IFR"), None),
    ("(Reuters) -", Dateline(agency="Reuters"), None),
    ("April 13 (Reuters) -", Dateline(date=_date(4, 13), agency="Reuters"), None),
    ("REUTERS -", Dateline(agency="REUTERS"), "(REUTERS) -"),
    ("BOSTON (Reuters) --", Dateline(locations=("BOSTON",), agency="Reuters"), "BOSTON (Reuters) -"),
    ("SYDNEY, March 12 Reuters) -",
     Dateline(locations=("SYDNEY",), date=_date(3, 12), agency="Reuters"), "SYDNEY, March 12 (Reuters) -"),
    ("RALEIGH, N.C. (AP) --", Dateline(locations=("RALEIGH, N.C.",), agency="AP"), "RALEIGH, N.C. (AP) -"),
    ("HOUSTON (AP) —", Dateline(locations=("HOUSTON",), agency="AP"), "HOUSTON (AP) -"),
    ("Riyadh (AFP) -", Dateline(locations=("Riyadh",), agency="AFP"), None),
    ("(Bloomberg) --", Dateline(agency="Bloomberg"), "(Bloomberg) -"),
    ("NEW YORK, March 23 -", Dateline(locations=("NEW YORK",), date=_date(3, 23)), None),
    ("  LONDON,  Nov 14  (Reuters)  -", Dateline(locations=("LONDON",), date=_date(11, 14), agency="Reuters"),
     "LONDON, Nov 14 (Reuters) -"),
    ("NEW YORK--(BUSINESS WIRE)--", Dateline(locations=("NEW YORK",), agency="BUSINESS WIRE"),
     "NEW YORK (BUSINESS WIRE) -"),
    ("VANCOUVER, BC / ACCESSWIRE / June 15, 2017 /",
     Dateline(locations=("VANCOUVER, BC",), date=_date(6, 15, 2017), agency="ACCESSWIRE"),
     "VANCOUVER, BC, June 15, 2017 (ACCESSWIRE) -"),
    ("WILKES-BARRE, Pa. (AP) _", Dateline(locations=("WILKES-BARRE, Pa.",), agency="AP"),
     "WILKES-BARRE, Pa. (AP) -"),
    ("May 10 -", Dateline(date=_date(5, 10)), None),
    ("VIENNA \u2014", Dateline(locations=("VIENNA",)), None),
    ("EAGLE RIVER, Wis. --", Dateline(locations=("EAGLE RIVER, Wis.",)), "EAGLE RIVER, Wis. \u2014"),
    ("PERTH, March 3 AAP -", Dateline(locations=("PERTH",), date=_date(3, 3), agency="AAP"), "PERTH, March 3 (AAP) -"),
    ("DENVER, Oct 2 AP -", Dateline(locations=("DENVER",), date=_date(10, 2), agency="AP"), "DENVER, Oct 2 (AP) -"),
    ("BRISBANE AAP -", Dateline(locations=("BRISBANE",), agency="AAP"), "BRISBANE (AAP) -"),
    ("Lisbon, May 2 -", Dateline(locations=("Lisbon",), date=_date(5, 2)), None),
    ("HALIFAX , May 5 -", Dateline(locations=("HALIFAX",), date=_date(5, 5)), "HALIFAX, May 5 -"),
    ("DUNDEE, Scotland, 4 June -", Dateline(locations=("DUNDEE, Scotland",), date=_date(6, 4)),
     "DUNDEE, Scotland, June 4 -"),
    ("BILBAO, Apri 12 -", Dateline(locations=("BILBAO",), date=_date(4, 12)), "BILBAO, April 12 -"),
    ("BILBAO, Ocotber 2 -", Dateline(locations=("BILBAO",), date=_date(10, 2)), "BILBAO, Oct 2 -"),
    ("BILBAO, Febuary 2 -", Dateline(locations=("BILBAO",), date=_date(2, 2)), "BILBAO, Feb 2 -"),
    ("fresno, june 3 -", Dateline(locations=("fresno",), date=_date(6, 3)), "fresno, June 3 -"),
    ("baton rouge, Sept 8 -", Dateline(locations=("baton rouge",), date=_date(9, 8)), None),
    ("Santa fe, Jan 8 -", Dateline(locations=("Santa fe",), date=_date(1, 8)), None),
    ("TULSA, Okla. - Feb 3 -", Dateline(locations=("TULSA, Okla.",), date=_date(2, 3)), "TULSA, Okla., Feb 3 -"),
    ("UTRECHT, the Netherlands, May 4 -", Dateline(locations=("UTRECHT, the Netherlands",), date=_date(5, 4)), None),
    ("KINGSTON, Ontario, Canada, Jan 9 -", Dateline(locations=("KINGSTON, Ontario, Canada",), date=_date(1, 9)), None),
    ("McAllen, Texas, Jan 9 -", Dateline(locations=("McAllen, Texas",), date=_date(1, 9)), None),
    ("L'Assomption, Que., Jan 9 -", Dateline(locations=("L'Assomption, Que.",), date=_date(1, 9)), None),
    ("DAYTON, Ohio -", Dateline(locations=("DAYTON, Ohio",)), "DAYTON, Ohio \u2014"),
    ("ELMIRA, N.Y. -", Dateline(locations=("ELMIRA, N.Y.",)), "ELMIRA, N.Y. \u2014"),
    *[(f"OSAKA ({agency}) -", Dateline(locations=("OSAKA",), agency=agency), None)
      for agency in ("AFP", "dpa", "Kyodo", "Yonhap", "Xinhua", "PTI", "UPI", "Anadolu", "EFE", "ANSA", "Bernama",
                     "IANS")],
    # the dashes of old newspaper systems: U+0097 (cp1252's em dash read as latin-1), the
    # horizontal bar, and their HTML entities
    ("LONDON \u0097", Dateline(locations=("LONDON",)), "LONDON \u2014"),
    ("SAN DIEGO, Calif.\u0097", Dateline(locations=("SAN DIEGO, Calif.",)), "SAN DIEGO, Calif. \u2014"),
    ("HAMBURG, May 3 (Reuters) \u0097", Dateline(locations=("HAMBURG",), date=_date(5, 3), agency="Reuters"),
     "HAMBURG, May 3 (Reuters) -"),
    ("GENEVA \u2015", Dateline(locations=("GENEVA",)), "GENEVA \u2014"),
    ("GENEVA &#151;", Dateline(locations=("GENEVA",)), "GENEVA \u2014"),
    ("GENEVA &#x97;", Dateline(locations=("GENEVA",)), "GENEVA \u2014"),
    ("GENEVA &#8213;", Dateline(locations=("GENEVA",)), "GENEVA \u2014"),
    ("GENEVA &mdash;", Dateline(locations=("GENEVA",)), "GENEVA \u2014"),
    ("Portland, Ore. &#8213;", Dateline(locations=("Portland, Ore.",)), "Portland, Ore. \u2014"),
    # any source between the date and the dash, after a date; the day before the month
    ("SPRINGFIELD, March 3 Daily Courier -",
     Dateline(locations=("SPRINGFIELD",), date=_date(3, 3), agency="Daily Courier"),
     "SPRINGFIELD, March 3 (Daily Courier) -"),
    ("Dayton, Ohio, 5 June Gazette News -",
     Dateline(locations=("Dayton, Ohio",), date=_date(6, 5), agency="Gazette News"),
     "Dayton, Ohio, June 5 (Gazette News) -"),
    ("LAKEVIEW, 12 August 2021 HillNews \u2014",
     Dateline(locations=("LAKEVIEW",), date=_date(8, 12, 2021), agency="HillNews"),
     "LAKEVIEW, Aug 12, 2021 (HillNews) -"),
    ("Lakeview, 12 August -", Dateline(locations=("Lakeview",), date=_date(8, 12)), "Lakeview, Aug 12 -"),
    # a title-case city with its region as printed, before a newspaper's dash
    ("Springfield, Ill. \u2014", Dateline(locations=("Springfield, Ill.",)), None),
    ("Austin, TX \u2014", Dateline(locations=("Austin, TX",)), None),
    ("Tokyo, Japan \u2014", Dateline(locations=("Tokyo, Japan",)), None),
    ("Singapore \u2014", Dateline(locations=("Singapore",)), None),
    ("Boston \u2014", Dateline(locations=("Boston",)), None),
    ("Los Angeles \u0097", Dateline(locations=("Los Angeles",)), "Los Angeles \u2014"),
    ("REUTERS \u2014", Dateline(agency="REUTERS"), "(REUTERS) -"),
    ("New York &#151;", Dateline(locations=("New York",)), "New York \u2014"),
    # a dash between the region and the date; TASS's date with a full stop and its wire between slashes
    ("Fairview, CA \u2013 November 19, 2023 \u2013", Dateline(locations=("Fairview, CA",), date=_date(11, 19, 2023)),
     "Fairview, CA, Nov 19, 2023 -"),
    ("NEW YORK \u2013 January 5, 2024 \u2013", Dateline(locations=("NEW YORK",), date=_date(1, 5, 2024)),
     "NEW YORK, Jan 5, 2024 -"),
    ("BERLIN, 5. Januar (dpa) -", Dateline(locations=("BERLIN",), date=_date(1, 5), agency="dpa"),
     "BERLIN, Jan 5 (dpa) -"),
    ("MOSCOW, November 19. /TASS/.", Dateline(locations=("MOSCOW",), date=_date(11, 19), agency="TASS"),
     "MOSCOW, Nov 19 (TASS) -"),
    ("Berlin, 19. November (dpa) -", Dateline(locations=("Berlin",), date=_date(11, 19), agency="dpa"),
     "Berlin, Nov 19 (dpa) -"),
    ("LONDON, Nov 19th (Reuters) -", Dateline(locations=("LONDON",), date=_date(11, 19), agency="Reuters"),
     "LONDON, Nov 19 (Reuters) -"),
    # a city that house styles print alone, before a colon (as Indian papers print it)
    ("NEW DELHI:", Dateline(locations=("NEW DELHI",)), "NEW DELHI \u2014"),
    ("Mumbai:", Dateline(locations=("Mumbai",)), "Mumbai \u2014"),
    # "CITY,ST." as printed
    ("AUSTIN,TX. -", Dateline(locations=("AUSTIN,TX.",)), "AUSTIN,TX. \u2014"),
    ("AUSTIN,TX., May 5 (AP) -", Dateline(locations=("AUSTIN,TX.",), date=_date(5, 5), agency="AP"), None),
    # a channel in brackets after the city
    ("Hong Kong (CNN Business)", Dateline(locations=("Hong Kong",), agency="CNN Business"),
     "Hong Kong (CNN Business) -"),
    ("Atlanta (CNN Sport)", Dateline(locations=("Atlanta",), agency="CNN Sport"), "Atlanta (CNN Sport) -"),
]

CREDITS = [
    ("(Reporting by Soo-hyang Choi; Editing by Ed Davies and Stephen Coates)",
     (Credit(role="reporting", contributors=_who(("Soo-hyang Choi", None))),
      Credit(role="editing", contributors=_who(("Ed Davies", None), ("Stephen Coates", None)))), None),
    ("(Reporting by A Bell in Paris and B Cole; Additional reporting by C Dunn; Writing by D Eve; "
     "Editing by E Fry and F Gee)",
     (Credit(role="reporting", contributors=_who(("A Bell", "Paris"), ("B Cole", None))),
      Credit(role="additional_reporting", contributors=_who(("C Dunn", None))),
      Credit(role="writing", contributors=_who(("D Eve", None))),
      Credit(role="editing", contributors=_who(("E Fry", None), ("F Gee", None)))), None),
    ("Reporting by A Bell in Paris, B Cole and C Dunn in Berlin",
     (Credit(role="reporting", contributors=_who(("A Bell", "Paris"), ("B Cole", "Berlin"), ("C Dunn", "Berlin"))),),
     "(Reporting by A Bell in Paris and B Cole and C Dunn in Berlin)"),
    ("(Reporting by Richa NaiduEditing by Marguerita Choy)",
     (Credit(role="reporting", contributors=_who(("Richa Naidu", None))),
      Credit(role="editing", contributors=_who(("Marguerita Choy", None)))),
     "(Reporting by Richa Naidu; Editing by Marguerita Choy)"),
    ("(Reporting by  Liana B. Baker  and  Jennifer Saba ; Editing by  Richard Chang )",
     (Credit(role="reporting", contributors=_who(("Liana B. Baker", None), ("Jennifer Saba", None))),
      Credit(role="editing", contributors=_who(("Richard Chang", None)))),
     "(Reporting by Liana B. Baker and Jennifer Saba; Editing by Richard Chang)"),
    ("(Reported by X Yu, editing by Z Zhu)",
     (Credit(role="reporting", contributors=_who(("X Yu", None))),
      Credit(role="editing", contributors=_who(("Z Zhu", None)))), "(Reporting by X Yu; Editing by Z Zhu)"),
    ("(Edited by Ann Lee)", (Credit(role="editing", contributors=_who(("Ann Lee", None))),), "(Editing by Ann Lee)"),
    ("(Compiled by Ann Lee)", (Credit(role="compiling", contributors=_who(("Ann Lee", None))),), None),
    ("(Polling by Bangalore Polling Unit)",
     (Credit(role="polling", contributors=_who(("Bangalore Polling Unit", None))),), None),
    ("(Editing by Louise Ireland/Rory Channing)",
     (Credit(role="editing", contributors=_who(("Louise Ireland", None), ("Rory Channing", None))),),
     "(Editing by Louise Ireland and Rory Channing)"),
    ("(Additional reporing by Liana B. Baker in San Francisco)",
     (Credit(role="additional_reporting", contributors=_who(("Liana B. Baker", "San Francisco"))),),
     "(Additional reporting by Liana B. Baker in San Francisco)"),
    ("(Additional writing and editing by Ann Lee)",
     (Credit(role="additional_writing_and_editing", contributors=_who(("Ann Lee", None))),), None),
    ("Associated Press writer Jan M. Olsen in Copenhagen contributed to this report.",
     (Credit(role="contributing", contributors=(
         Contributor(name="Jan M. Olsen", location="Copenhagen", affiliation="Associated Press writer"),)),), None),
    ("--With assistance from Naomi Nix.",
     (Credit(role="assistance", contributors=_who(("Naomi Nix", None))),), None),
    ("(Reporting by Ann Lee and the Lisbon newsroom. Editing by Bo Ku)",
     (Credit(role="reporting", contributors=_who(("Ann Lee", None), ("the Lisbon newsroom", None))),
      Credit(role="editing", contributors=_who(("Bo Ku", None)))),
     "(Reporting by Ann Lee and the Lisbon newsroom; Editing by Bo Ku)"),
    ("(Additional reporting by Reuters reporters in Oslo, Bergen and Tromso)",
     (Credit(role="additional_reporting", contributors=_who(("Reuters reporters", "Oslo, Bergen and Tromso"))),),
     None),
    ("(Compiled by the Lisbon markets team)",
     (Credit(role="compiling", contributors=_who(("the Lisbon markets team", None))),), None),
    ("(With additional reporting Ann Lee)",
     (Credit(role="additional_reporting", contributors=_who(("Ann Lee", None))),), "(Additional reporting by Ann Lee)"),
    ("(Reporting by Ann Lee of Breakingviews and Bo Ku)",
     (Credit(role="reporting", contributors=(Contributor(name="Ann Lee", affiliation="Breakingviews"),
                                             Contributor(name="Bo Ku"))),), None),
    ("(Reporting by Ann Lee, Breakingviews, and Bo Ku in Oslo)",
     (Credit(role="reporting", contributors=(Contributor(name="Ann Lee", location="Oslo", affiliation="Breakingviews"),
                                             Contributor(name="Bo Ku", location="Oslo"))),),
     "(Reporting by Ann Lee of Breakingviews and Bo Ku in Oslo)"),
    ("(Additional reporting by Ann Lee at IFR/LPC)",
     (Credit(role="additional_reporting", contributors=(Contributor(name="Ann Lee", affiliation="IFR/LPC"),)),),
     "(Additional reporting by Ann Lee of IFR/LPC)"),
    ("AP Sports Writer Ann Lee contributed to this story.",
     (Credit(role="contributing", contributors=(Contributor(name="Ann Lee", affiliation="AP Sports Writer"),)),),
     "AP Sports Writer Ann Lee contributed to this report."),
    ("Ann Lee in Oslo and Bo Ku in Rome contributed to this report.",
     (Credit(role="contributing", contributors=_who(("Ann Lee", "Oslo"), ("Bo Ku", "Rome"))),), None),
    ("(Reporting by Marco d'Amato in Rome and Karim al-Hadi; Editing by Slim ben Amor)",
     (Credit(role="reporting", contributors=_who(("Marco d'Amato", "Rome"), ("Karim al-Hadi", None))),
      Credit(role="editing", contributors=_who(("Slim ben Amor", None)))), None),
    ("(Reporting by Ann Lee in Tel Aviv and the Mobile newsroom; Editing by Bo Ku)",
     (Credit(role="reporting", contributors=_who(("Ann Lee", "Tel Aviv"), ("the Mobile newsroom", None))),
      Credit(role="editing", contributors=_who(("Bo Ku", None)))), None),
    ("(Reporting by Ann Lee; Editing by Bo Ku)\n\nCy Young in Oslo contributed to this report.",
     (Credit(role="reporting", contributors=_who(("Ann Lee", None))),
      Credit(role="editing", contributors=_who(("Bo Ku", None))),
      Credit(role="contributing", contributors=_who(("Cy Young", "Oslo")))), None),
]


@pytest.mark.parametrize(("text", "value", "house"), BYLINES)
def test_parse_byline(text: str, value: Byline, house: str | None) -> None:
    assert parse_byline(text) == value


@pytest.mark.parametrize(("text", "value", "house"), BYLINES)
def test_format_byline(text: str, value: Byline, house: str | None) -> None:
    assert format_byline(value) == (house or text)
    assert parse_byline(format_byline(value)) == value


@pytest.mark.parametrize(("text", "value", "house"), DATELINES)
def test_parse_dateline(text: str, value: Dateline, house: str | None) -> None:
    assert parse_dateline(text) == value


@pytest.mark.parametrize(("text", "value", "house"), DATELINES)
def test_format_dateline(text: str, value: Dateline, house: str | None) -> None:
    assert format_dateline(value) == (house or text)
    assert parse_dateline(format_dateline(value)) == value


@pytest.mark.parametrize(("text", "value", "house"), CREDITS)
def test_parse_credits(text: str, value: tuple[Credit, ...], house: str | None) -> None:
    assert parse_credits(text) == value


@pytest.mark.parametrize(("text", "value", "house"), CREDITS)
def test_format_credits(text: str, value: tuple[Credit, ...], house: str | None) -> None:
    assert format_credits(value) == (house or text)
    assert parse_credits(format_credits(value)) == value


@pytest.mark.parametrize(
    ("parse", "text"),
    [
        (parse_byline, "By the end of the year"),
        (parse_byline, "By al-Qaeda militants"),
        (parse_byline, "By d'accord"),
        (parse_byline, "Editing by Bo Ku"),
        (parse_byline, "by the way"),
        (parse_byline, "By Ann Lee of the year"),
        (parse_byline, "by comparison"),
        (parse_byline, "Shares rose by 5 percent"),
        (parse_byline, "WHEAT - Prices rose"),
        (parse_byline, "By Ann Lee and the rest"),
        (parse_byline, "Published: 2023-11-19"),
        (parse_byline, "By "),
        (parse_dateline, "Shares rose on Tuesday."),
        (parse_dateline, "FILE PHOTO - The logo of a company"),
        (parse_dateline, "LONDON (Reuters) - and then a story"),
        (parse_dateline, "TOKYO -"),
        (parse_dateline, "SOYBEANS, CORN -"),
        (parse_dateline, "GOLD PRICES - MAY 7 -"),
        (parse_dateline, "MAY7 --"),
        (parse_dateline, "B1 JUL -"),
        (parse_dateline, "b, May 5 -"),
        (parse_dateline, "BILBAO, Jule 2 -"),
        (parse_dateline, "Tuesday, May 5 -"),
        (parse_dateline, "the bank (UBS) -"),
        (parse_dateline, "Meanwhile \u2014"),
        (parse_dateline, "Shares \u0097"),
        (parse_dateline, "Yesterday, Smith \u2014"),
        (parse_dateline, "However, Ann Lee &#151;"),
        (parse_dateline, "SPRINGFIELD Daily Courier -"),
        (parse_dateline, "LONDON, May 5 Shares fell -"),
        (parse_dateline, "Acme (Nasdaq Listing)"),
        (parse_dateline, "GENEVA &#999;"),
        (parse_dateline, "WHEAT \u2015 CORN"),
        (parse_dateline, "However, Japan \u2014"),
        (parse_dateline, "Singapore -"),
        (parse_dateline, "Critics \u2014"),
        (parse_dateline, "WARNING:"),
        (parse_dateline, "Ohio:"),
        (parse_dateline, "LONDON, May 5:"),
        (parse_dateline, "Bostonians \u2014"),
        (parse_dateline, "LONDON, May 5. Shares rose."),
        (parse_dateline, "LONDON, May 2nda -"),
        (parse_dateline, "GOLD PRICES \u2013 MAY 7 \u2013"),
        (parse_dateline, "LONDON, 5 Things -"),
        (parse_byline, "Photos by Bo Ku"),
        (parse_dateline, ""),
        (parse_credits, "(Shares rose on Tuesday.)"),
        (parse_credits, ""),
        (parse_credits, "(Reporting by Ann Lee; Reuters Messaging: ann@example.com)"),
        (parse_credits, "(Reporting by Ann Lee; Reuters Messaging)"),
        (parse_credits, "(Reporting by Ann Lee, Reuters Messaging)"),
        (parse_credits, "(The stake was bought by Ann Lee in 2010)"),
        (parse_byline, "By Ann Lee, Reuters Messaging: ann@example.com"),
    ],
)
def test_strict_parsers_raise_parse_error(parse: object, text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)  # type: ignore[operator]
    error = info.value
    assert isinstance(error, ValueError)
    assert error.source == text
    assert 0 <= error.span[0] <= error.span[1] <= len(text)
    assert "^" in str(error)


def test_parse_error_points_at_the_fault() -> None:
    error = ParseError("bad name", source="By Ann Lee and the rest", span=(15, 23))
    assert str(error).splitlines() == ["bad name", "    By Ann Lee and the rest", "                   ^~~~~~~~"]
