#include "core/extract/furniture.h"

#include <algorithm>

#include "core/extract/metadata.h"

namespace claimkb::extract {

namespace {

constexpr double kMinBodyShareBeforeCut = 0.35;  // of all prose, kept before a teaser marker may cut the rest

struct Line {
  std::string text;          // whitespace folded
  mutable std::string key;   // LooseKey(text), made on first use by Key()
  mutable bool keyed = false;
  uint32_t block = 0;
  int words = 0;
  bool ends_sentence = false;
  bool prose = false;
};

const std::string& Key(const Line& l) {
  if (!l.keyed) {
    l.key = LooseKey(l.text);
    l.keyed = true;
  }
  return l.key;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

bool EndsSentence(std::string_view t) {
  while (!t.empty()) {
    unsigned char c = static_cast<unsigned char>(t.back());
    // closing quotes and brackets after the stop: " ' ) ” ’ »
    if (c == '"' || c == '\'' || c == ')') {
      t.remove_suffix(1);
    } else if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" || t.substr(t.size() - 3) == "\xE2\x80\x99")) {
      t.remove_suffix(3);
    } else if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xBB") {
      t.remove_suffix(2);
    } else {
      break;
    }
  }
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || t.substr(t.size() >= 3 ? t.size() - 3 : 0) == "\xE3\x80\x82";
}

std::vector<std::string> Words(std::string_view t) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    size_t j = i;
    while (j < t.size() && t[j] != ' ') ++j;
    if (j > i) out.emplace_back(t.substr(i, j - i));
    i = j;
  }
  return out;
}

// Share/follow widget text: "Share This", "Pin It on Pinterest", "Tweet".
bool IsWidget(const Line& l) {
  if (l.words == 0 || l.words > 8) return false;
  static const char* const kVocab[] = {"share", "this", "pin", "it", "on", "pinterest", "tweet", "facebook",
                                       "twitter", "x", "email", "e-mail", "print", "whatsapp", "linkedin", "reddit",
                                       "telegram", "copy", "link", "save", "subscribe", "follow", "us", "like",
                                       "flipboard", "messenger", "sms", "mail", "tumblr", "article", "story",
                                       "the", "via", "to", "and", "url", "bluesky", "threads", "share:"};
  static const char* const kActions[] = {"share", "pin", "tweet", "print", "email", "e-mail", "subscribe",
                                         "follow", "whatsapp", "facebook", "twitter", "linkedin", "pinterest",
                                         "reddit", "flipboard", "share:"};
  bool action = false;
  for (const std::string& w : Words(Lower(l.text))) {
    std::string b = w;
    while (!b.empty() && (b.back() == ':' || b.back() == ',' || b.back() == '|' || b.back() == '!')) b.pop_back();
    if (b.empty() || b == "|" || b == "/") continue;
    if (std::none_of(std::begin(kVocab), std::end(kVocab), [&](const char* v) { return b == v; })) return false;
    action |= std::any_of(std::begin(kActions), std::end(kActions), [&](const char* v) { return b == v; });
  }
  return action;
}

// A standalone heading that introduces teasers, comments or other stories:
// the article is over.
bool IsEndMarker(const Line& l) {
  if (l.words > 6) return false;
  static const char* const kKeys[] = {
      "recentarticles", "recentposts", "related", "relatedarticles", "relatedposts", "relatedstories",
      "relatedcontent", "relatedtopics", "relatedcoverage", "readmore", "readnext", "youmayalsolike",
      "youmightalsolike", "youmayalsobeinterestedin", "recommended", "recommendedforyou", "recommendedstories",
      "mostpopular", "mostread", "trending", "trendingnow", "latestnews", "latestarticles", "latest", "morestories",
      "morenews", "alsoread", "viewallposts", "leaveareply", "leaveacomment", "comments", "abouttheauthor",
      "moreonthistopic", "keepreading", "popularposts", "popular", "whattoreadnext", "editorspicks",
      "topstories", "moretoexplore", "morefromthisauthor"};
  const std::string& key = Key(l);
  if (std::any_of(std::begin(kKeys), std::end(kKeys), [&](const char* k) { return key == k; })) return true;
  return key.rfind("morefrom", 0) == 0 || key.rfind("viewallpostsby", 0) == 0;
}

