#include "core/extract/actors.h"

#include "core/model/types.h"

namespace claimkb::extract {

ActorTable::ActorTable(std::string_view text, std::string_view author, std::string_view publisher)
    : text_(text), author_(author), publisher_(publisher) {}

void ActorTable::FindMentions(const std::vector<Sentence>& sentences,
                              const std::vector<std::vector<Token>>& tokens) {}

std::optional<size_t> ActorTable::ResolveSource(Range range, size_t sentence) { return std::nullopt; }

std::vector<ActorMention> ActorTable::MentionsIn(Range range) const {
  std::vector<ActorMention> out;
  for (const auto& m : mentions_)
    if (m.range.begin >= range.begin && m.range.end <= range.end) out.push_back(m);
  return out;
}

size_t ActorTable::AddActor(model::Actor actor) {
  for (size_t i = 0; i < actors_.size(); ++i)
    if (actors_[i].id == actor.id) return i;
  actors_.push_back(std::move(actor));
  return actors_.size() - 1;
}

size_t ActorTable::AuthorActor() {
  if (author_actor_) return *author_actor_;
  model::Actor a;
  a.name = !author_.empty() ? author_ : !publisher_.empty() ? publisher_ : "the article";
  a.id = model::Slug(a.name);
  a.type = author_.empty() && !publisher_.empty() ? model::ActorType::kOrganization
           : author_.empty()                       ? model::ActorType::kDocument
                                                   : model::ActorType::kPerson;
  author_actor_ = AddActor(std::move(a));
  return *author_actor_;
}

}  // namespace claimkb::extract
