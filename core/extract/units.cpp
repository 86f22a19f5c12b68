#include "core/extract/units.h"

#include "core/base/word_table.h"
#include "core/extract/scan.h"

namespace claimkb::extract::units {

namespace {

using Map = WordMap<const char*>;
using Set = WordSet;

const char* Find(const Map& m, std::string_view w) {
  const char* const* v = m.Find(w);
  return v ? *v : nullptr;
}

}  // namespace

const char* CurrencySign(std::string_view s) {
  if (s == "$") return "USD";
  if (s == "\xE2\x82\xAC") return "EUR";
  if (s == "\xC2\xA3") return "GBP";
  if (s == "\xC2\xA5") return "JPY";
  if (s == "\xE2\x82\xB9") return "INR";
  if (s == "\xE2\x82\xA9") return "KRW";
  if (s == "\xE2\x82\xBD") return "RUB";
  if (s == "\xE2\x82\xAA") return "ILS";
  return nullptr;
}

const char* CurrencyWord(std::string_view w, bool before) {
  static const Map kAfter = {
      {"dollar", "USD"},  {"dollars", "USD"}, {"usd", "USD"},     {"euro", "EUR"},     {"euros", "EUR"},
      {"eur", "EUR"},     {"pound", "GBP"},   {"pounds", "GBP"},  {"sterling", "GBP"}, {"gbp", "GBP"},
      {"yen", "JPY"},     {"yuan", "CNY"},    {"renminbi", "CNY"}, {"rupee", "INR"},   {"rupees", "INR"},
      {"ringgit", "MYR"}, {"shekel", "ILS"},  {"shekels", "ILS"}, {"won", "KRW"},      {"rouble", "RUB"},
      {"roubles", "RUB"}, {"ruble", "RUB"},   {"rubles", "RUB"},  {"peso", "MXN"},     {"pesos", "MXN"},
      {"franc", "CHF"},   {"francs", "CHF"},  {"krona", "SEK"},   {"kronor", "SEK"},   {"krone", "NOK"},
      {"kroner", "NOK"},  {"rand", "ZAR"},    {"naira", "NGN"},   {"lira", "TRY"},     {"bolivars", "VES"},
      {"jpy", "JPY"},     {"cny", "CNY"},     {"inr", "INR"},     {"aud", "AUD"},      {"cad", "CAD"},
      {"real", "BRL"},    {"reais", "BRL"},   {"dinars", "DIN"},  {"dirhams", "AED"},  {"riyals", "SAR"},
      {"baht", "THB"},    {"rupiah", "IDR"},  {"zloty", "PLN"},   {"hryvnia", "UAH"},  {"bitcoin", "BTC"}};
  static const Map kBefore = {{"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"rs", "INR"},  {"inr", "INR"},
                              {"rm", "MYR"},  {"ps", "GBP"},  {"jpy", "JPY"}, {"cny", "CNY"}, {"rmb", "CNY"},
                              {"aud", "AUD"}, {"cad", "CAD"}, {"chf", "CHF"}, {"sek", "SEK"}, {"nis", "ILS"},
                              {"hk", "HKD"},  {"sgd", "SGD"}, {"zar", "ZAR"}, {"ksh", "KES"}, {"php", "PHP"}};
  return Find(before ? kBefore : kAfter, w);
}

const char* DollarPrefix(std::string_view w) {
  static const Map kPrefix = {{"us", "USD"}, {"u.s", "USD"}, {"a", "AUD"},   {"au", "AUD"},  {"aus", "AUD"},
                              {"c", "CAD"},  {"ca", "CAD"},  {"can", "CAD"}, {"nz", "NZD"},  {"hk", "HKD"},
                              {"s", "SGD"},  {"sg", "SGD"},  {"r", "BRL"},   {"mx", "MXN"},  {"nt", "TWD"}};
  return Find(kPrefix, w);
}

const char* QualifiedCurrency(std::string_view d, const char* plain) {
  std::string_view p = plain ? plain : "";
  if (p == "USD") {
    if (d == "us" || d == "american" || d == "u.s") return "USD";
    if (d == "australian") return "AUD";
    if (d == "canadian") return "CAD";
    if (d == "zealand") return "NZD";
    if (d == "kong") return "HKD";
    if (d == "singapore" || d == "singaporean") return "SGD";
    if (d == "taiwan" || d == "taiwanese") return "TWD";
    if (d == "jamaican" || d == "zimbabwean" || d == "namibian" || d == "fijian") return "XXD";
  }
  if (p == "GBP" && (d == "egyptian" || d == "lebanese" || d == "syrian" || d == "sudanese")) return "EGP";
  if (p == "MXN" && (d == "argentine" || d == "chilean" || d == "colombian" || d == "philippine")) return "XPS";
  return plain;
}

const char* MeasureUnit(std::string_view w) {
  static const Map kUnits = {
      {"km", "km"},           {"kms", "km"},         {"kilometre", "km"},     {"kilometres", "km"},
      {"kilometer", "km"},    {"kilometers", "km"},  {"m", "m"},              {"metre", "m"},
      {"metres", "m"},        {"meter", "m"},        {"meters", "m"},         {"cm", "cm"},
      {"centimetres", "cm"},  {"centimeters", "cm"}, {"mm", "mm"},            {"millimetres", "mm"},
      {"millimeters", "mm"},  {"mile", "mile"},      {"miles", "mile"},       {"yard", "yard"},
      {"yards", "yard"},      {"foot", "foot"},      {"feet", "foot"},        {"ft", "foot"},
      {"inch", "inch"},       {"inches", "inch"},    {"kg", "kg"},            {"kgs", "kg"},
      {"in", "inch"},  // only glued to its number ("8in"): UnitAfter skips a spaced "in"
      {"kilogram", "kg"},     {"kilograms", "kg"},   {"kilo", "kg"},          {"kilos", "kg"},
      {"g", "g"},             {"gram", "g"},         {"grams", "g"},          {"mg", "mg"},
      {"milligrams", "mg"},   {"lb", "lb"},          {"lbs", "lb"},           {"ounce", "oz"},
      {"ounces", "oz"},       {"oz", "oz"},          {"tonne", "tonne"},      {"tonnes", "tonne"},
      {"ton", "ton"},         {"tons", "ton"},       {"litre", "litre"},      {"litres", "litre"},
      {"liter", "litre"},     {"liters", "litre"},   {"l", "litre"},          {"ml", "ml"},
      {"gallon", "gallon"},   {"gallons", "gallon"}, {"barrel", "barrel"},    {"barrels", "barrel"},
      {"bpd", "barrel per day"}, {"mph", "mph"},     {"kph", "km/h"},         {"kmh", "km/h"},
      {"knots", "knot"},      {"degree", "degree"},  {"degrees", "degree"},   {"acre", "acre"},
      {"acres", "acre"},      {"hectare", "hectare"}, {"hectares", "hectare"}, {"sq", "square"},
      {"gb", "GB"},           {"tb", "TB"},          {"mb", "MB"},            {"kb", "KB"},
      {"gbps", "Gbps"},       {"mbps", "Mbps"},      {"ghz", "GHz"},          {"mhz", "MHz"},
      {"hz", "Hz"},           {"khz", "kHz"},        {"kw", "kW"},            {"mw", "MW"},
      {"gw", "GW"},           {"kwh", "kWh"},        {"mwh", "MWh"},          {"gwh", "GWh"},
      {"watts", "W"},         {"w", "W"},            {"volts", "V"},          {"v", "V"},
      {"kilowatt", "kW"},     {"kilowatts", "kW"},   {"megawatt", "MW"},     {"megawatts", "MW"},
      {"gigawatt", "GW"},     {"gigawatts", "GW"},   {"deg", "degree"},
      {"degf", "fahrenheit"}, {"degc", "celsius"},   {"yr", "year"},         {"yrs", "year"},        {"sqft", "square foot"},
      {"hp", "hp"},           {"bhp", "hp"},         {"horsepower", "hp"},    {"rpm", "rpm"},
      {"mpg", "mpg"},         {"calories", "calorie"}, {"kcal", "kcal"},      {"cc", "cc"},
      {"second", "second"},   {"seconds", "second"}, {"sec", "second"},       {"secs", "second"},
      {"minute", "minute"},   {"minutes", "minute"}, {"min", "minute"},       {"mins", "minute"},
      {"hour", "hour"},       {"hours", "hour"},     {"hrs", "hour"},         {"day", "day"},
      {"days", "day"},        {"week", "week"},      {"weeks", "week"},       {"month", "month"},
      {"months", "month"},    {"year", "year"},      {"years", "year"},       {"decade", "decade"},
      {"decades", "decade"},  {"century", "century"}, {"centuries", "century"}, {"point", "point"},
      {"points", "point"},    {"basis", "basis point"}, {"bps", "basis point"}, {"cent", "cent"},
      {"cents", "cent"},      {"pence", "pence"},    {"p", "pence"},          {"ppm", "ppm"},
      {"ppb", "ppb"},         {"psi", "psi"},        {"ksi", "ksi"},          {"nm", "nm"},
      {"microns", "micrometre"}, {"nanometer", "nm"}, {"nanometers", "nm"}, {"nanometre", "nm"}, {"nanometres", "nm"}, {"celsius", "celsius"}, {"fahrenheit", "fahrenheit"}, {"c", "celsius"},
      {"f", "fahrenheit"},    {"mah", "mAh"},        {"megapixels", "megapixel"}, {"mp", "megapixel"},
      {"times", "times"},     {"x", "times"}};
  return Find(kUnits, w);
}

bool IsPeopleNoun(std::string_view w) {
  static const Set kPeople = {
      "people",     "persons",    "person",    "members",   "member",    "prisoners", "prisoner",  "soldiers",
      "soldier",    "civilians",  "civilian",  "troops",    "workers",   "worker",    "employees", "employee",
      "residents",  "children",   "child",     "kids",      "adults",    "women",     "men",       "man",
      "woman",      "students",   "student",   "migrants",  "refugees",  "patients",  "victims",  "hostages",
      "detainees",  "officers",   "officials", "fighters",  "militants", "protesters", "voters",  "citizens",
      "americans",  "venezuelans", "journalists", "doctors", "nurses",   "teachers",  "passengers", "crew",
      "staff",      "users",      "customers", "fans",      "players",   "athletes",  "survivors", "casualties",
      "deaths",     "dead",       "injured",   "wounded",   "individuals", "inmates", "suspects", "agents",
      "personnel",  "volunteers", "visitors",  "tourists",  "residents", "families", "babies",   "infants",
      "senators",   "lawmakers",  "legislators", "delegates", "ministers", "leaders", "executives", "nationals"};
  return kPeople.Contains(w);
}

bool IsPeopleGroup(std::string_view w) {
  static const Set kGroups = {"muslims", "jews", "democrats", "britons", "kurds", "arabs", "turks", "sikhs",
                              "hindus", "catholics", "protestants", "mormons", "conservatives", "liberals",
                              "scots", "danes", "swedes", "finns", "poles", "czechs", "greeks", "thais",
                              "filipinos", "latinos", "hispanics", "asians", "europeans", "germans", "french"};
  if (kGroups.Contains(w)) return true;
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.ends_with(s); };
  return ends("ans") || ends("ists") || ends("ites") || ends("ers") || ends("is");
}

bool IsMoneyNoun(std::string_view w) {
  static const Set kMoney = {"money",   "cash",    "funding",  "funds",     "debt",    "debts",   "investment",
                             "taxpayers", "taxpayer", "public", "savings",   "damages", "compensation",
                             "revenue", "spending", "aid",     "assets",    "cuts",    "losses",  "profit",
                             "profits", "sales",   "income",   "government", "lottery", "prize",  "tax",
                             "extra",   "additional", "new",   "goods",     "stock",   "shares",  "bonds"};
  return kMoney.Contains(w);
}

int PoundsCue(std::string_view w) {
  static const WordMap<int> kCues = {
      {"weigh", -1},   {"weighs", -1},    {"weighed", -1},  {"weighing", -1}, {"weight", -1},  {"weights", -1},
      {"heavy", -1},   {"heavier", -1},   {"lighter", -1},  {"lb", -1},       {"lbs", -1},     {"kg", -1},
      {"kilograms", -1}, {"kilos", -1},   {"ounces", -1},   {"oz", -1},       {"tons", -1},    {"tonnes", -1},
      {"grams", -1},   {"stone", -1},     {"catch", -1},    {"harvest", -1},  {"cargo", -1},   {"shipment", -1},
      {"sterling", 1}, {"pence", 1},      {"gbp", 1},       {"cost", 1},      {"costs", 1},    {"costing", 1},
      {"paid", 1},     {"pay", 1},        {"pays", 1},      {"price", 1},     {"priced", 1},   {"worth", 1},
      {"fund", 1},     {"funding", 1},    {"funded", 1},    {"budget", 1},    {"spend", 1},    {"spent", 1},
      {"spending", 1}, {"raised", 1},     {"fine", 1},      {"fined", 1},     {"salary", 1},   {"wage", 1},
      {"wages", 1},    {"tax", 1},        {"taxes", 1},     {"profit", 1},    {"revenue", 1},  {"bill", 1},
      {"deal", 1},     {"contract", 1},   {"investment", 1}, {"invest", 1},   {"invested", 1}, {"fee", 1},
      {"fees", 1},     {"compensation", 1}, {"damages", 1}, {"bonus", 1},     {"debt", 1},     {"loan", 1},
      {"grant", 1},    {"cash", 1},       {"money", 1},     {"pension", 1},   {"bank", 1},     {"sold", 1},
      {"bought", 1},   {"buy", 1},        {"sell", 1},      {"earn", 1},      {"earned", 1},   {"earns", 1}};
  const int* v = kCues.Find(w);
  return v ? *v : 0;
}

bool MayStartQuantity(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
      "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "dozens", "tens", "hundreds",
      "thousands", "millions", "billions", "a", "an", "half", "minus", "usd", "eur", "gbp", "rs", "inr", "rm",
      "ps", "jpy", "cny", "rmb", "aud", "cad", "chf", "sek", "nis", "hk", "sgd", "zar", "ksh", "php", "us",
      "au", "aus", "c", "ca", "can", "nz", "s", "sg", "r", "mx", "nt"};
  static const scan::Initials kInitials(kWords);
  static const Set kStart = [] {
    Set s;
    for (std::string_view w : kWords) s.Add(w);
    return s;
  }();
  return kInitials.May(word) && kStart.ContainsFolded(word);
}