bool IsCaption(const Line& l) {
  if (IsCaptionBlock(l.text)) return true;
  if (l.words > 40) return false;
  std::string lower = Lower(l.text);
  for (const char* p : {"photo:", "photo by", "photograph:", "image:", "image credit", "credit:", "picture:",
                        "(photo", "file photo", "caption:", "illustration:", "pictured:", "[photo", "photo credit"})
    if (lower.rfind(p, 0) == 0) return true;
  // Each of these contains a '/', "photo" or "getty": most lines have none.
  if (lower.find('/') == std::string::npos && lower.find("photo") == std::string::npos &&
      lower.find("getty") == std::string::npos)
    return false;
  for (const char* p : {"getty images", "ap photo", "reuters/", "/afp", "(photo:", "photo credit:", "/ shutterstock",
                        "via getty"})
    if (lower.find(p) != std::string::npos) return true;
  return false;
}

// "By Jane Roe", "by | Sep 22, 2025", "Posted on Sep 22, 2025 by Jane Roe".
bool ParseByline(const Line& l, std::string* author, std::string* date) {
  if (l.words == 0 || l.words > 15) return false;
  std::string lower = Lower(l.text);
  bool by_first = lower == "by" || lower.rfind("by ", 0) == 0 || lower.rfind("by|", 0) == 0 ||
                  lower.rfind("by:", 0) == 0 || lower.rfind("written by ", 0) == 0 ||
                  lower.rfind("words by ", 0) == 0 || lower.rfind("story by ", 0) == 0;
  size_t by_inner = lower.find(" by ");
  bool posted = !by_first && by_inner != std::string::npos &&
                (lower.rfind("posted", 0) == 0 || lower.rfind("published", 0) == 0 || !NormalizeDate(lower).empty());
  if (!by_first && !posted) return false;
  std::string_view who = std::string_view(l.text).substr(posted ? by_inner + 4 : 0);
  if (by_first) {
    // The author must look like a name (capitalised) or be absent ("by | date").
    std::string rest = CleanByline(who);
    if (!rest.empty() && !IsUpperAscii(rest[0]) && static_cast<unsigned char>(rest[0]) < 0x80) return false;
    *author = rest;
  } else {
    *author = CleanByline(who);
  }
  *date = NormalizeDate(l.text);
  return true;
}

bool IsNameLike(const Line& l) {
  if (l.words < 2 || l.words > 4 || l.text.size() > 48 || l.ends_sentence) return false;
  for (const std::string& w : Words(l.text)) {
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (!(IsUpperAscii(w[0]) || c >= 0xC3)) return false;
    if (std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return false;
  }
  return true;
}

// A name line followed by itself or by "NAME is/was ..." opens an author bio.
bool StartsAuthorBio(const std::vector<Line>& lines, size_t i) {
  if (!IsNameLike(lines[i]) || i + 1 >= lines.size()) return false;
  const Line& next = lines[i + 1];
  if (Key(next) == Key(lines[i])) return true;
  const std::string& name = lines[i].text;
  if (next.text.size() <= name.size() + 1 || next.text.compare(0, name.size(), name) != 0) return false;
  std::string_view rest = std::string_view(next.text).substr(name.size());
  for (std::string_view verb : {" is ", " was ", " has ", " writes ", " covers ", " reports ", " joined "})
    if (rest.substr(0, verb.size()) == verb) return true;
  return false;
}

bool IsHeadlineLike(const Line& l) {
  if (l.words == 0 || l.words > 30 || l.text.size() > 250) return false;
  if (!l.ends_sentence || l.text.back() == ':') return true;
  int long_words = 0, capitalised = 0;
  for (const std::string& w : Words(l.text)) {
    if (w.size() < 4) continue;
    ++long_words;
    capitalised += IsUpperAscii(w[0]) || (static_cast<unsigned char>(w[0]) == 0xE2);  // “Quoted
  }
  return long_words >= 2 && capitalised * 10 >= long_words * 7;
}

std::vector<Line> SplitLines(std::string_view text, bool* blank_separated) {
  std::vector<Line> lines;
  uint32_t block = 0;
  bool pending_blank = false;
  *blank_separated = false;
  size_t i = 0;
  while (i <= text.size()) {
    size_t e = text.find('\n', i);
    if (e == std::string_view::npos) e = text.size();
    std::string folded = FoldSpace(text.substr(i, e - i));
    if (folded.empty()) {
      pending_blank = !lines.empty();
    } else {
      if (pending_blank) {
        ++block;
        *blank_separated = true;
      }
      pending_blank = false;
      Line l;
      l.text = std::move(folded);
      l.block = block;
      l.words = static_cast<int>(std::count(l.text.begin(), l.text.end(), ' ') + 1);
      l.ends_sentence = EndsSentence(l.text);
      l.prose = l.words >= 8 && (l.ends_sentence || l.words >= 20);
      lines.push_back(std::move(l));
    }
    i = e + 1;
  }
  return lines;
}

}  // namespace

