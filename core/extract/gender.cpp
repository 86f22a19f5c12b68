#include "core/extract/gender.h"

#include "core/base/word_table.h"

namespace claimkb::extract {

namespace {

// Honorifics and role nouns that only one gender bears.
constexpr std::string_view kFemaleWords[] = {
    "actress", "assemblywoman", "aunt", "baroness", "bride", "businesswoman", "chairwoman", "congresswoman",
    "councilwoman", "countess", "dame", "daughter", "duchess", "empress", "girl", "girlfriend", "granddaughter",
    "grandmother", "heiress", "hostess", "lady", "madam", "madame", "miss", "mme", "mom", "mother", "mrs", "ms",
    "mum", "niece", "nun", "policewoman", "princess", "queen", "sister", "spokeswoman", "sportswoman",
    "stepmother", "waitress", "widow", "wife", "woman", "anchorwoman", "camerawoman", "forewoman", "horsewoman", "servicewoman", "stewardess"};
constexpr std::string_view kMaleWords[] = {
    "anchorman", "assemblyman", "baron", "boy", "boyfriend", "brother", "businessman", "chairman", "congressman",
    "councilman", "dad", "duke", "emperor", "father", "fireman", "grandfather", "grandson", "groom", "husband",
    "king", "lord", "man", "monsignor", "mr", "nephew", "policeman", "prince", "sir", "son", "spokesman",
    "sportsman", "stepfather", "uncle", "widower", "foreman", "horseman", "serviceman",
    "cameraman", "sheikh", "rabbi", "pope", "cardinal"};

// Common given names that one gender bears in news text; names often
// given to both (Jordan, Taylor, Jean, Andrea, Kim) are in neither list.
constexpr std::string_view kFemaleNames[] = {
    "abigail", "agnes", "aisha", "alexandria", "alice", "alicia", "alyssa", "amanda", "amber", "amelia", "amy",
    "ana", "anastasia", "angela", "angelina", "anita", "ann", "anna", "anne", "annette", "april", "ashley",
    "audrey", "ava", "barbara", "beatrice", "betsy", "betty", "beverly", "brenda", "bridget", "brigitte",
    "brittany", "camila", "carla", "carmen", "carol", "caroline", "carolyn", "catherine", "cathy", "charlotte",
    "cheryl", "chloe", "christiane", "christina", "christine", "cindy", "claire", "clare", "claudia", "colleen",
    "cristina", "cynthia", "daniela", "danielle", "deborah", "debra", "denise", "diana", "diane", "donna", "doris",
    "dorothy", "edith", "elaine", "eleanor", "elena", "elisabeth", "elise", "eliza", "elizabeth", "ella", "ellen",
    "emily", "emma", "erica", "erin", "esther", "eva", "eve", "evelyn", "fatima", "fiona", "florence", "frances",
    "francesca", "gabriela", "gabrielle", "gina", "gloria", "grace", "greta", "gwen", "hannah", "harriet",
    "heather", "heidi", "helen", "helena", "hillary", "ilhan", "ines", "ingrid", "irene", "irina", "isabel",
    "isabella", "isabelle", "jacinda", "jacqueline", "jane", "janet", "janice", "jeanne", "jennifer", "jenny",
    "jessica", "jill", "joan", "joanna", "johanna", "josephine", "joy", "joyce", "judith", "judy", "julia",
    "julie", "juliet", "june", "karen", "karin", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie",
    "katrin", "kayla", "kelly", "kirsten", "kristen", "kristi", "kristin", "lara", "laura", "lauren", "layla",
    "leah", "leila", "lena", "lily", "linda", "lisa", "liz", "lois", "lorraine", "louise", "lucia", "lucy",
    "lydia", "lynn", "madeleine", "madison", "maggie", "marcia", "margaret", "margarita", "maria", "marian",
    "marie", "marilyn", "marina", "marion", "marisa", "marta", "martha", "mary", "maureen", "megan", "melania",
    "melissa", "mia", "michelle", "miriam", "molly", "monica", "monique", "nadia", "nancy", "naomi", "natalia",
    "natalie", "nathalie", "natasha", "nicole", "nikki", "nina", "nora", "olga", "olivia", "pamela", "patricia",
    "paula", "peggy", "penelope", "penny", "priya", "rachel", "rebecca", "rita", "rosa", "rose", "ruth",
    "sabrina", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "silvia", "simone",
    "sofia", "sonia", "sophia", "sophie", "stacey", "stephanie", "sue", "susan", "susanne", "suzanne",
    "svetlana", "sylvia", "tamara", "tammy", "tanya", "tatiana", "teresa", "theresa", "tina", "tracey",
    "ursula", "valentina", "valerie", "vanessa", "veronica", "victoria", "virginia", "vivian", "wendy", "yasmin",
    "yulia", "yvonne", "zoe", "elisa", "margot", "mariana"};
constexpr std::string_view kMaleNames[] = {
    "aaron", "abdullah", "adam", "ahmed", "alan", "albert", "alejandro", "alexander", "alexei", "alexey", "ali",
    "allen", "andre", "andrew", "andy", "anthony", "antonio", "arthur", "austin", "barack", "barry", "ben",
    "benjamin", "bernard", "bernie", "bill", "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon",
    "brendan", "brett", "brian", "bruce", "bryan", "carl", "carlos", "charles", "charlie", "chuck", "clarence",
    "colin", "craig", "dan", "daniel", "danny", "darren", "dave", "david", "dennis", "derek", "dick", "diego",
    "dmitry", "don", "donald", "doug", "douglas", "duncan", "dwight", "earl", "ed", "eddie", "edgar", "edmund",
    "eduardo", "edward", "elijah", "emmanuel", "enrique", "eric", "erik", "ernest", "ethan", "eugene", "evan",
    "felipe", "fernando", "francisco", "frank", "franklin", "fred", "frederick", "friedrich", "gabriel", "gary",
    "geoffrey", "george", "gerald", "gerhard", "giovanni", "giuseppe", "glenn", "gordon", "graham", "greg",
    "gregory", "gustavo", "hans", "harold", "harry", "harvey", "hassan", "helmut", "henry", "howard", "hugh",
    "hugo", "hussein", "ian", "ibrahim", "igor", "isaac", "ivan", "jack", "jacob", "jacques", "jake", "james",
    "jason", "javier", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy", "joe", "joel",
    "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "joshua", "juan", "justin", "keith", "ken",
    "kenneth", "kevin", "khalid", "klaus", "kyle", "larry", "lawrence", "leo", "leon", "leonard", "lewis",
    "lloyd", "louis", "luis", "luke", "malcolm", "manuel", "marco", "marcus", "mario", "mark", "martin",
    "matt", "matteo", "matthew", "max", "michael", "miguel", "mike", "mikhail", "mitch", "mitt", "mohamed",
    "mohammad", "mohammed", "moshe", "muhammad", "nathan", "neil", "nicholas", "nick", "nigel", "nikolai",
    "noah", "norman", "oliver", "omar", "oscar", "owen", "pablo", "patrick", "paul", "pedro", "peter", "phil",
    "philip", "phillip", "pierre", "rafael", "rahul", "ralph", "randy", "raul", "ray", "raymond", "reza",
    "ricardo", "richard", "rick", "rob", "robert", "roberto", "roger", "ron", "ronald", "roy", "russell",
    "ryan", "salman", "samuel", "scott", "sean", "sergei", "sergey", "sergio", "seth", "shane", "simon",
    "stanley", "stefan", "stephen", "steve", "steven", "stuart", "ted", "thomas", "tim", "timothy",
    "todd", "tom", "tommy", "tony", "travis", "trevor", "tyler", "victor", "viktor", "vincent", "vladimir",
    "walter", "warren", "wayne", "wesley", "william", "willie", "wolfgang", "xavier", "yitzhak", "yosef",
    "yuri", "zachary", "benny", "binyamin", "ehud", "naftali", "recep", "bashar", "hosni", "mahmoud", "narendra",
    "shinzo", "jair", "evo", "lula", "silvio", "olaf", "keir", "rishi", "jens", "mateo", "nicolas", "abdel",
    "osama", "kwame", "jurgen", "emil", "otto", "fritz", "karl", "johann", "frans", "dirk", "piotr"};

template <size_t F, size_t M>
WordMap<Gender> GenderMap(const std::string_view (&female)[F], const std::string_view (&male)[M]) {
  WordMap<Gender> m;
  for (std::string_view w : female) m.Add(w, Gender::kFemale);
  for (std::string_view w : male) m.Add(w, Gender::kMale);
  return m;
}

Gender Find(const WordMap<Gender>& map, std::string_view word) {
  const Gender* g = map.FindFolded(word);
  return g ? *g : Gender::kUnknown;
}

Gender Lookup(std::string_view word) {
  static const WordMap<Gender> kWords = GenderMap(kFemaleWords, kMaleWords);
  return Find(kWords, word);
}

Gender GivenName(std::string_view word) {
  static const WordMap<Gender> kNames = GenderMap(kFemaleNames, kMaleNames);
  return Find(kNames, word);
}

std::string_view FirstWord(std::string_view s) {
  size_t e = s.find_first_of(" .");
  return e == std::string_view::npos ? s : s.substr(0, e);
}

std::string_view LastWord(std::string_view s) {
  size_t b = s.rfind(' ');
  return b == std::string_view::npos ? s : s.substr(b + 1);
}

}  // namespace

Gender GenderOf(const model::Actor& a) {
  if (a.type != model::ActorType::kPerson) return Gender::kUnknown;
  bool female = false, male = false;
  auto note = [&](Gender g) {
    female = female || g == Gender::kFemale;
    male = male || g == Gender::kMale;
  };
  // An honorific opens any of the names ("Mrs. Ortiz"); a given name counts
  // in the canonical name only, before a surname: aliases may open with a
  // place ("Virginia Gov. Terry McAuliffe") and a lone "Paul" may be a surname.
  note(Lookup(FirstWord(a.name)));
  for (const std::string& al : a.aliases) note(Lookup(FirstWord(al)));
  if (std::string_view first = FirstWord(a.name); a.name.find(' ') != std::string::npos) note(GivenName(first));
  for (const std::string& t : a.titles) note(Lookup(LastWord(t)));
  return female == male ? Gender::kUnknown : female ? Gender::kFemale : Gender::kMale;
}

Gender PronounGender(std::string_view lower) {
  if (lower == "she" || lower == "her" || lower == "hers" || lower == "herself") return Gender::kFemale;
  if (lower == "he" || lower == "him" || lower == "his" || lower == "himself") return Gender::kMale;
  return Gender::kUnknown;
}

}  // namespace claimkb::extract