bool IsStopWord(std::string_view w) {
  static const Set kStop = {
      "the",    "a",      "an",      "of",     "in",     "on",     "at",     "to",      "for",     "from",
      "by",     "with",   "without", "and",    "or",     "but",    "nor",    "as",      "than",    "that",
      "which",  "who",    "whom",    "whose",  "was",    "were",   "is",     "are",     "be",      "been",
      "being",  "has",    "have",    "had",    "will",   "would",  "can",    "could",   "may",     "might",
      "must",   "should", "shall",   "do",     "does",   "did",    "said",   "says",    "say",     "it",
      "its",    "this",   "these",   "those",  "their",  "there",  "they",   "he",      "she",     "we",
      "you",    "i",      "his",     "her",    "our",    "your",   "my",     "into",    "onto",    "over",
      "under",  "after",  "before",  "during", "since",  "until",  "while",  "when",    "where",   "if",
      "about",  "each",   "per",     "apiece", "more",   "less",   "fewer",  "up",      "down",    "out",
      "off",    "ago",    "later",   "earlier", "last",  "next",   "this",   "so",      "not",     "no",
      "also",   "just",   "only",    "all",    "both",   "among",  "between", "through", "across", "against",
      "toward", "towards", "around", "including", "like",  "within", "above",  "below",   "behind",  "beyond",
      "respectively", "then", "now",  "again",  "yet",    "still",  "even",   "too",     "very",    "here"};
  return kStop.Contains(w);
}