TextArticle ReadText(std::string_view text) {
  TextArticle a;
  bool blank_separated = false;
  std::vector<Line> lines = SplitLines(text, &blank_separated);
  std::vector<uint8_t> keep(lines.size(), 1);
  if (lines.size() <= 1) {
    if (!lines.empty()) a.body = lines[0].text;
    return a;
  }
  size_t total_prose = 0;
  for (const Line& l : lines)
    if (l.prose) total_prose += l.text.size();

  auto furniture = [&](size_t i) {
    keep[i] = 0;
    a.furniture.push_back(lines[i].text);
  };
  auto publisher_from = [&](const Line& l) {
    std::string_view t = l.text;
    size_t p = t.starts_with("\xC2\xA9") ? 2 : Lower(t.substr(0, 9)) == "copyright" ? 9 : std::string::npos;
    if (p == std::string::npos || l.words > 12) return false;
    std::string rest = FoldSpace(std::string_view(l.text).substr(p));
    size_t k = 0;
    while (k < rest.size() && (rest[k] == ' ' || (rest[k] >= '0' && rest[k] <= '9') || rest[k] == '-')) ++k;
    std::string name = FoldSpace(rest.substr(k));
    if (size_t dot = name.find(". All rights"); dot != std::string::npos) name.resize(dot);
    if (a.publisher.empty() && !name.empty()) a.publisher = name;
    return true;
  };

  // Header: title, bylines, dates, captions and labels before the first prose line.
  size_t i = 0;
  std::string title_key;
  if (IsHeadlineLike(lines[0]) && !lines[0].prose) {
    a.title = lines[0].text;
  } else if (IsHeadlineLike(lines[0])) {
    for (size_t j = 1; j < lines.size(); ++j)
      if (HasLooseKey(lines[j].text, Key(lines[0]))) a.title = lines[0].text;
  }
  if (!a.title.empty()) {
    title_key = Key(lines[0]);
    furniture(0);
    i = 1;
  }
  for (; i < lines.size(); ++i) {
    const Line& l = lines[i];
    std::string author, date;
    if (!title_key.empty() && HasLooseKey(l.text, title_key)) {
      furniture(i);
    } else if (ParseByline(l, &author, &date)) {
      if (a.author.empty()) a.author = author;
      if (a.published.empty()) a.published = date;
      furniture(i);
    } else if (std::string d = NormalizeDate(l.text); !d.empty() && l.words <= 12 && !l.prose) {
      if (a.published.empty()) a.published = d;
      furniture(i);
    } else if (IsLowerAscii(l.text[0]) || IsCaption(l) || IsWidget(l) || publisher_from(l) ||
               (l.words <= 4 && !l.ends_sentence)) {
      furniture(i);
    } else {
      break;
    }
  }

  // Body: drop widgets, captions and repeated titles; stop at teasers and bios.
  size_t kept_prose = 0, kept_lines = 0;
  for (; i < lines.size(); ++i) {
    const Line& l = lines[i];
    bool can_cut = kept_lines > 0 && kept_prose >= kMinBodyShareBeforeCut * static_cast<double>(total_prose);
    bool bio = can_cut && StartsAuthorBio(lines, i);
    if (bio && a.author.empty()) a.author = l.text;
    if (can_cut && (bio || IsEndMarker(l))) {
      for (; i < lines.size(); ++i) {
        publisher_from(lines[i]);
        furniture(i);
      }
      break;
    }
    std::string author, date;
    if ((!title_key.empty() && HasLooseKey(l.text, title_key)) || IsWidget(l) || IsCaption(l) || publisher_from(l) ||
        (l.words <= 3 && !l.ends_sentence && !l.prose)) {
      furniture(i);
    } else if (!l.prose && ParseByline(l, &author, &date) && (!author.empty() || !date.empty())) {
      if (a.author.empty()) a.author = author;
      if (a.published.empty()) a.published = date;
      furniture(i);
    } else {
      ++kept_lines;
      if (l.prose) kept_prose += l.text.size();
    }
  }

  // Credits and bios closing the text: "Contributing: Jane Roe.", "Jane Roe is senior editor at The Post."
  for (size_t k = lines.size(), kept_seen = 0; k-- > 0 && kept_lines > 1 && kept_seen < 2;) {
    if (!keep[k]) continue;
    ++kept_seen;
    if (!IsWriterNote(lines[k].text, a.author)) break;
    furniture(k);
    --kept_lines;
  }

  if (kept_lines == 0) {  // everything looked like furniture: keep the text whole
    std::fill(keep.begin(), keep.end(), 1);
    a.furniture.clear();
  }
  uint32_t last_block = UINT32_MAX;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!keep[k]) continue;
    if (!a.body.empty()) a.body += (blank_separated && lines[k].block == last_block) ? " " : "\n\n";
    a.body += lines[k].text;
    last_block = lines[k].block;
  }
  return a;
}

