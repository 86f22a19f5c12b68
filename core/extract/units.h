// Lexicons for the quantity recogniser: currencies (signs, codes, words),
// units of measure, nouns that count people, and the function words that end
// a counted noun phrase. All lookups take lower-case ASCII words.
#pragma once

#include <string_view>

namespace claimkb::extract::units {

// ISO 4217 code for a currency sign ("$" -> "USD", "€" -> "EUR", "£" -> "GBP"), or nullptr.
const char* CurrencySign(std::string_view sign);
// Code for a currency word before or after a number: "dollars", "euros", "yen",
// "rupees", "usd", "rs" ... or nullptr. `before`: the word precedes the number.
const char* CurrencyWord(std::string_view lower, bool before);
// Code for a letter prefix glued to "$": "us" -> "USD", "a"/"au" -> "AUD", "c"/"ca" -> "CAD" ...
const char* DollarPrefix(std::string_view lower);
// Code for "<demonym> dollars|pounds|...": ("australian", "dollar") -> "AUD".
const char* QualifiedCurrency(std::string_view demonym, const char* plain_code);
// Canonical unit of measure ("kilometres" -> "km", "miles" -> "mile"), or nullptr.
const char* MeasureUnit(std::string_view lower);
// Nouns whose count is a number of people: "members", "prisoners", "soldiers" ...
bool IsPeopleNoun(std::string_view lower);
// Capitalised plural nouns that name groups of people: "Christians", "Republicans", "Iraqis".
bool IsPeopleGroup(std::string_view lower);
// Nouns of money after "pounds of": "pounds of taxpayers' money", "of funding".
bool IsMoneyNoun(std::string_view lower);
// Words near "pounds" that say money (+1: "cost", "worth", "sterling") or weight (-1: "weighs", "heavy").
int PoundsCue(std::string_view lower);
// Could a quantity start with this word (a number word, "half", "minus", a
// currency code or "$" prefix)? One lookup that lets the recogniser skip most words.
bool MayStartQuantity(std::string_view word);
// Words that end a counted noun phrase: articles, prepositions, verbs of being ...
bool IsStopWord(std::string_view lower);
// Words before a number that qualify it: "about", "nearly", "more than" (`next` is the following word).
// Returns the qualifier and sets *words to how many tokens it spans (1 or 2), or nullptr.
const char* Qualifier(std::string_view prev2, std::string_view prev1, int* words);

}  // namespace claimkb::extract::units
