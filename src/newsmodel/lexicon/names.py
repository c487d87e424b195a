"""Personal names: honorifics, abbreviations that end in a full stop, and
common first names with the gender they most often carry.

The first names are a reading aid, not a rule about people: they let a
pronoun find its antecedent ("Ann ... she said") where the story gives
no honorific and no "his" or "her". A name outside the lists has no gender
until the story shows one.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from ._words import words

__all__ = [
    "ABBREVIATIONS",
    "FEMALE_FIRST_NAMES",
    "FIRST_NAMES",
    "GENERATIONAL_SUFFIXES",
    "HONORIFICS",
    "MALE_FIRST_NAMES",
    "OFFICE_TITLES",
]



#: Words printed with a full stop that does not end a sentence ("Sen. Lee",
#: "U.S. Treasury", "Jan. 5"), as they stand without the stop.
ABBREVIATIONS: Final[frozenset[str]] = words(
    "Mr Mrs Ms Messrs Mme Dr Prof Sen Sens Rep Reps Gov Govs Lt Col Gen Sgt Capt Cmdr Adm Maj Cpl Pvt "
    "Gens Supt Insp Det Amb Atty Pres Sec Fr Rev St Ste Mt Ft Jr Sr Inc Corp Co Cos Ltd Bros No Nos Vol "
    "U.S U.K U.N E.U U.S.A D.C Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec vs Ave Blvd Dept Univ Assn "
    "Calif Fla Ariz Ark Colo Conn Del Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev "
    "Okla Ore Pa Tenn Vt Va Wash Wis Wyo"
)

#: Words that end a person's name and tell one generation from another
#: ("Martin Luther King Jr.", "Ann Lee III"), as they stand without a stop.
GENERATIONAL_SUFFIXES: Final[frozenset[str]] = words("Jr Sr II III IV")

#: Offices that end a title and never a name ("Energy Minister", "Chief Executive"),
#: compared lower-case.
OFFICE_TITLES: Final[frozenset[str]] = words(
    "minister secretary president executive officer director chairman chairwoman spokesman spokeswoman "
    "spokesperson governor mayor senator ambassador commissioner chancellor premier treasurer administrator "
    "commander comptroller"
)

#: Honorifics and the gender they mark (``None`` where they mark none).
HONORIFICS: Final[Mapping[str, str | None]] = MappingProxyType(
    {
        "mr": "male", "messrs": None, "mrs": "female", "ms": "female", "miss": "female",
        "mme": "female", "madam": "female", "sir": "male", "lord": "male", "lady": "female",
        "dame": "female", "king": "male", "queen": "female", "prince": "male",
        "princess": "female", "sheikh": "male", "father": "male", "sister": "female",
        "brother": "male", "dr": None, "prof": None,
    }
)

#: First names most often given to men, compared as printed.
MALE_FIRST_NAMES: Final[frozenset[str]] = words(
    "Aaron Abdul Abdullah Abe Adam Adrian Ahmed Ahmad Alan Albert Alberto Alejandro Alex Alexander "
    "Alexei Alfred Ali Allen Alvaro Amir Anders Andre Andreas Andrei Andres Andrew Andy Angelo Anthony "
    "Antonio Archie Arnold Arthur Arturo Ashok Barack Barry Ben Benjamin Bernard Bernie Bill Billy Bob "
    "Bobby Boris Brad Bradley Brandon Brendan Brett Brian Bruce Bruno Bryan Byron Calvin Cameron Carl "
    "Carlos Cesar Chad Charles Charlie Chris Christian Christopher Chuck Clarence Claude Clayton Clint "
    "Colin Conor Craig Curtis Dale Dan Daniel Danny Dario Darrell Darren Dave David Dean Dennis Derek "
    "Diego Dmitry Dmitri Dominic Don Donald Doug Douglas Duncan Dwight Earl Ed Eddie Edgar Eduardo "
    "Edward Elijah Elliot Elon Emmanuel Enrique Eric Erik Ernest Ernesto Eugene Evan Fabio Felipe Felix "
    "Fernando Francesco Francis Francisco Frank Franklin Fred Frederick Gabriel Gareth Gary Gavin Gene "
    "Geoff Geoffrey George Gerald Gerhard Giorgio Giovanni Glenn Gordon Graham Greg Gregory Guillermo "
    "Gus Guy Hamid Hank Hans Harold Harry Harvey Hassan Hector Heinz Henry Herbert Howard Hugh Hugo "
    "Hussein Ian Ibrahim Igor Isaac Ivan Jack Jackson Jacob Jake James Jamie Jared Jason Javier Jay Jeb "
    "Jeff Jeffrey Jens Jeremy Jerome Jerry Jesse Jesus Jim Jimmy Joe Joel Johan John Johnny Jon Jonathan "
    "Jorge Jose Joseph Josh Joshua Juan Julian Julio Justin Karl Keith Kelvin Ken Kenneth Kevin Khalid "
    "Klaus Kurt Kyle Lance Larry Lars Lawrence Len Leo Leon Leonard Lewis Lloyd Lorenzo "
    "Louis Luca Lucas Luis Luke Malcolm Manuel Marc Marco Marcus Mario Mark Martin Marvin Mathew Matt "
    "Matteo Matthew Maurice Max Maxim Michael Michel Miguel Mike Mikhail Miles Mitch Mitchell Mitt "
    "Mohamed Mohammad Mohammed Muhammad Murray Nathan Neil Nick Nicholas Nicolas Nigel Noah Norman "
    "Oleg Oliver Omar Oscar Owen Pablo Patrick Paul Pavel Pedro Pete Peter Phil Philip Phillip Pierre "
    "Rafael Rahul Rajeev Ralph Ramon Randy Raul Ray Raymond Reed Reince Rex Ricardo Richard Rick Ricky "
    "Rob Robert Roberto Rod Rodney Roger Roland Rolf Ron Ronald Ross Roy Ruben Rudolph Rudy Russell Ryan "
    "Sam Samuel Sanjay Scott Sean Sebastian Sergei Sergey Sergio Seth Shane Sheldon Simon Stan Stanley "
    "Stefan Stephen Steve Steven Stuart Sunil Ted Terry Thomas Tim Timothy Todd Tom Tommy Tony Travis "
    "Trevor Troy Tyler Uwe Vernon Victor Vikram Vincent Vladimir Walter Warren Wayne Wesley Will "
    "William Willie Wolfgang Xavier Yuri Zach Zachary"
)

#: First names most often given to women, compared as printed.
FEMALE_FIRST_NAMES: Final[frozenset[str]] = words(
    "Abby Abigail Ada Adriana Agnes Aisha Alexandra Alexis Alice Alicia Alison Allison Amanda Amber Amelia "
    "Amy Ana Andrea Angela Angelina Anita Ann Anna Anne Annette Annie Antonia April Ashley Audrey Barbara "
    "Beatriz Becky Belinda Beth Betsy Betty Beverly Bonnie Brenda Bridget Brittany Brooke Camila Candace "
    "Carla Carly Carmen Carol Carole Caroline Carolyn Carrie Cassandra Catherine Cathy Cecilia Charlotte "
    "Chelsea Cheryl Chloe Christina Christine Cindy Claire Clara Claudia Colleen Connie Courtney Cristina "
    "Crystal Cynthia Daisy Danielle Daphne Dawn Debbie Deborah Debra Denise Diana Diane Donna Doris "
    "Dorothy Edith Elaine Eleanor Elena Elisabeth Elizabeth Ella Ellen Elsa Emily Emma Erica Erin Esther "
    "Eva Evelyn Fatima Fiona Frances Francesca Gabriela Gabrielle Gail Gina Gisele Gloria Grace Greta "
    "Gwen Hannah Harriet Heather Heidi Helen Helena Hillary Holly Ingrid Irene Iris Isabel Isabella "
    "Jackie Jacqueline Jane Janet Janice Jasmine Jeanne Jennifer Jenny Jessica Jill Jo Joan Joanna "
    "Joanne Jodi Joy Joyce Judith Judy Julia Julie Juliet Karen Kate Katherine Kathleen Kathryn Kathy "
    "Katie Katrin Kay Kayla Kelly Kelli Kimberly Kirsten Kristen Kristin Laura Lauren Leah "
    "Leslie Lila Lily Linda Lindsay Lisa Liz Lois Loretta Lori Louise Lucia Lucy Lydia Lynn Madeleine "
    "Madeline Maggie Maria Mariana Marie Marina Marion Marissa Marsha Martha Mary Maureen Maya Megan "
    "Melania Melanie Melissa Meredith Mia Michaela Michele Michelle Mildred Miriam Molly Monica Nadia "
    "Nancy Naomi Natalia Natalie Natasha Nicole Nikki Nina Nora Olga Olivia Pamela Patricia Patty Paula "
    "Pauline Peggy Penny Phyllis Priscilla Rachel Rebecca Regina Renee Rita Roberta Rosa Rose "
    "Rosemary Ruth Sabrina Sally Samantha Sandra Sara Sarah Sharon Sheila Shelley Sheryl Shirley Silvia "
    "Simone Sofia Sonia Sophia Sophie Stacey Stephanie Sue Susan Suzanne Sylvia Tamara Tammy Tanya Tara "
    "Teresa Theresa Tiffany Tina Tracy Valerie Vanessa Vera Veronica Victoria Virginia Vivian Wanda "
    "Wendy Whitney Yolanda Yvonne Zoe"
)

#: Every first name of the lists above, whichever gender it most often carries.
FIRST_NAMES: Final[frozenset[str]] = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