namespace {

std::string_view TrimSpace(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\n')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
  return t;
}

bool EndsWithAny(std::string_view low, std::initializer_list<std::string_view> ends) {
  for (std::string_view e : ends)
    if (low.ends_with(e)) return true;
  return false;
}

bool ContainsAny(std::string_view low, std::initializer_list<std::string_view> parts) {
  for (std::string_view p : parts)
    if (low.find(p) != std::string_view::npos) return true;
  return false;
}

size_t CountWords(std::string_view t) {
  size_t n = 0;
  bool in = false;
  for (char c : t) {
    bool space = c == ' ' || c == '\n';
    n += !space && !in;
    in = !space;
  }
  return n;
}

// "Jane Roe" or "Jane M. Roe": two to four capitalised words.
size_t NameWordsAt(const std::vector<std::string>& w) {
  size_t n = 0;
  while (n < w.size() && n < 4 && !w[n].empty() && (IsUpperAscii(w[n][0]) || static_cast<unsigned char>(w[n][0]) >= 0xC3))
    ++n;
  return n >= 2 ? n : 0;
}

// ". " that ends a sentence, not an initial ("Fred R. Conrad").
// CountWords(t), or `limit` once it reaches `limit`.
size_t CountWordsUpTo(std::string_view t, size_t limit) {
  size_t n = 0;
  bool in = false;
  for (char c : t) {
    bool space = c == ' ' || c == '\n';
    n += !space && !in;
    if (n == limit) return n;
    in = !space;
  }
  return n;
}

// The last `needle` in t that starts at most `within` bytes before t's end, or npos.
size_t LastWithin(std::string_view t, std::string_view needle, size_t within) {
  size_t from = t.size() > within ? t.size() - within : 0;
  size_t c = t.substr(from).rfind(needle);
  return c == std::string_view::npos ? c : from + c;
}

bool HasSentenceBreak(std::string_view t) {
  for (size_t p = t.find(". "); p != std::string_view::npos; p = t.find(". ", p + 1)) {
    bool initial = p >= 1 && IsUpperAscii(t[p - 1]) && (p == 1 || t[p - 2] == ' ' || t[p - 2] == '.');
    if (!initial) return true;
  }
  return false;
}

// "(Jane M. Roe / The Daily Herald)": a photographer and a publisher, both capitalised.
bool CreditInParens(std::string_view paren) {
  size_t slash = paren.find(" / ");
  if (slash == std::string_view::npos || paren.size() < 8) return false;
  std::string_view who = TrimSpace(paren.substr(1, slash - 1));
  std::string_view pub = TrimSpace(paren.substr(slash + 3, paren.size() - slash - 4));
  return NameWordsAt(Words(who)) >= 2 && !pub.empty() && IsUpperAscii(pub[0]);
}

}  // namespace

