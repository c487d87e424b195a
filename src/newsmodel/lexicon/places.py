"""Regions that follow a city after a comma ("Los Gatos, California", "Albany, New York")."""

from __future__ import annotations

from typing import Final

__all__ = ["DATELINE_CITIES", "DEMONYMS", "LOCATIVES", "REGIONS"]


def _words(text: str) -> list[str]:
    return text.split()


_US_STATES = [
    *_words(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
    ),
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "D.C.", "DC",
    "Puerto Rico",
]
_STATE_ABBREVIATIONS = _words(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. "
    "Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. "
    "S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo."
)
_CANADA = ["Ontario", "Quebec", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "British Columbia",
           "BC", "B.C.", "Ont.", "Que.", "Alta.", "New Brunswick", "Newfoundland"]
_COUNTRIES = [
    *_words(
    "Afghanistan Algeria Argentina Australia Austria Bahrain Bangladesh Belarus Belgium Bolivia "
    "Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Croatia Cuba Cyprus Denmark "
    "Ecuador Egypt England Estonia Ethiopia Finland France Germany Ghana Greece Haiti Hungary "
    "Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kosovo "
    "Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Mongolia "
    "Morocco Mozambique Myanmar Nepal Netherlands Nigeria Norway Oman Pakistan Panama Peru "
    "Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Serbia Singapore Slovakia "
    "Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey "
    "Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe"
    ),
    "South Africa", "South Korea", "North Korea", "Saudi Arabia", "New Zealand", "Sri Lanka",
    "United Arab Emirates", "UAE", "U.A.E.", "Czech Republic", "Hong Kong", "Costa Rica",
    "El Salvador", "Ivory Coast", "Northern Ireland", "Britain", "U.S.", "U.K.", "Gaza",
    "West Bank", "Democratic Republic of Congo", "Congo", "Greenland",
    # the other sovereign states and territories, by their short English names
    # (first names that are also countries, such as "Chad", are left out)
    *_words(
    "Albania Andorra Angola Armenia Azerbaijan Bahamas Barbados Belize Benin Bhutan Bosnia Botswana "
    "Brunei Burundi Djibouti Eritrea Eswatini Fiji Gabon Gambia Grenada Guatemala Guyana Honduras "
    "Jamaica Kyrgyzstan Laos Lesotho Liberia Liechtenstein Macau Macedonia Madagascar Malawi "
    "Maldives Mauritania Mauritius Micronesia Montenegro Namibia Nicaragua Palestine Paraguay "
    "Samoa Senegal Seychelles Suriname Tajikistan Tibet Tonga Turkmenistan Vanuatu"
    ),
    "United States", "United Kingdom", "Burkina Faso", "Cape Verde", "Central African Republic",
    "Dominican Republic", "East Timor", "Equatorial Guinea", "Guinea-Bissau", "North Macedonia",
    "Papua New Guinea", "San Marino", "Sierra Leone", "South Sudan", "Trinidad and Tobago",
    "Bosnia and Herzegovina", "Solomon Islands", "Marshall Islands", "Vatican",
]

#: Regions, countries and their abbreviations, compared case-sensitively as printed.
REGIONS: Final[frozenset[str]] = frozenset(_US_STATES + _STATE_ABBREVIATIONS + _CANADA + _COUNTRIES)

#: Words for peoples and nations, capitalised but no names ("German carmaker Daimler").
DEMONYMS: Final[frozenset[str]] = frozenset(
    _words(
        "American Americans Asian African Arab Australian Austrian Belgian Brazilian British Briton "
        "Canadian Chinese Colombian Cuban Czech Danish Dutch Egyptian English European Filipino "
        "Finnish French German Greek Hungarian Indian Indonesian Iranian Iraqi Irish Israeli "
        "Italian Japanese Jordanian Kenyan Korean Kurdish Latin Lebanese Malaysian Mexican "
        "Nigerian Norwegian Pakistani Palestinian Polish Portuguese Russian Saudi Scottish "
        "Singaporean Spanish Swedish Swiss Syrian Taiwanese Thai Turkish Ukrainian Venezuelan "
        "Vietnamese Welsh Western Eastern Northern Southern Republican Democratic Democrat "
        "Armenian Azerbaijani Georgian Belarusian Serbian Croatian Bosnian Albanian Romanian "
        "Bulgarian Slovak Slovenian Estonian Latvian Lithuanian Afghan Bangladeshi Nepali "
        "Burmese Cambodian Mongolian Kazakh Uzbek Qatari Emirati Kuwaiti Omani Yemeni Libyan "
        "Tunisian Algerian Moroccan Sudanese Ethiopian Somali Ghanaian Senegalese Congolese "
        "Angolan Zimbabwean Argentine Argentinian Chilean Peruvian Ecuadorean Bolivian Cypriot "
        "Icelandic Maltese Luxembourgish Austrian Hungarian Balkan Baltic Nordic Scandinavian "
        "Asian-American African-American Hispanic Latino Arabian Persian Soviet Communist Socialist "
        "Republicans Democrats Conservative Labour Liberal Muslim Christian Jewish Catholic"
    )
)

#: Cities that newspapers print in a dateline without their state or country, as
#: house styles list them, compared case-sensitively as printed in title case.
DATELINE_CITIES: Final[frozenset[str]] = frozenset(
    [
        *_words(
            "Washington Atlanta Baltimore Boston Chicago Cincinnati Cleveland Dallas Denver Detroit Honolulu "
            "Houston Indianapolis Miami Milwaukee Minneapolis Philadelphia Phoenix Pittsburgh Seattle "
            "Amsterdam Athens Baghdad Bangkok Beijing Beirut Berlin Brussels Budapest Cairo Copenhagen "
            "Damascus Dhaka Doha Dubai Dublin Geneva Hanoi Havana Helsinki Islamabad Istanbul Jakarta "
            "Jerusalem Johannesburg Kabul Karachi Kyiv Kiev Lagos Lima Lisbon London Madrid Manila "
            "Melbourne Milan Montreal Moscow Mumbai Munich Nairobi Oslo Ottawa Paris Prague Riyadh Rome "
            "Santiago Seoul Shanghai Stockholm Sydney Taipei Tehran Tokyo Toronto Vancouver Vienna "
            "Warsaw Zurich Frankfurt Hamburg Brasilia Caracas Bogota Tripoli Khartoum Ankara Minsk "
            "Kolkata Chennai Bengaluru Hyderabad Ahmedabad Pune Lucknow Jaipur Chandigarh Srinagar Patna "
            "Bhopal Guwahati Kochi Lahore Peshawar Quetta Colombo Kathmandu"
        ),
        "Los Angeles", "Las Vegas", "New Orleans", "Oklahoma City", "St. Louis", "Salt Lake City",
        "San Antonio", "San Diego", "San Francisco", "Guatemala City", "Kuwait City", "Mexico City",
        "New Delhi", "Panama City", "Quebec City", "Rio de Janeiro", "Sao Paulo", "São Paulo",
        "Vatican City", "Buenos Aires", "Tel Aviv", "Abu Dhabi", "Kuala Lumpur", "Cape Town",
        "United Nations",
    ]
)

#: Prepositions of place: a name after them is a place ("in Ohio", "from Brussels").
LOCATIVES: Final[frozenset[str]] = frozenset(
    {"in", "near", "across", "outside", "inside", "throughout", "to", "into", "from", "via"}
)