const char* Qualifier(std::string_view p2, std::string_view p1, int* words) {
  struct Two {
    std::string_view a, b;
    const char* q;
  };
  static const Two kTwo[] = {
      {"more", "than", "more than"}, {"less", "than", "less than"},   {"fewer", "than", "fewer than"},
      {"at", "least", "at least"},   {"at", "most", "at most"},      {"up", "to", "up to"},
      {"as", "many", "as many as"},  {"as", "much", "as much as"},   {"as", "few", "as few as"},
      {"an", "estimated", "about"},  {"just", "over", "more than"},  {"just", "under", "less than"},
      {"close", "to", "nearly"},     {"nearly", "all", "nearly"},    {"upwards", "of", "more than"}};
  for (const Two& t : kTwo) {
    if (p2 == t.a && p1 == t.b) {
      if (words) *words = 2;
      return t.q;
    }
  }
  static const Map kOne = {{"about", "about"},         {"around", "about"},     {"approximately", "about"},
                           {"roughly", "about"},       {"some", "about"},       {"nearly", "nearly"},
                           {"almost", "nearly"},       {"over", "more than"},   {"under", "less than"},
                           {"exactly", "exactly"},     {"only", "only"},        {"just", "only"},
                           {"estimated", "about"},     {"approx", "about"},     {"circa", "about"},
                           {"~", "about"},             {"below", "less than"},  {"above", "more than"}};
  if (words) *words = 1;
  return Find(kOne, p1);
}

}  // namespace claimkb::extract::units