bool IsCaptionBlock(std::string_view text) {
  text = TrimSpace(text);
  if (text.empty()) return false;
  // A caption has at most 80 words; the cues below rarely match, so words are counted only then.
  auto at_most = [&](size_t words) { return CountWordsUpTo(text, words + 1) <= words; };
  // "... Credit: STR/AFP", "... Credit Jane Roe/Agence France-Presse"
  if (size_t c = LastWithin(text, "Credit", 90); c != std::string_view::npos &&
                                       (c == 0 || !IsLowerAscii(text[c - 1]) ||
                                        text.substr(0, c).ends_with("Credit"))) {
    std::string_view rest = text.substr(c + 6);
    if (rest.starts_with(":")) rest.remove_prefix(1);
    rest = TrimSpace(rest);
    bool credit = text[c + 6] == ':' || rest.find('/') != std::string_view::npos ||
                  rest.find("Getty") != std::string_view::npos || rest.find(" for The ") != std::string_view::npos;
    bool named = !rest.empty() && (IsUpperAscii(rest[0]) || static_cast<unsigned char>(rest[0]) >= 0xC3);
    if (credit && named && !HasSentenceBreak(rest)) return at_most(80);
  }
  // "Photo by Jane Roe/AFP", "Photograph: Jane Roe/Reuters": a credit line of its own.
  if (text.find('/') != std::string_view::npos &&
      (text.starts_with("Photo by ") || text.starts_with("Photograph by ") || text.starts_with("Photo: ") ||
       text.starts_with("Photograph: ") || text.starts_with("Image: ")) &&
      at_most(8))
    return true;
  // "Top photo by Jane Roe", "Lead illustration by John Doe": a short credit line.
  if (at_most(8) && !HasSentenceBreak(text)) {
    std::string low = Lower(text);
    for (std::string_view by : {"photo by ", "photos by ", "photograph by ", "illustration by ", "image by "})
      if (size_t p = low.find(by); p != std::string::npos && CountWords(std::string_view(low).substr(0, p)) <= 1)
        return true;
  }
  // Lower() maps bytes one to one, so only the tails these tests read are lowered.
  if (text.back() == ')') {
    size_t open = text.rfind('(');
    std::string low_paren = open == std::string::npos ? std::string() : Lower(text.substr(open));
    std::string_view paren = low_paren;
    if (open != std::string::npos && CountWords(paren) <= 8 &&
        (ContainsAny(paren, {"reuters", "afp", "getty", "associated press", "ap photo", "epa", "photo", "video",
                             "images", "bloomberg"}) ||
         paren.ends_with("(ap)") || CreditInParens(text.substr(open))))
      return at_most(80);
  }
  constexpr size_t kLongestEnd = 12;  // "getty images"
  std::string low_end = Lower(text.substr(text.size() > kLongestEnd ? text.size() - kLongestEnd : 0));
  return EndsWithAny(low_end, {"getty images", "/afp", "/ afp", "/reuters", "/ reuters", "/ap", "/ ap", "ap photo"}) &&
         at_most(80);
}

