#include "core/extract/times.h"

namespace claimkb::extract {

std::vector<model::TimeRef> FindTimes(std::string_view text, std::string_view anchor) { return {}; }

}  // namespace claimkb::extract
