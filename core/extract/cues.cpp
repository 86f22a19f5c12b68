#include "core/extract/cues.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/base/word_table.h"

namespace claimkb::extract {

namespace {

// base present past participle gerund
struct Entry {
  const char* forms;
  CueClass cls;
};

constexpr Entry kEntries[] = {
    {"say says said said saying", CueClass::kSpeech},
    {"state states stated stated stating", CueClass::kSpeech},
    {"claim claims claimed claimed claiming", CueClass::kSpeech},
    {"assert asserts asserted asserted asserting", CueClass::kSpeech},
    {"argue argues argued argued arguing", CueClass::kSpeech},
    {"insist insists insisted insisted insisting", CueClass::kSpeech},
    {"add adds added added adding", CueClass::kSpeech},
    {"note notes noted noted noting", CueClass::kSpeech},
    {"write writes wrote written writing", CueClass::kSpeech},
    {"tweet tweets tweeted tweeted tweeting", CueClass::kSpeech},
    {"announce announces announced announced announcing", CueClass::kSpeech},
    {"declare declares declared declared declaring", CueClass::kSpeech},
    {"confirm confirms confirmed confirmed confirming", CueClass::kSpeech},
    {"deny denies denied denied denying", CueClass::kSpeech},
    {"acknowledge acknowledges acknowledged acknowledged acknowledging", CueClass::kSpeech},
    {"admit admits admitted admitted admitting", CueClass::kSpeech},
    {"explain explains explained explained explaining", CueClass::kSpeech},
    {"predict predicts predicted predicted predicting", CueClass::kSpeech},
    {"suggest suggests suggested suggested suggesting", CueClass::kSpeech},
    {"report reports reported reported reporting", CueClass::kSpeech},
    {"allege alleges alleged alleged alleging", CueClass::kSpeech},
    {"contend contends contended contended contending", CueClass::kSpeech},
    {"maintain maintains maintained maintained maintaining", CueClass::kSpeech},
    {"stress stresses stressed stressed stressing", CueClass::kSpeech},
    {"emphasize emphasizes emphasized emphasized emphasizing", CueClass::kSpeech},
    {"emphasise emphasises emphasised emphasised emphasising", CueClass::kSpeech},
    {"reiterate reiterates reiterated reiterated reiterating", CueClass::kSpeech},
    {"recall recalls recalled recalled recalling", CueClass::kSpeech},
    {"respond responds responded responded responding", CueClass::kSpeech},
    {"reply replies replied replied replying", CueClass::kSpeech},
    {"react reacts reacted reacted reacting", CueClass::kSpeech},
    {"counter counters countered countered countering", CueClass::kSpeech},
    {"complain complains complained complained complaining", CueClass::kSpeech},
    {"concede concedes conceded conceded conceding", CueClass::kSpeech},
    {"caution cautions cautioned cautioned cautioning", CueClass::kSpeech},
    {"testify testifies testified testified testifying", CueClass::kSpeech},
    {"boast boasts boasted boasted boasting", CueClass::kSpeech},
    {"proclaim proclaims proclaimed proclaimed proclaiming", CueClass::kSpeech},
    {"reveal reveals revealed revealed revealing", CueClass::kSpeech},
    {"disclose discloses disclosed disclosed disclosing", CueClass::kSpeech},
    {"observe observes observed observed observing", CueClass::kSpeech},
    {"remark remarks remarked remarked remarking", CueClass::kSpeech},
    {"continue continues continued continued continuing", CueClass::kSpeech},
    {"charge charges charged charged charging", CueClass::kSpeech},
    {"signal signals signaled signaled signaling", CueClass::kSpeech},
    {"point points pointed pointed pointing", CueClass::kSpeech},
    {"refer refers referred referred referring", CueClass::kSpeech},
    {"talk talks talked talked talking", CueClass::kSpeech},
    {"speak speaks spoke spoken speaking", CueClass::kSpeech},
    {"express expresses expressed expressed expressing", CueClass::kSpeech},
    {"lament laments lamented lamented lamenting", CueClass::kSpeech},
    {"decry decries decried decried decrying", CueClass::kSpeech},
    {"denounce denounces denounced denounced denouncing", CueClass::kSpeech},
    {"mock mocks mocked mocked mocking", CueClass::kSpeech},
    {"repeat repeats repeated repeated repeating", CueClass::kSpeech},
    {"shout shouts shouted shouted shouting", CueClass::kSpeech},
    {"joke jokes joked joked joking", CueClass::kSpeech},
    {"email emails emailed emailed emailing", CueClass::kSpeech},
    {"chant chants chanted chanted chanting", CueClass::kSpeech},
    {"elaborate elaborates elaborated elaborated elaborating", CueClass::kSpeech},
    {"divulge divulges divulged divulged divulging", CueClass::kSpeech},
    {"speculate speculates speculated speculated speculating", CueClass::kSpeech},
    {"yell yells yelled yelled yelling", CueClass::kSpeech},
    {"exclaim exclaims exclaimed exclaimed exclaiming", CueClass::kSpeech},
    {"grouse grouses groused groused grousing", CueClass::kSpeech},
    {"gripe gripes griped griped griping", CueClass::kSpeech},
    {"grumble grumbles grumbled grumbled grumbling", CueClass::kSpeech},
    {"fume fumes fumed fumed fuming", CueClass::kSpeech},
    {"scoff scoffs scoffed scoffed scoffing", CueClass::kSpeech},
    {"opine opines opined opined opining", CueClass::kSpeech},
    {"posit posits posited posited positing", CueClass::kSpeech},
    {"theorize theorizes theorized theorized theorizing", CueClass::kSpeech},
    {"recount recounts recounted recounted recounting", CueClass::kSpeech},
    {"reaffirm reaffirms reaffirmed reaffirmed reaffirming", CueClass::kSpeech},
    {"imply implies implied implied implying", CueClass::kSpeech},
    {"bark barks barked barked barking", CueClass::kSpeech},
    {"marvel marvels marveled marveled marveling", CueClass::kSpeech},
    {"interject interjects interjected interjected interjecting", CueClass::kSpeech},
    {"answer answers answered answered answering", CueClass::kSpeech},
    {"tell tells told told telling", CueClass::kTell},
    {"assure assures assured assured assuring", CueClass::kTell},
    {"inform informs informed informed informing", CueClass::kTell},
    {"warn warns warned warned warning", CueClass::kTell},
    {"remind reminds reminded reminded reminding", CueClass::kTell},
    {"advise advises advised advised advising", CueClass::kTell},
    {"accuse accuses accused accused accusing", CueClass::kAccuse},
    {"ask asks asked asked asking", CueClass::kAccuse},
    {"urge urges urged urged urging", CueClass::kAccuse},
    {"call calls called called calling", CueClass::kAccuse},
    {"describe describes described described describing", CueClass::kAccuse},
    {"criticize criticizes criticized criticized criticizing", CueClass::kAccuse},
    {"criticise criticises criticised criticised criticising", CueClass::kAccuse},
    {"praise praises praised praised praising", CueClass::kAccuse},
    {"question questions questioned questioned questioning", CueClass::kAccuse},
    {"dismiss dismisses dismissed dismissed dismissing", CueClass::kAccuse},
    {"reject rejects rejected rejected rejecting", CueClass::kAccuse},
    {"defend defends defended defended defending", CueClass::kAccuse},
    {"blast blasts blasted blasted blasting", CueClass::kAccuse},
    {"slam slams slammed slammed slamming", CueClass::kAccuse},
    {"mention mentions mentioned mentioned mentioning", CueClass::kAccuse},
    {"echo echoes echoed echoed echoing", CueClass::kAccuse},
    {"blame blames blamed blamed blaming", CueClass::kAccuse},
    {"attack attacks attacked attacked attacking", CueClass::kAccuse},
    {"condemn condemns condemned condemned condemning", CueClass::kAccuse},
    {"thank thanks thanked thanked thanking", CueClass::kAccuse},
    {"challenge challenges challenged challenged challenging", CueClass::kAccuse},
    {"order orders ordered ordered ordering", CueClass::kAccuse},
    {"cite cites cited cited citing", CueClass::kAccuse},
    {"dispute disputes disputed disputed disputing", CueClass::kAccuse},
    {"confident confident confident confident confident", CueClass::kState},
    {"sure sure sure sure sure", CueClass::kState},
    {"certain certain certain certain certain", CueClass::kState},
    {"skeptical skeptical skeptical skeptical skeptical", CueClass::kState},
    {"sceptical sceptical sceptical sceptical sceptical", CueClass::kState},
    {"critical critical critical critical critical", CueClass::kState},
    {"optimistic optimistic optimistic optimistic optimistic", CueClass::kState},
    {"pessimistic pessimistic pessimistic pessimistic pessimistic", CueClass::kState},
    {"hopeful hopeful hopeful hopeful hopeful", CueClass::kState},
    {"adamant adamant adamant adamant adamant", CueClass::kState},
    {"aware aware aware aware aware", CueClass::kState},
    {"proud proud proud proud proud", CueClass::kState},
    {"afraid afraid afraid afraid afraid", CueClass::kState},
    {"convinced convinced convinced convinced convinced", CueClass::kState},
    {"unsure unsure unsure unsure unsure", CueClass::kState},
    {"uncertain uncertain uncertain uncertain uncertain", CueClass::kState},
    {"push pushes pushed pushed pushing", CueClass::kAttitude},
    {"deem deems deemed deemed deeming", CueClass::kAccuse},
    {"voice voices voiced voiced voicing", CueClass::kAccuse},
    {"identify identifies identified identified identifying", CueClass::kAccuse},
    {"project projects projected projected projecting", CueClass::kCognition},
    {"concern concerns concerned concerned concerning", CueClass::kAttitude},
    {"highlight highlights highlighted highlighted highlighting", CueClass::kAccuse},
    {"tout touts touted touted touting", CueClass::kAccuse},
    {"assail assails assailed assailed assailing", CueClass::kAccuse},
    {"bemoan bemoans bemoaned bemoaned bemoaning", CueClass::kAccuse},
    {"portray portrays portrayed portrayed portraying", CueClass::kAccuse},
    {"compare compares compared compared comparing", CueClass::kAccuse},
    {"encourage encourages encouraged encouraged encouraging", CueClass::kAccuse},
    {"discuss discusses discussed discussed discussing", CueClass::kAccuse},
    {"embrace embraces embraced embraced embracing", CueClass::kAccuse},
    {"welcome welcomes welcomed welcomed welcoming", CueClass::kAccuse},
    {"applaud applauds applauded applauded applauding", CueClass::kAccuse},
    {"hail hails hailed hailed hailing", CueClass::kAccuse},
    {"lambaste lambastes lambasted lambasted lambasting", CueClass::kAccuse},
    {"rebuke rebukes rebuked rebuked rebuking", CueClass::kAccuse},
    {"chide chides chided chided chiding", CueClass::kAccuse},
    {"fault faults faulted faulted faulting", CueClass::kAccuse},
    {"ridicule ridicules ridiculed ridiculed ridiculing", CueClass::kAccuse},
    {"liken likens likened likened likening", CueClass::kAccuse},
    {"label labels labeled labeled labeling", CueClass::kAccuse},
    {"brand brands branded branded branding", CueClass::kAccuse},
    {"dub dubs dubbed dubbed dubbing", CueClass::kAccuse},
    {"regard regards regarded regarded regarding", CueClass::kAccuse},
    {"implore implores implored implored imploring", CueClass::kAccuse},
    {"instruct instructs instructed instructed instructing", CueClass::kAccuse},
    {"pillory pillories pilloried pilloried pillorying", CueClass::kAccuse},
    {"learn learns learned learned learning", CueClass::kCognition},
    {"post posts posted posted posting", CueClass::kSpeech},
    {"wonder wonders wondered wondered wondering", CueClass::kSpeech},
    {"hint hints hinted hinted hinting", CueClass::kSpeech},
    {"quip quips quipped quipped quipping", CueClass::kSpeech},
    {"retort retorts retorted retorted retorting", CueClass::kSpeech},
    {"rail rails railed railed railing", CueClass::kSpeech},
    {"muse muses mused mused musing", CueClass::kSpeech},
    {"brag brags bragged bragged bragging", CueClass::kSpeech},
    {"vent vents vented vented venting", CueClass::kSpeech},
    {"remember remembers remembered remembered remembering", CueClass::kCognition},
    {"recognize recognizes recognized recognized recognizing", CueClass::kCognition},
    {"understand understands understood understood understanding", CueClass::kCognition},
    {"suspect suspects suspected suspected suspecting", CueClass::kCognition},
    {"link links linked linked linking", CueClass::kCognition},
    {"consider considers considered considered considering", CueClass::kCognition},
    {"believe believes believed believed believing", CueClass::kCognition},
    {"think thinks thought thought thinking", CueClass::kCognition},
    {"assess assesses assessed assessed assessing", CueClass::kCognition},
    {"estimate estimates estimated estimated estimating", CueClass::kCognition},
    {"conclude concludes concluded concluded concluding", CueClass::kCognition},
    {"fear fears feared feared fearing", CueClass::kCognition},
    {"doubt doubts doubted doubted doubting", CueClass::kCognition},
    {"expect expects expected expected expecting", CueClass::kCognition},
    {"see sees saw seen seeing", CueClass::kCognition},
    {"view views viewed viewed viewing", CueClass::kCognition},
    {"know knows knew known knowing", CueClass::kCognition},
    {"show shows showed shown showing", CueClass::kEvidential},
    {"find finds found found finding", CueClass::kEvidential},
    {"indicate indicates indicated indicated indicating", CueClass::kEvidential},
    {"demonstrate demonstrates demonstrated demonstrated demonstrating", CueClass::kEvidential},
    {"read reads read read reading", CueClass::kEvidential},
    {"offer offers offered offered offering", CueClass::kCommit},
    {"promise promises promised promised promising", CueClass::kCommit},
    {"vow vows vowed vowed vowing", CueClass::kCommit},
    {"pledge pledges pledged pledged pledging", CueClass::kCommit},
    {"threaten threatens threatened threatened threatening", CueClass::kCommit},
    {"plan plans planned planned planning", CueClass::kCommit},
    {"decide decides decided decided deciding", CueClass::kCommit},
    {"intend intends intended intended intending", CueClass::kCommit},
    {"decline declines declined declined declining", CueClass::kCommit},
    {"refuse refuses refused refused refusing", CueClass::kCommit},
    {"seek seeks sought sought seeking", CueClass::kCommit},
    {"want wants wanted wanted wanting", CueClass::kAttitude},
    {"hope hopes hoped hoped hoping", CueClass::kAttitude},
    {"wish wishes wished wished wishing", CueClass::kAttitude},
    {"back backs backed backed backing", CueClass::kAttitude},
    {"support supports supported supported supporting", CueClass::kAttitude},
    {"oppose opposes opposed opposed opposing", CueClass::kAttitude},
    {"endorse endorses endorsed endorsed endorsing", CueClass::kAttitude},
    {"favor favors favored favored favoring", CueClass::kAttitude},
    {"favour favours favoured favoured favouring", CueClass::kAttitude},
    {"prefer prefers preferred preferred preferring", CueClass::kAttitude},
    {"agree agrees agreed agreed agreeing", CueClass::kAttitude},
    {"disagree disagrees disagreed disagreed disagreeing", CueClass::kAttitude},
    {"propose proposes proposed proposed proposing", CueClass::kAttitude},
    {"recommend recommends recommended recommended recommending", CueClass::kAttitude},
    {"demand demands demanded demanded demanding", CueClass::kAttitude},
    {"feel feels felt felt feeling", CueClass::kAttitude},
    {"worry worries worried worried worrying", CueClass::kAttitude},
};

struct Row {
  std::string word;
  Cue cue;
};

const std::vector<Row>& Table() {
  static const std::vector<Row> table = [] {
    std::vector<Row> rows;
    for (const Entry& e : kEntries) {
      std::string_view all(e.forms);
      std::string_view lemma = all.substr(0, all.find(' '));
      size_t pos = 0;
      for (int f = 0; f < 5 && pos <= all.size(); ++f) {
        size_t sp = all.find(' ', pos);
        if (sp == std::string_view::npos) sp = all.size();
        std::string_view w = all.substr(pos, sp - pos);
        pos = sp + 1;
        // "said" is both past and participle: keep the first role only.
        bool dup = false;
        for (const Row& r : rows) dup = dup || (r.word == w && r.cue.lemma == lemma);
        if (!dup) rows.push_back({std::string(w), Cue{lemma, e.cls, static_cast<CueForm>(f)}});
      }
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.word < b.word; });
    return rows;
  }();
  return table;
}

}  // namespace

std::string_view LowerInto(std::string_view word, char* buf, size_t n) {
  if (word.size() > n) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buf, word.size()};
}

std::optional<Cue> LookupCue(std::string_view word) {
  // The table's rows by word, in table order (the first row of a word wins,
  // as a binary search for it would find): a hash probe per word, not a search.
  static const WordMap<Cue> kByWord = [] {
    WordMap<Cue> m;
    for (const Row& r : Table()) m.Add(r.word, r.cue);
    return m;
  }();
  if (word.empty() || word.size() > 24) return std::nullopt;
  if (const Cue* c = kByWord.FindFolded(word)) return *c;
  return std::nullopt;
}

}  // namespace claimkb::extract