bool IsPromoBlock(std::string_view text) {
  text = TrimSpace(text);
  if (text.size() < 2) return false;
  // "[What you need to know to start the day: sign up for our newsletter.]"
  if (text.front() == '[' && text.back() == ']' && text.find(']') == text.size() - 1) return true;
  // "Tech Enabled: our series on accessibility. Check it out here."
  if (CountWords(text) > 40) return false;
  std::string low = Lower(text);
  // "Follow Backchannel: Twitter | Facebook": links to the publisher's accounts.
  if (low.starts_with("follow ") && low.find(':') != std::string::npos && CountWords(text) <= 12) {
    bool networks = true;
    for (const std::string& w : Words(low.substr(low.find(':') + 1))) {
      std::string_view b = w;
      while (!b.empty() && (b.back() == '|' || b.back() == ',' || b.back() == '/')) b.remove_suffix(1);
      while (!b.empty() && (b.front() == '|' || b.front() == '/')) b.remove_prefix(1);
      networks = networks && (b.empty() || b == "and" || b == "twitter" || b == "facebook" || b == "instagram" ||
                              b == "linkedin" || b == "youtube" || b == "tiktok" || b == "threads" ||
                              b == "bluesky" || b == "mastodon" || b == "email" || b == "rss" || b == "x");
    }
    if (networks) return true;
  }
  // "Learn More: Seven Tips for Repurposing Video Content": a prompt before the title of another story.
  if (size_t colon = low.find(':'); colon != std::string::npos && colon < 20) {
    std::string_view label = TrimSpace(std::string_view(low).substr(0, colon));
    std::string_view title = TrimSpace(std::string_view(low).substr(colon + 1));
    if (!title.empty() && title.back() != '.' && CountWords(title) <= 15)
      for (std::string_view prompt : {"learn more", "read more", "read also", "also read", "see also", "related",
                                      "read next", "recommended", "don't miss", "must read", "further reading",
                                      "more on this", "related story", "related article", "also see"})
        if (label == prompt) return true;
  }
  size_t end = low.find_last_not_of(" .!");
  if (end == std::string::npos) return false;
  size_t start = low.find_last_of(".!?:", end);
  std::string_view last = TrimSpace(std::string_view(low).substr(start == std::string::npos ? 0 : start + 1,
                                                                 end + 1 - (start == std::string::npos ? 0 : start + 1)));
  if (start == std::string::npos || CountWords(last) > 4 || !(last == "here" || last.ends_with(" here"))) return false;
  for (std::string_view prompt : {"here", "check", "read", "sign", "click", "learn", "find", "subscribe", "watch",
                                  "listen", "see", "get"})
    if (last.starts_with(prompt)) return true;
  return false;
}

bool IsWriterNote(std::string_view text, std::string_view author) {
  text = TrimSpace(text);
  size_t words = CountWords(text);
  if (words == 0 || words > 60) return false;
  std::string low = Lower(text);
  if (words <= 25 && EndsWithAny(low, {"contributed to this report.", "contributed reporting.", "contributed.",
                                        "contributed to this story.", "contributed to this article."}))
    return true;
  // "Contributing: Jane Roe.", "Additional reporting by Jane Roe in Lagos."
  if (words <= 25 && (low.starts_with("contributing:") || low.starts_with("contributing writer") ||
                      low.starts_with("contributing reporter") || low.starts_with("additional reporting by ") ||
                      low.starts_with("reporting by ")))
    return true;
  std::vector<std::string> w = Words(text);
  size_t name = 0;
  author = TrimSpace(author);
  if (!author.empty() && text.starts_with(author) && text.size() > author.size() && text[author.size()] == ' ')
    name = CountWords(author);
  bool by_author = name > 0;
  if (!by_author) name = NameWordsAt(w);
  if (name == 0 || name >= w.size()) return false;
  std::string_view verb = w[name];
  if (verb == "covers" || verb == "writes" || verb == "reports") return by_author || words <= 40;
  if (verb != "is" && verb != "was" && verb != "has") return false;
  if (by_author) return true;
  // Anyone else's bio is "NAME is a/an/the TRADE ..." or "NAME is senior media editor at ...", never a
  // past or perfect tense.
  if (verb != "is" || name + 1 >= w.size()) return false;
  if (!(w[name + 1] == "a" || w[name + 1] == "an" || w[name + 1] == "the")) {
    bool trade_next = false;
    for (size_t k = name + 1; k < w.size() && k <= name + 3; ++k)
      trade_next |= w[k] == "editor" || w[k] == "correspondent" || w[k] == "reporter" || w[k] == "writer" ||
                    w[k] == "columnist" || w[k] == "producer";
    if (!trade_next) return false;
  }
  // Anyone else's bio names a trade: "Jane Roe is an NBC News freelance producer based in Seoul."
  return ContainsAny(low, {"correspondent", "reporter", "editor", "writer", "producer", "columnist", "journalist",
                           "contributor", "staff writer", "bureau chief"});
}

}  // namespace claimkb::extract
